import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // wink-nlp's model takes ~0.5 s to load per worker; end-to-end tests start real servers.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
