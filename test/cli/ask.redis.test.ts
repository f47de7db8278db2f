import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';

/**
 * `ask --batch` while its Redis store is frozen (SIGSTOP): the lines are one conversation kept in the process, as the
 * REPL's are (src/dispatch/line.ts askInConversation), so no line waits on a store write; the start waits its bounded
 * time for the store (2 s to connect, then skipped).
 */
const LINES = 'who is the Kremlin spokesman?\nand what did he say about the calls?\n';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  redis?.resume();
  await redis?.dispose();
});

describe('ask --batch with its Redis store frozen', () => {
  it('answers every line as without a store, the follow-up about the subject of the line before, in one warning line', async () => {
    const alone = await runCli('src/cli/ask.ts', ['--json', '--batch'], LINES, { STORE_URL: 'memory://' });
    redis.pause();
    try {
      const frozen = await runCli('src/cli/ask.ts', ['--json', '--batch'], LINES, { STORE_URL: redis.url });
      expect(frozen.code).toBe(0);
      expect(frozen.stdout).toBe(alone.stdout);
      expect(frozen.stdout).toMatch(/Peskov[\s\S]*\n.*Peskov/);
      expect(frozen.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^warning: store unavailable: .*no reply within 2000 ms/),
      ]);
    } finally {
      redis.resume();
    }
  });
});
