import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { ManagedShard } from './managed-shard.js';
import { NO_MENTIONS } from './reply-payload.js';

export interface ClientOptions {
  /** REST base without the version, e.g. `https://discord.com/api` (a loopback fake in tests). */
  apiUrl: string;
  /** Shards this process runs: all of `'auto'` or of a count, or the one the shard manager gave it. */
  shards: 'auto' | number | ManagedShard;
}

function shardOptions(shards: ClientOptions['shards']): { shards: 'auto' | number[]; shardCount?: number } {
  if (shards === 'auto') return { shards: 'auto' };
  if (typeof shards === 'number') return { shards: [...Array(shards).keys()], shardCount: shards };
  return { shards: [shards.id], shardCount: shards.count };
}

/**
 * The discord.js client with only the intents the bot needs: Guilds (interactions and channels),
 * GuildMessages (mentions of the bot) and DirectMessages. The privileged MessageContent intent is not
 * needed, since Discord includes the content of DMs and of messages that mention the bot.
 */
export function createClient(options: ClientOptions): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until a message arrives; without this partial DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { api: options.apiUrl },
    ...shardOptions(options.shards),
    // The bot never reads message history, so caching messages only costs memory.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
}
