import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's root folder: where a script's path is read from, and where a CLI run starts. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** tsx's loader by path: a child may run in a temporary folder, where the bare name `tsx` does not resolve. */
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface ScriptRun {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  /** Resolves once `times` (default 1) lines of stdout contain `text`, or match it. */
  waitForOutput(text: string | RegExp, times?: number): Promise<void>;
}

/**
 * Starts a TypeScript entry point (`src/cli/ask.ts`, `src/main.ts`) as its own Node process with tsx's loader, the one
 * way the tests run one: in `cwd` with exactly `env`, its three streams piped.
 */
export function startEntry(
  relativePath: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, relativePath), ...args], { cwd, env });
}

/** What runScript is given besides the entry point and its environment. */
export interface ScriptOptions {
  /** The entry point's arguments. */
  args?: readonly string[];
  /** Files to write into the working directory before the start, by name (a `.env` the program should read). */
  files?: Readonly<Record<string, string>>;
}

/**
 * Runs a TypeScript entry point (`src/main.ts`, `scripts/deploy.ts`) as its own Node process, the way
 * npm scripts do, with only the given environment and an empty working directory (so no developer's
 * .env is read, only the `files` given), removed when the process ends.
 */
export function runScript(relativePath: string, env: Record<string, string>, { args = [], files = {} }: ScriptOptions = {}): ScriptRun {
  const cwd = mkdtempSync(path.join(tmpdir(), 'coverage-bot-run-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(cwd, name), text);
  const child = startEntry(relativePath, args, cwd, { PATH: process.env.PATH ?? '', ...env });
  let out = '';
  let err = '';
  const watchers: { found: () => boolean; resolve: () => void }[] = [];
  const lines = (text: string | RegExp): number =>
    out.split('\n').filter((line) => (typeof text === 'string' ? line.includes(text) : text.test(line))).length;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const w of [...watchers]) {
      if (w.found()) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve(code ?? signal ?? -1);
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput(text, times = 1) {
      const found = (): boolean => lines(text) >= times;
      return found() ? Promise.resolve() : new Promise((resolve) => watchers.push({ found, resolve }));
    },
  };
}
