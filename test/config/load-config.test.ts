import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { BUNDLED_SEEDS, CONFIG_DEFAULTS, ConfigError, loadConfig, loadLocalConfig } from '../../src/config/load-config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.bm90LWEtcmVhbC10b2tlbi1qdXN0LXRlc3Q';
const APP = '123456789012345678';
const required = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP };

function problem(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reads the required keys and applies the defaults', () => {
    expect(loadConfig(required)).toEqual({
      discordToken: TOKEN,
      applicationId: APP,
      devGuildId: null,
      logLevel: CONFIG_DEFAULTS.logLevel,
      discordApiUrl: CONFIG_DEFAULTS.discordApiUrl,
      corpusDir: CONFIG_DEFAULTS.corpusDir,
      storeUrl: CONFIG_DEFAULTS.storeUrl,
      ownerIds: [],
      watchCorpus: false,
      allowPrivateFetch: false,
      shards: 'auto',
    });
  });

  it('reads every optional key', () => {
    const config = loadConfig({
      ...required,
      DEV_GUILD_ID: '223456789012345678',
      LOG_LEVEL: 'debug',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      CORPUS_DIR: 'articles',
      STORE_URL: 'redis://127.0.0.1:6379',
      OWNER_IDS: '323456789012345678, 423456789012345678',
      WATCH_CORPUS: '1',
      ALLOW_PRIVATE_FETCH: '1',
      SHARDS: '4',
    });
    expect(config).toMatchObject({
      devGuildId: '223456789012345678',
      logLevel: 'debug',
      discordApiUrl: 'http://127.0.0.1:8080/api',
      corpusDir: 'articles',
      storeUrl: 'redis://127.0.0.1:6379',
      ownerIds: ['323456789012345678', '423456789012345678'],
      watchCorpus: true,
      allowPrivateFetch: true,
      shards: 4,
    });
  });

  it('treats blank values, as .env files write them, as unset', () => {
    expect(loadConfig({ ...required, DEV_GUILD_ID: '', LOG_LEVEL: ' ', SHARDS: '' })).toMatchObject({
      devGuildId: null,
      logLevel: 'info',
      shards: 'auto',
    });
  });

  it('names a missing required key in one line', () => {
    expect(problem({ DISCORD_APPLICATION_ID: APP }).message).toBe('Configuration error: DISCORD_TOKEN is missing (see .env.example)');
    expect(problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '' }).key).toBe('DISCORD_APPLICATION_ID');
  });

  it('names each malformed key and says what it must be', () => {
    const cases: [Record<string, string>, string][] = [
      [{ DISCORD_APPLICATION_ID: 'my-bot' }, 'DISCORD_APPLICATION_ID must be a Discord id (17–20 digits)'],
      [{ DEV_GUILD_ID: '12345' }, 'DEV_GUILD_ID must be a Discord id (17–20 digits)'],
      [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
      [{ DISCORD_API_URL: 'ftp://discord.com/api' }, 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api'],
      [{ STORE_URL: 'data/bot.sqlite' }, 'STORE_URL must be a URL such as sqlite://data/coverage-bot.sqlite'],
      [{ OWNER_IDS: '323456789012345678,alice' }, 'OWNER_IDS must be a comma-separated list of Discord ids'],
      [{ WATCH_CORPUS: 'yes' }, 'WATCH_CORPUS must be 0 or 1'],
      [{ ALLOW_PRIVATE_FETCH: 'yes' }, 'ALLOW_PRIVATE_FETCH must be 0 or 1'],
      [{ SHARDS: '0' }, 'SHARDS must be "auto" or a positive whole number'],
    ];
    for (const [env, message] of cases) {
      expect(problem({ ...required, ...env }).message).toBe(`Configuration error: ${message} (see .env.example)`);
    }
  });

  it('never repeats a value in its message, since the value may be the token', () => {
    const message = problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: TOKEN }).message;
    expect(message).not.toContain(TOKEN);
  });
});

describe('loadLocalConfig', () => {
  it('reads the same keys for the local programs without requiring the Discord ones', () => {
    expect(loadLocalConfig({ STORE_URL: 'memory://' })).toMatchObject({
      storeUrl: 'memory://',
      corpusDir: BUNDLED_SEEDS,
      discordToken: null,
    });
    expect(() => loadLocalConfig({ STORE_URL: 'nope' })).toThrow(ConfigError);
  });

  it('logs at the level the program gives when LOG_LEVEL is unset or blank, else at LOG_LEVEL', () => {
    expect(loadLocalConfig({}).logLevel).toBe(CONFIG_DEFAULTS.logLevel);
    expect(loadLocalConfig({ LOG_LEVEL: '' }, 'warn').logLevel).toBe('warn');
    expect(loadLocalConfig({ LOG_LEVEL: 'debug' }, 'warn').logLevel).toBe('debug');
  });

  it('finds the bundled seeds from the source file, so any working directory reads them; CORPUS_DIR, unless blank, wins', () => {
    expect(BUNDLED_SEEDS).toBe(join(import.meta.dirname, '../../seeds'));
    expect(loadLocalConfig({ CORPUS_DIR: '/srv/coverage/articles' }).corpusDir).toBe('/srv/coverage/articles');
    expect(loadLocalConfig({ CORPUS_DIR: '' }).corpusDir).toBe(BUNDLED_SEEDS);
  });
});
