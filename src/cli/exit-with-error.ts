import { CorpusError } from '../corpus/corpus-error.js';

/** Ends a CLI run on an error: one line for a problem the user can fix, the stack for anything else. */
export function exitWithError(err: unknown): void {
  if (err instanceof CorpusError) console.error(`error: ${err.message}`);
  else console.error(err);
  process.exitCode = 1;
}
