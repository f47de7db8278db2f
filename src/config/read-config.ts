import { existsSync } from 'node:fs';
import { loadConfig, loadLocalConfig, type Config, type LocalConfig } from './load-config.js';

/** `.env` from the working directory when there is one, beneath the environment (a variable already set wins). */
export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

/**
 * The start of the Discord programs (bot, shard manager, deploy): `.env`, then the environment, validated
 * once. Throws a ConfigError (an OperatorError: one line naming the key) on a problem.
 */
export function readConfig(env?: (loaded: NodeJS.ProcessEnv) => NodeJS.ProcessEnv): Config {
  loadDotEnv();
  return loadConfig(env ? env(process.env) : process.env);
}

/** The start of the local programs (REPL, ask, feedback, reindex): the same, the Discord keys optional. */
export function readLocalConfig(unsetLevel?: LocalConfig['logLevel']): LocalConfig {
  loadDotEnv();
  return loadLocalConfig(process.env, unsetLevel);
}
