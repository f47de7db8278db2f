import { fileURLToPath } from 'node:url';
import { createNlp, type Nlp } from '../../src/analyse/nlp.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';

/**
 * Five articles with known dates and speakers: two outlets on one phone call, an undated one, an unrelated one, and one
 * written after the rules were (held out).
 */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/timeline', import.meta.url));

let nlp: Nlp | undefined;
const loading = new Map<string, Promise<Coverage>>();

/**
 * The coverage of a corpus folder (the seeds or the fixtures), built once per test file. Both share
 * the file's one wink instance: a second instance in a process loses its POS and entity patterns.
 */
export function coverageOf(dir: string): Promise<Coverage> {
  nlp ??= createNlp();
  let coverage = loading.get(dir);
  if (!coverage) {
    coverage = loadCoverage({ nlp, corpusDir: dir }).then((r) => r.coverage);
    loading.set(dir, coverage);
  }
  return coverage;
}
