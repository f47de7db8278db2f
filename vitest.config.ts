import { defineConfig } from 'vitest/config';

/**
 * Three projects: `npm test` runs `unit` (Node and npm alone are enough), `npm run test:redis` runs `redis`,
 * the files named *.redis.test.ts, which start a real redis-server on 127.0.0.1 and fail (never skip)
 * when there is none, and `npm run test:root` runs `root`, the files named *.root.test.ts, which meet a full disk
 * and a file the OS refuses to write as root meets them (a tmpfs mounted and filled, `chattr +i`: CAP_SYS_ADMIN and
 * CAP_LINUX_IMMUTABLE) and fail (never skip) without those privileges.
 */
export default defineConfig({
  test: {
    // wink-nlp's model takes ~0.5 s to load per worker; end-to-end tests start real servers. A test that
    // starts bot processes (each loads wink-nlp twice: in the process and in its coverage thread) took
    // 16–20 s alone at load 6 on this 2-core machine, and timed out at 30 s beside other test files; the
    // CLI test's six processes started together took over 60 s at load 20. The limit only ends a hang.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        // COVERAGE_BOT_UNIT_TESTS: startRedisServer refuses to start one here (test/support/redis-server.ts).
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.redis.test.ts', 'test/**/*.root.test.ts'],
          env: { COVERAGE_BOT_UNIT_TESTS: '1' },
        },
      },
      { extends: true, test: { name: 'redis', include: ['test/**/*.redis.test.ts'] } },
      { extends: true, test: { name: 'root', include: ['test/**/*.root.test.ts'] } },
    ],
  },
});
