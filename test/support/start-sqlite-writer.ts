import { ROOT, startEntry } from './run-script.js';

export interface WriterOutcome {
  name: string;
  notConfirmed: number[];
  bulkNotConfirmed: number[];
  readsFailed: number;
  healthy: boolean;
}

/**
 * One test/support/sqlite-writer.ts process, loaded and waiting for `go()` to open the store and write. With `holdMs`
 * 'release' it holds the write lock (once it printed "holding") until `release()`.
 */
export function startWriter(
  url: string,
  name: string,
  args: { count: number; bulkEvery: number; bulkChars: number; holdMs?: number | 'release' },
) {
  const child = startEntry(
    'test/support/sqlite-writer.ts',
    [url, name, String(args.count), String(args.bulkEvery), String(args.bulkChars), String(args.holdMs ?? 0)],
    ROOT,
    process.env,
  );
  let stdout = '';
  let stderr = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const w of [...waiters]) if (stdout.includes(w.text)) w.resolve();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const printed = (text: string) => new Promise<void>((resolve) => (stdout.includes(text) ? resolve() : waiters.push({ text, resolve })));
  const ended = new Promise<{ code: number | null; outcome: WriterOutcome; warnings: unknown[] }>((resolve) =>
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      const warnings = stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as unknown);
      resolve({ code, outcome: (last.startsWith('{') ? JSON.parse(last) : { stderr }) as WriterOutcome, warnings });
    }),
  );
  const untilReleased = args.holdMs === 'release';
  return {
    loaded: printed('loaded'),
    printed,
    go: () => (untilReleased ? child.stdin.write('go\n') : child.stdin.end('go\n')),
    release: () => {
      if (!child.stdin.writableEnded) child.stdin.end('release\n');
    },
    ended,
  };
}
