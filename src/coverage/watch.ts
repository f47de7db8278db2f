import { watch } from 'node:fs';
import type { Logger } from '../log.js';
import { REINDEX_FAILED, type Reindexer } from './reindex.js';

export interface ReloadOnChangeOptions {
  dir: string;
  /** Rebuilds and swaps in the coverage (the one /reindex uses); a failure is logged and the old coverage kept. */
  reindexer: Reindexer;
  log: Logger;
  /** Editors and copies write a file in several steps: wait for quiet before re-indexing. */
  debounceMs: number;
}

/**
 * Re-indexes when a file in the corpus folder changes (WATCH_CORPUS=1). One reload runs at a time;
 * changes during a reload cause one more afterwards. A rebuild started elsewhere (/reindex) may have read
 * the folder before the change, so a reload waits for it to end rather than sharing it. Returns a
 * function that stops watching.
 */
export function reloadOnChange(options: ReloadOnChangeOptions): () => void {
  const { log } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  let again = false;

  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    const { reindexer } = options;
    running = reindexer
      .idle()
      .then(() => reindexer.run())
      .catch((err: unknown) => log.error({ err, corpus: options.dir }, REINDEX_FAILED))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };

  const watcher = watch(options.dir, () => {
    clearTimeout(timer);
    timer = setTimeout(run, options.debounceMs);
  });
  watcher.on('error', (err) => log.error({ err, corpus: options.dir }, 'stopped watching the corpus'));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
