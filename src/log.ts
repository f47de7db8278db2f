import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import escapeStringRegexp from 'escape-string-regexp';

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
