/**
 * How every program starts and ends (the bot, the shard manager, the CLIs, the scripts, eval/ and bench/): one check of
 * the shipped fitted models (models/shipped-models.ts), one reader of the command line, one base error for problems the
 * operator can fix, printed as one plain line on stderr with exit code 1 (2 for a wrong command line); anything else is
 * a bug, printed with its stack, exit code 1.
 */
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The bidirectional formatting characters, which reorder what follows them on a display (UAX #9 §2: ALM, LRM, RLM, the
 * embeddings and overrides U+202A–E, the isolates U+2066–9), as the body of a regular expression's character class:
 * escaped for terminals here (terminalSafe), removed from page text (src/clean/characters/normalize-text.ts).
 */
export const BIDI_FORMATTING = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/**
 * Characters a terminal acts on rather than shows: the controls (C0 with the line break, DEL, C1: ESC opens the sequences
 * that clear the screen or set the window title) and the bidirectional formatting characters (BIDI_FORMATTING).
 */
const TERMINAL_ACTS_ON = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI_FORMATTING}]`, 'g');

/**
 * Text the operator did not write (a file name in the corpus folder, an article id, which is its file's stem) as one
 * line a terminal only shows: each such character written as its `\uXXXX` escape, so "e\x1b[2Jmpty.txt" is named, not
 * obeyed (it cleared the screen), and a name holding a line break cannot forge a second warning line. Page text and
 * metadata are cleaned of them when read; file names are not, as the operator needs the name to find the file.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_ACTS_ON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The texts shown to operators (one line on stderr, or a warning naming a file), written once. */
export const OPERATOR_MESSAGES = {
  tokenRejected: 'Discord rejected DISCORD_TOKEN (401 Unauthorized): set a valid bot token (see .env.example).',
  /** A line on stderr about something left out that does not stop the program (a CLI's warnings, before an error). */
  warning: (text: string): string => `warning: ${terminalSafe(text)}`,
  /**
   * An article file left out of the coverage, by the corpus reader (unreadable, binary, empty, too large, a duplicate) or
   * after cleaning (an HTML page refused, no article text): named as in its corpus folder, which the operator gave.
   */
  skipped: (file: string, reason: string): string => `${basename(file)}: skipped, ${reason}`,
  /**
   * The names in a corpus folder that are no article file (a feed saved as .xml, a PDF, a subfolder): said once, so a
   * user who saved pages in a form the reader does not take learns why they are not in the coverage.
   */
  notArticles: (names: readonly string[], extensions: readonly string[]): string =>
    `${names.length === 1 ? '1 name' : `${names.length} names`} in the folder ${names.length === 1 ? 'is' : 'are'} not read ` +
    `(articles are ${extensions.join(', ')} files directly in it): ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`,
  noArticleText: 'no article text left after removing boilerplate',
  /** A throw while cleaning or analysing one article: a bug, logged with its stack; the article is left out. */
  failedToRead: (reason: string): string => `could not be read (an error of coverage-bot, logged: ${reason})`,
  coverageNotLoaded: (dir: string, reason: string): string => `Could not load the coverage from ${dir}: ${reason}`,
  cannotConnect: (reason: string): string => `Could not connect to Discord: ${reason}`,
  /** Discord's rate limit on connecting (a 429 with a Retry-After longer than the bot sits out, src/discord/defaults.ts). */
  rateLimited: (minutes: number, route: string): string =>
    `Discord asks the bot to wait ${minutes} min before ${route} (a rate limit): start it again after that`,
  cannotCountShards: (reason: string): string => `Could not ask Discord how many shards to start: ${reason}`,
  cannotRegisterCommands: (reason: string): string => `Could not register the commands: ${reason}`,
} as const;

/** A problem the operator can fix (configuration, corpus, store, token): `line` is all they are shown. */
export class OperatorError extends Error {
  override name = 'OperatorError';
  /** The process's exit code when this error ends it. */
  readonly exitCode: number = 1;
  /** The one line printed; `error: <message>` unless the subclass words it whole. */
  get line(): string {
    return `error: ${this.message}`;
  }
}

/** Discord refused the token (HTTP 401, or discord.js's TokenInvalid at login). */
export class TokenRejectedError extends OperatorError {
  override name = 'TokenRejectedError';
  constructor() {
    super(OPERATOR_MESSAGES.tokenRejected);
  }
  override get line(): string {
    return this.message;
  }
}

/** A wrong command line: the reason, then the usage; exit code 2, as POSIX utilities end on a usage error. */
export class UsageError extends OperatorError {
  override name = 'UsageError';
  override readonly exitCode = 2;
  constructor(
    reason: string,
    readonly usage: string,
  ) {
    super(reason);
  }
  override get line(): string {
    return this.message === '' ? this.usage : `${this.message}\n${this.usage}`;
  }
}

/**
 * Reads a program's command line (`node:util` parseArgs over process.argv) with `--help`/`-h` added: help prints
 * `usage`, then `help` (what each option does) where given, on stdout and gives null (the program ends with 0); an
 * unknown option or a missing value is a UsageError, which prints the usage alone.
 */
export function readArguments<T extends ParseArgsConfig>(config: T, usage: string, help?: string): ReturnType<typeof parseArgs<T>> | null {
  const args = process.argv.slice(2);
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (options.includes('--help') || options.includes('-h')) {
    console.log(help === undefined ? usage : `${usage}\n\n${help}`);
    return null;
  }
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(errorMessage(err), usage);
  }
}

/**
 * The progress lines of a long script (eval, the fits, bench), one form for all, on stderr: `[name HH:MM:SS +N s] line`.
 * The clock time lets a line be read against the load of a shared machine; the seconds since the script began give what
 * each step cost.
 */
export function progressLines(name: string, now: () => number = Date.now): (line: string) => void {
  const started = now();
  return (line) => {
    const at = now();
    process.stderr.write(`[${name} ${new Date(at).toISOString().slice(11, 19)} +${Math.round((at - started) / 1000)} s] ${line}\n`);
  };
}

/** Prints `line` on stderr and exits at once (a connected client or an open store would keep the process up). */
export function exitWith(line: string, code = 1): never {
  process.stderr.write(`${line}\n`);
  process.exit(code);
}

/** What went wrong, as text: an Error's message, or the thrown value itself when something else was thrown. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The one line an error ends a program with. */
function errorLine(err: unknown): string {
  if (err instanceof OperatorError) return err.line;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/**
 * A reader that stops reading the program's output (`ask --batch … | head -1`, a pager quit early) closes the pipe; the
 * next write fails with EPIPE, which Node, ignoring SIGPIPE, raises as an unhandled 'error' event: the program died with
 * a stack trace and exit code 1 (session 43). Such a program ends as `yes | head` does in a shell: quietly, with the
 * status a shell gives a process SIGPIPE ended (128 + 13, POSIX sh §2.8.2), so `set -o pipefail` scripts and supervisors
 * still see that not everything was written. Any other output error ends the program as an error does.
 */
function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(OUTPUT_CLOSED_EXIT_CODE);
    exitWith(errorLine(err));
  });
}

/** The exit code of a program whose reader closed its output early: a shell's status for death by SIGPIPE. */
export const OUTPUT_CLOSED_EXIT_CODE = 141;

/**
 * Runs an entry point's `main` once the shipped models are checked (models/shipped-models.ts), unless `readsModels` is false:
 * a program that neither cleans nor answers (the shard manager, deploy, feedback) is spared loading the cleaner and
 * the ranker, 1.5–2 s of its start (feedback --help, session 28). `main` resolves to its exit code (undefined: 0, or
 * keep running while handles are open, as the bot does); a throw ends the process with the error's one line and exit
 * code.
 */
export function runEntry(main: () => Promise<number | void>, { readsModels = true } = {}): void {
  endQuietlyWhenOutputCloses();
  const checkedMain = async () => {
    // Loaded here, not imported above: the store, config and corpus layers import this module's errors and messages,
    // and need no model.
    if (readsModels) (await import('./models/shipped-models.js')).checkShippedModels();
    return main();
  };
  checkedMain().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (err: unknown) => exitWith(errorLine(err), err instanceof OperatorError ? err.exitCode : 1),
  );
}
