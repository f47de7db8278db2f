import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const SCRIPT = fileURLToPath(new URL('./discord-latency.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface DiscordLatency {
  command: string;
  /** What bench/discord-latency.ts printed: its own statistics, verbatim. */
  output: string;
}

/**
 * Runs bench/discord-latency.ts (the real discord.js client and core against the loopback fake) in its
 * own process, so the bot is timed without this process's gigabytes of heap; null when the script is
 * not in the tree.
 */
export async function runDiscordLatency(count: number): Promise<DiscordLatency | null> {
  if (!existsSync(SCRIPT)) return null;
  const args = ['--import', 'tsx', 'bench/discord-latency.ts', String(count)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, timeout: 600_000 });
  return { command: `node ${args.join(' ')}`, output: stdout.trim() };
}
