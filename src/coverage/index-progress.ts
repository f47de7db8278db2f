import cliProgress from 'cli-progress';
import type { Logger } from 'pino';
import { COVERAGE_DEFAULTS, type CoverageSettings } from './defaults.js';

export interface IndexProgress {
  tick(articleId: string): void;
  /**
   * Ends the bar and logs the total rate. Call it in a `finally`: until then the bar redraws on a timer that
   * keeps the process alive, so an indexing run that throws would otherwise hang instead of exiting.
   */
  done(): void;
}

export interface IndexProgressOptions {
  total: number;
  log: Logger;
  /** Where the bar is drawn (stderr); only its `isTTY` matters when no bar is drawn. */
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  now?: () => number;
  tuning?: Partial<CoverageSettings['progress']>;
}

const NONE: IndexProgress = { tick: () => undefined, done: () => undefined };

/** Articles per second with one decimal; 0 before any time has passed. */
function rate(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? Math.round((count / elapsedMs) * 10_000) / 10 : 0;
}

/** Progress of an indexing run: a bar with articles/s on a terminal, periodic log lines elsewhere. */
export function createIndexProgress({ total, log, stream, now = Date.now, tuning = {} }: IndexProgressOptions): IndexProgress {
  const settings = { ...COVERAGE_DEFAULTS.progress, ...tuning };
  if (total <= settings.silentUpTo) return NONE;
  const startedAt = now();
  let count = 0;
  const finish = (): void => {
    const elapsedMs = now() - startedAt;
    log.info({ articles: count, seconds: elapsedMs / 1000, articlesPerSecond: rate(count, elapsedMs) }, 'indexed articles');
  };

  if (stream.isTTY === true && total >= settings.barFrom) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'indexing |{bar}| {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: 0 });
    return {
      tick() {
        count += 1;
        bar.update(count, { rate: rate(count, now() - startedAt) });
      },
      done() {
        bar.stop();
        finish();
      },
    };
  }

  let loggedAt = startedAt;
  return {
    tick(articleId) {
      count += 1;
      const at = now();
      if (at - loggedAt < settings.logEveryMs) return;
      loggedAt = at;
      log.info({ articles: count, total, articlesPerSecond: rate(count, at - startedAt), lastArticle: articleId }, 'indexing articles');
    },
    done: finish,
  };
}
