import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { OperatorError } from '../entry.js';
import { LOG_LEVELS, type LogLevel } from '../log.js';

/** Discord ids are 64-bit snowflakes written as 17–20 decimal digits. */
const SNOWFLAKE = /^\d{17,20}$/;

const snowflake = (message: string) => z.string().regex(SNOWFLAKE, message);
const required = (schema: z.ZodString) => z.string({ error: 'is missing' }).pipe(schema);

const schema = z.object({
  DISCORD_TOKEN: required(z.string()),
  DISCORD_APPLICATION_ID: required(snowflake('must be a Discord id (17–20 digits)')),
  DEV_GUILD_ID: snowflake('must be a Discord id (17–20 digits)').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).optional(),
  CORPUS_DIR: z.string().optional(),
  STORE_URL: z
    .string()
    .regex(/^[a-z][a-z0-9+.-]*:\/\//i, 'must be a URL such as sqlite://data/coverage-bot.sqlite')
    .optional(),
  OWNER_IDS: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(snowflake('must be a comma-separated list of Discord ids')))
    .optional(),
  WATCH_CORPUS: z.enum(['0', '1'], 'must be 0 or 1').optional(),
  ALLOW_PRIVATE_FETCH: z.enum(['0', '1'], 'must be 0 or 1').optional(),
  SHARDS: z
    .string()
    .regex(/^(auto|[1-9]\d*)$/, 'must be "auto" or a positive whole number')
    .optional(),
});

export interface Config {
  discordToken: string;
  applicationId: string;
  /** When set, `npm run deploy` registers commands in this guild only (instant), not globally. */
  devGuildId: string | null;
  logLevel: LogLevel;
  /** REST base without the version, e.g. `https://discord.com/api`. */
  discordApiUrl: string;
  corpusDir: string;
  storeUrl: string;
  /** Users exempt from the per-user question limit. */
  ownerIds: string[];
  watchCorpus: boolean;
  /** `/add` may fetch loopback and private addresses (a local test server); off by default (SSRF). */
  allowPrivateFetch: boolean;
  shards: 'auto' | number;
}

/** The bundled articles, found from this file so every program works from any working directory. */
export const BUNDLED_SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

export const CONFIG_DEFAULTS = {
  logLevel: 'info',
  discordApiUrl: 'https://discord.com/api',
  corpusDir: BUNDLED_SEEDS,
  storeUrl: 'sqlite://data/coverage-bot.sqlite',
} as const;

/** A configuration problem, worded as the one line shown at start-up. */
export class ConfigError extends OperatorError {
  override name = 'ConfigError';
  constructor(
    readonly key: string,
    problem: string,
  ) {
    super(`Configuration error: ${key} ${problem} (see .env.example)`);
  }

  override get line(): string {
    return this.message;
  }
}

/** What the local programs (REPL, ask, feedback, reindex) read: the same keys, the Discord ones optional. */
export type LocalConfig = Omit<Config, 'discordToken' | 'applicationId'> & { discordToken: string | null };

const localSchema = schema.partial({ DISCORD_TOKEN: true, DISCORD_APPLICATION_ID: true });

function parse<S extends typeof schema | typeof localSchema>(s: S, env: NodeJS.ProcessEnv): ReturnType<S['parse']> {
  // `.env` files often hold `KEY=` for "not set": blank values count as absent, so defaults apply.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = s.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue.path[0]), issue.message);
  }
  return parsed.data as ReturnType<S['parse']>;
}

/**
 * The local programs' configuration: like loadConfig, without requiring the Discord keys. `unsetLevel` is the log level
 * when LOG_LEVEL is not set: a program whose stdout is its output (ask, the REPL) logs only warnings then.
 */
export function loadLocalConfig(env: NodeJS.ProcessEnv, unsetLevel: LocalConfig['logLevel'] = CONFIG_DEFAULTS.logLevel): LocalConfig {
  const e = parse(localSchema, env);
  const { applicationId: _unused, ...rest } = settings({ ...e, DISCORD_TOKEN: e.DISCORD_TOKEN ?? '', DISCORD_APPLICATION_ID: '' });
  return { ...rest, logLevel: e.LOG_LEVEL ?? unsetLevel, discordToken: e.DISCORD_TOKEN ?? null };
}

/**
 * Reads and validates the configuration once, at start-up. Throws a ConfigError naming the first bad
 * key; never echoes a value, since the value may be the token.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  return settings(parse(schema, env));
}

function settings(e: z.infer<typeof schema>): Config {
  return {
    discordToken: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    devGuildId: e.DEV_GUILD_ID ?? null,
    logLevel: e.LOG_LEVEL ?? CONFIG_DEFAULTS.logLevel,
    discordApiUrl: (e.DISCORD_API_URL ?? CONFIG_DEFAULTS.discordApiUrl).replace(/\/+$/, ''),
    corpusDir: e.CORPUS_DIR ?? CONFIG_DEFAULTS.corpusDir,
    storeUrl: e.STORE_URL ?? CONFIG_DEFAULTS.storeUrl,
    ownerIds: e.OWNER_IDS ?? [],
    watchCorpus: e.WATCH_CORPUS === '1',
    allowPrivateFetch: e.ALLOW_PRIVATE_FETCH === '1',
    shards: e.SHARDS === undefined || e.SHARDS === 'auto' ? 'auto' : Number(e.SHARDS),
  };
}
