import { fileURLToPath } from 'node:url';
import { createNlp } from '../../src/analyse/nlp.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import type { Coverage } from '../../src/coverage/types.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

let loading: Promise<Coverage> | undefined;

/** The bundled seeds as a coverage, built once per test file (each file runs in its own process). */
export function seedCoverage(): Promise<Coverage> {
  loading ??= loadCoverage({ nlp: createNlp(), corpusDir: SEEDS_DIR }).then((r) => r.coverage);
  return loading;
}

/**
 * An analysed article's fields as a plain object: an article read from a pack (the analysis cache, the coverage
 * thread) has them as getters, which toEqual does not compare.
 */
export function plainArticle(a: AnalysedArticle): AnalysedArticle {
  return { id: a.id, hash: a.hash, text: a.text, meta: a.meta, tokens: a.tokens, sentences: a.sentences, entities: a.entities };
}
