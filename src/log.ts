import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import escapeStringRegexp from 'escape-string-regexp';
import { terminalSafe } from './entry.js';

export type { Logger };

/** pino's levels, the values LOG_LEVEL may take (src/config validates it against this list). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never be written, whatever object they hide in (the bot token). */
  secrets?: string[];
  /** Where lines go; stdout when absent. Tests pass a stream to read the lines back. */
  destination?: DestinationStream;
}

/** Calls `emit` with how many calls it held back since the last it let through, or holds this one back. */
export type Throttle = (emit: (suppressed: number) => void) => void;

/**
 * Lets one call through per interval and counts the ones held back, so a failure that repeats on every call
 * (a down Redis, an interaction error under overload) logs one line per interval with a count instead of one line per call.
 */
export function createThrottle(intervalMs: number, now: () => number): Throttle {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (emit) => {
    const at = now();
    if (at - lastAt < intervalMs) {
      suppressed += 1;
      return;
    }
    lastAt = at;
    const held = suppressed;
    suppressed = 0;
    emit(held);
  };
}

const CENSOR = '[Redacted]';

/** Keys that hold credentials wherever they are logged: the config object, REST options, headers. */
const REDACT_PATHS = [
  'token',
  '*.token',
  'discordToken',
  '*.discordToken',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * Interaction tokens sit in webhook and callback paths (`/webhooks/<app>/<token>/…`) and so in the
 * `url` of discord.js REST errors; anyone holding one can post as the bot for 15 minutes.
 */
const TOKEN_IN_PATH = /(\/(?:webhooks|interactions)\/\d+\/)[^/?\s"]+/g;

function scrubPaths(text: string): string {
  return text.replace(TOKEN_IN_PATH, `$1${CENSOR}`);
}

function serializeError(err: unknown): unknown {
  const out = stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  for (const key of ['url', 'message', 'stack']) {
    if (typeof out[key] === 'string') out[key] = scrubPaths(out[key] as string);
  }
  return out;
}

/** pino's number for `warn`: the lowest level a person running a local program is shown as a plain line. */
const WARN = 40;
const ERROR = 50;
/** What every pino line holds besides what was logged. */
const ENVELOPE = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err']);

/**
 * One pino line as a person at a terminal reads it: `warning: <message>: <the error's message> (key=value, …)`, worded
 * as the CLIs' own warnings and errors (OPERATOR_MESSAGES in src/entry.ts).
 */
export function plainLine(json: string): string {
  const record = JSON.parse(json) as Record<string, unknown>;
  const level = typeof record.level === 'number' && record.level >= ERROR ? 'error' : 'warning';
  const err = record.err as { message?: unknown } | undefined;
  const cause = typeof err?.message === 'string' && err.message !== '' ? `: ${err.message}` : '';
  const fields = Object.entries(record)
    .filter(([key, value]) => !ENVELOPE.has(key) && value !== null && typeof value !== 'object')
    .map(([key, value]) => `${key}=${String(value)}`);
  return `${level}: ${terminalSafe(`${String(record.msg ?? '')}${cause}${fields.length > 0 ? ` (${fields.join(', ')})` : ''}`)}\n`;
}

/**
 * The logger of a program a person runs (the REPL, the CLIs, the scripts): lines on stderr, so stdout stays the
 * program's output; a warning or an error as one plain line (a down store read as a JSON object was the probes'
 * complaint), while the info and debug lines LOG_LEVEL asks for stay JSON, for whoever asked for them to read with tools.
 */
export function createLocalLogger(options: Omit<LoggerOptions, 'destination'>): Logger {
  const destination: DestinationStream = {
    write(line: string) {
      const level = Number(/"level":(\d+)/.exec(line)?.[1] ?? 0);
      process.stderr.write(level >= WARN ? plainLine(line) : line);
    },
  };
  return createLogger({ ...options, destination });
}

/** The process's logger: JSON lines, credentials redacted by key and, for known secrets, by value. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length > 0);
  // Redacting by key misses a secret quoted inside a message or an error; the last write hook does not.
  const secretPattern = secrets.length > 0 ? new RegExp(secrets.map(escapeStringRegexp).join('|'), 'g') : null;
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: serializeError },
      hooks: secretPattern ? { streamWrite: (line) => line.replace(secretPattern, CENSOR) } : {},
    },
    options.destination,
  );
}
