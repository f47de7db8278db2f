import { CorpusError } from '../corpus/corpus-error.js';
import { StoreError } from '../store/backends/store.js';

/** Ends a CLI run on an error: one line for a problem the user can fix, the stack for anything else. */
export function exitWithError(err: unknown): void {
  if (err instanceof CorpusError || err instanceof StoreError) console.error(`error: ${err.message}`);
  else console.error(err);
  process.exitCode = 1;
}

/** Runs an entry point's `main`, which resolves to its exit code; a throw ends it through exitWithError. */
export function runMain(main: () => Promise<number>): void {
  main().then((code) => {
    process.exitCode = code;
  }, exitWithError);
}
