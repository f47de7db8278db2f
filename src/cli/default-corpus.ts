import { fileURLToPath } from 'node:url';

/** The bundled articles, found from this file so the CLI works from any working directory. */
export const DEFAULT_CORPUS = fileURLToPath(new URL('../../seeds', import.meta.url));

/** `--corpus DIR`, else `CORPUS_DIR`, else the bundled seeds. */
export function corpusDir(flag: string | undefined): string {
  return flag ?? (process.env.CORPUS_DIR || DEFAULT_CORPUS);
}
