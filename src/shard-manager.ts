/**
 * `npm start`. With SHARDS=1, or 'auto' when Discord recommends one shard, runs the bot (src/main.ts) in
 * this process. Otherwise forks one src/main.ts process per shard with discord.js's ShardingManager,
 * which gives each its shard id and the token; the REST base, the store and the rest of the
 * configuration reach them through the environment. The shards share rate limits, answers, follow-ups
 * and analyses through the store: use a redis:// STORE_URL. When a shard exits, the manager stops the
 * others and exits too, for the service manager (systemd, Docker) to restart the whole bot.
 */
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, ShardingManager, type Shard } from 'discord.js';
import { readConfig } from './config/read-config.js';
import { errorMessage, OPERATOR_MESSAGES, OperatorError, runEntry, TokenRejectedError } from './entry.js';
import { DISCORD_DEFAULTS } from './discord/defaults.js';
import { fetchShardPlan, isReindexMessage, REINDEX_MESSAGE, type ShardPlan } from './discord/gateway/sharding.js';
import { createLogger } from './log.js';

/** The shard script beside this file, in the same form (TypeScript under tsx, or built JavaScript). */
const MAIN = fileURLToPath(new URL(`./main${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));

async function start(): Promise<void> {
  const config = readConfig();
  if (config.shards === 1) {
    await import('./main.js');
    return;
  }
  const log = createLogger({ level: config.logLevel, secrets: [config.discordToken] }).child({ role: 'shard-manager' });
  let plan: ShardPlan;
  try {
    plan = await fetchShardPlan(
      new REST({ api: config.discordApiUrl }).setToken(config.discordToken),
      config.shards,
      DISCORD_DEFAULTS.identifyWindowMs,
    );
  } catch (err) {
    if ((err as { status?: number }).status === 401) throw new TokenRejectedError();
    throw new OperatorError(OPERATOR_MESSAGES.cannotCountShards(errorMessage(err)));
  }
  if (plan.count === 1) {
    await import('./main.js');
    return;
  }
  if (!/^rediss?:/i.test(config.storeUrl)) {
    log.warn({ shards: plan.count }, 'several shards without a redis:// STORE_URL: each shard counts rate limits on its own');
  }

  // Children run with this process's flags, so they load TypeScript the way it does (tsx's loader).
  const manager = new ShardingManager(MAIN, {
    totalShards: plan.count,
    token: config.discordToken,
    execArgv: process.execArgv,
    respawn: false,
  });
  let stopping = false;
  const stop = async (code: number): Promise<never> => {
    stopping = true;
    const children = [...manager.shards.values()].flatMap((s) =>
      s.process && s.process.exitCode === null && s.process.signalCode === null ? [s.process] : [],
    );
    const exited = children.map((child) => once(child, 'exit'));
    for (const s of manager.shards.values()) if (s.process) s.kill();
    await Promise.all(exited);
    process.exit(code);
  };

  const forward = (from: Shard): void => {
    for (const other of manager.shards.values()) {
      if (other === from || !other.process) continue;
      other.send(REINDEX_MESSAGE).catch((err: unknown) => log.warn({ err, shard: other.id }, 'could not ask a shard to re-index'));
    }
  };
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, shards: plan.count }, 'starting shard');
    shard.on('ready', () => log.info({ shard: shard.id }, 'shard ready'));
    shard.on('message', (message: unknown) => {
      if (isReindexMessage(message)) forward(shard);
    });
    shard.on('death', (child) => {
      if (stopping) return;
      const exitCode = 'exitCode' in child ? child.exitCode : null;
      log.fatal({ shard: shard.id, exitCode }, 'a shard exited; stopping the others');
      void stop(exitCode === 0 ? 0 : 1);
    });
  });
  const shutdown = (signal: string): void => {
    log.info({ signal }, 'shutting down');
    void stop(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  try {
    await manager.spawn({ amount: plan.count, delay: plan.spawnDelayMs, timeout: DISCORD_DEFAULTS.shardReadyTimeoutMs });
  } catch (err) {
    if (stopping) return;
    log.fatal({ err }, 'a shard did not start; stopping the others');
    await stop(1);
  }
}

runEntry(start, { readsModels: false });
