import { watch } from 'node:fs';
import type { Logger } from '../log.js';

export interface ReloadOnChangeOptions {
  dir: string;
  /** Rebuilds and swaps in the coverage; a failure is logged and the old coverage kept. */
  reload: () => Promise<void>;
  log: Logger;
  /** Editors and copies write a file in several steps: wait for quiet before re-indexing. */
  debounceMs: number;
}

/**
 * Re-indexes when a file in the corpus folder changes (WATCH_CORPUS=1). One reload runs at a time;
 * changes during a reload cause one more afterwards. Returns a function that stops watching.
 */
export function reloadOnChange(options: ReloadOnChangeOptions): () => void {
  const { log } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;

  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = options
      .reload()
      .catch((err: unknown) => log.error({ err, corpus: options.dir }, 're-index failed; keeping the previous coverage'))
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
