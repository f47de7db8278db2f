import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from './load-config.js';

/**
 * The start of every entry point (bot, deploy, reindex): `.env` from the working directory if there is
 * one, then the environment, validated once. A problem is printed as its one line naming the key, and
 * null returned so the caller exits non-zero.
 */
export function readConfig(): Config | null {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return null;
  }
}
