import { fileURLToPath } from 'node:url';
import { createNlp } from '../../src/analyse/nlp.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

let loading: Promise<Coverage> | undefined;

/** The bundled seeds as a coverage, built once per test file (each file runs in its own process). */
export function seedCoverage(): Promise<Coverage> {
  loading ??= loadCoverage({ nlp: createNlp(), corpusDir: SEEDS_DIR }).then((r) => r.coverage);
  return loading;
}
