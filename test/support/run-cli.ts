import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI entry point (`src/cli/ask.ts`) from the project root on the bundled seeds, `stdin` piped in, `extraEnv` set. */
export function runCli(entry: string, args: string[], stdin: string | Buffer = '', extraEnv: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // memory:// unless a test names a store: CLI runs in parallel must not share the default SQLite file.
    const env: NodeJS.ProcessEnv = { ...process.env, STORE_URL: 'memory://', ...extraEnv };
    delete env.CORPUS_DIR;
    const child = spawn(TSX, [entry, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
