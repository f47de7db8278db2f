/**
 * How every program ends (the bot, the shard manager, the CLIs, the scripts): one base error for problems
 * the operator can fix, printed as one plain line on stderr with exit code 1; anything else is a bug,
 * printed with its stack, exit code 1.
 */

/** The texts shown to operators (one line on stderr, or a warning naming a file), written once. */
export const OPERATOR_MESSAGES = {
  tokenRejected: 'Discord rejected DISCORD_TOKEN (401 Unauthorized): set a valid bot token (see .env.example).',
  /** An article file left out of the coverage (the bot's load warnings, `npm run articles`). */
  skipped: (path: string, reason: string): string => `${path}: skipped: ${reason}`,
  noArticleText: 'no article text left after removing boilerplate',
  coverageNotLoaded: (dir: string, reason: string): string => `Could not load the coverage from ${dir}: ${reason}`,
  cannotConnect: (reason: string): string => `Could not connect to Discord: ${reason}`,
  cannotCountShards: (reason: string): string => `Could not ask Discord how many shards to start: ${reason}`,
} as const;

/** A problem the operator can fix (configuration, corpus, store, token): `line` is all they are shown. */
export class OperatorError extends Error {
  override name = 'OperatorError';
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

/** Prints `line` on stderr and exits 1 at once (a connected client or an open store would keep the process up). */
export function exitWith(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** The one line an error ends a program with. */
function errorLine(err: unknown): string {
  if (err instanceof OperatorError) return err.line;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/**
 * Runs an entry point's `main`. It resolves to its exit code (undefined: 0, or keep running while handles are
 * open, as the bot does); a throw ends the process with the error's one line, exit code 1.
 */
export function runEntry(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (err: unknown) => exitWith(errorLine(err)),
  );
}
