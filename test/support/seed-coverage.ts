import { fileURLToPath } from 'node:url';
import { createNlp, type Nlp } from '../../src/analyse/nlp.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import type { Coverage } from '../../src/coverage/types.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/**
 * Five articles with known dates and speakers: two outlets on one phone call, an undated one, an unrelated one, and one
 * written after the rules were (held out).
 */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/timeline', import.meta.url));

let nlp: Nlp | undefined;
const loading = new Map<string, Promise<Coverage>>();

/**
 * The coverage of a corpus folder (the seeds, the timeline fixtures), built once per test file. Every folder shares
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

/** The bundled seeds as a coverage, built once per test file (each file runs in its own process). */
export function seedCoverage(): Promise<Coverage> {
  return coverageOf(SEEDS_DIR);
}

/**
 * An analysed article's fields as a plain object: an article read from a pack (the analysis cache, the coverage
 * thread) has them as getters, which toEqual does not compare.
 */
export function plainArticle(a: AnalysedArticle): AnalysedArticle {
  return { id: a.id, hash: a.hash, text: a.text, meta: a.meta, tokens: a.tokens, sentences: a.sentences, entities: a.entities };
}
