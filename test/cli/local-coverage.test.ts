import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answeringLoaded } from '../../src/answer/warm-up.js';
import { loadLocalCoverage } from '../../src/cli/local-coverage.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';

// The analyses and index kept in this process's memory, not in the project's SQLite file.
beforeAll(() => {
  vi.stubEnv('STORE_URL', 'memory://');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('loadLocalCoverage', () => {
  it('leaves the answering path cold for the ask CLI, which answers one question at once', async () => {
    const { coverage } = await loadLocalCoverage(SEEDS_DIR);
    expect(coverage.articles).toHaveLength(5);
    expect(answeringLoaded()).toBe(false);
  });

  it("returns to the REPL, which answers question after question, with answering's lazy tables loaded", async () => {
    const { coverage } = await loadLocalCoverage(SEEDS_DIR, { warmUp: true });
    expect(coverage.articles).toHaveLength(5);
    expect(answeringLoaded()).toBe(true);
  });
});
