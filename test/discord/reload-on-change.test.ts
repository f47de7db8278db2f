import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';
import { createCoverageSlot } from '../../src/discord/coverage-slot.js';
import { reloadOnChange } from '../../src/discord/reload-on-change.js';
import { createLogger } from '../../src/log.js';
import { SEEDS_DIR } from './support/test-bot.js';

describe('reloadOnChange', () => {
  it('re-indexes when an article is added and swaps the new coverage in', async () => {
    const nlp = createNlp();
    const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-watch-'));
    for (const name of ['000_9fa6195cd0faa982.txt', '003_31b76e603aeb2cfa.txt']) await copyFile(path.join(SEEDS_DIR, name), path.join(dir, name));
    const slot = createCoverageSlot();
    slot.set((await loadCoverage({ nlp, corpusDir: dir })).coverage);
    const before = slot.current()!;

    let reloaded!: (c: Coverage) => void;
    const next = new Promise<Coverage>((resolve) => (reloaded = resolve));
    const stop = reloadOnChange({
      dir,
      log: createLogger({ level: 'silent' }),
      debounceMs: 50,
      reload: async () => {
        const { coverage } = await loadCoverage({ nlp, corpusDir: dir });
        slot.set(coverage);
        reloaded(coverage);
      },
    });
    try {
      await copyFile(path.join(SEEDS_DIR, '004_e0ba8cc3a8df5508.txt'), path.join(dir, '004_e0ba8cc3a8df5508.txt'));
      const after = await next;
      expect(after.articles.map((a) => a.id)).toContain('004_e0ba8cc3a8df5508');
      expect(after.version).not.toBe(before.version);
      expect(slot.current()).toBe(after);
    } finally {
      stop();
    }
  });
});
