import { Client, GatewayIntentBits, Options, Partials, Events } from 'discord.js';
import type { ManagedShard } from './sharding.js';
import { NO_MENTIONS } from './replies.js';
import type { BotContext } from './context.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';

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

/**
 * Wires the handlers to the client's events. Handlers catch their own errors; the last `.catch` and
 * the `error` listener are the backstop, so no event can take the process down.
 */
export function attachBot(client: Client, ctx: BotContext): void {
  const { log } = ctx;
  const backstop = (what: string) => (err: unknown) => log.error({ err, event: what }, 'unhandled error in handler');
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, ctx).catch(backstop('interactionCreate'));
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, ctx).catch(backstop('messageCreate'));
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ discord: message }, 'discord client warning'));
  client.on(Events.ShardError, (err, shard) => log.error({ err, shard }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.Debug, (message) => log.trace({ discord: message }, 'discord debug'));
  client.once(Events.ClientReady, (ready) =>
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, commands: ctx.commands.size }, 'connected to Discord'),
  );
}

export interface StartBotOptions extends ClientOptions {
  token: string;
  ctx: BotContext;
}

/**
 * Creates the client, wires the handlers and logs in. Resolves once the gateway session is up;
 * rejects (with discord.js's TokenInvalid error on a 401) if Discord refuses the token.
 */
export async function startBot(options: StartBotOptions): Promise<Client> {
  const client = createClient({ apiUrl: options.apiUrl, shards: options.shards });
  attachBot(client, options.ctx);
  await client.login(options.token);
  return client;
}
