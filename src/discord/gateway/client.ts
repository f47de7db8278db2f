import { Client, GatewayDispatchEvents, GatewayIntentBits, Options, Partials, Events, type RateLimitData } from 'discord.js';
import type { ManagedShard } from './sharding.js';
import { NO_MENTIONS } from '../format/text.js';
import type { BotContext } from '../context.js';
import { DISCORD_DEFAULTS } from '../defaults.js';
import { handleInteraction } from '../interactions/handle-interaction.js';
import { handleMessage } from '../messages.js';
import { errorMessage } from '../../entry.js';

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
function createClient(options: ClientOptions, ctx: BotContext): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until a message arrives; without this partial DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { api: options.apiUrl, rejectOnRateLimit: refuseLongWaits(ctx) },
    ...shardOptions(options.shards),
    // The bot never reads message history, so caching messages only costs memory.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
}

/** @discordjs/rest's route of every interaction's first response (its callback), whatever the interaction. */
const CALLBACK_ROUTE = '/interactions/:id/:token/callback';

/**
 * discord.js's `rejectOnRateLimit` (@discordjs/rest RESTOptions): asked before it waits out a rate limit, whether on a 429
 * or for a bucket it knows is exhausted. A wait past DISCORD_DEFAULTS.longestRateLimitWaitMs could deliver nothing (an
 * interaction's token is dead by then), nor one on a first response (the callback) past the interaction's window
 * (admission.expireAfterMs: Discord refuses a callback after 3 s), so the request fails at once with a RateLimitError
 * (replies.ts answers nothing more on that route) and the wait is logged in words, once per interval with a count;
 * shorter waits are sat out. A callback's 20 s wait was sat out, holding the interaction's admission slot for 20 s to
 * send what Discord would refuse (s50 hard14).
 */
function refuseLongWaits(ctx: BotContext): (limit: RateLimitData) => boolean {
  return (limit) => {
    const firstResponse = limit.route === CALLBACK_ROUTE;
    const longestMs = firstResponse ? DISCORD_DEFAULTS.admission.expireAfterMs : DISCORD_DEFAULTS.longestRateLimitWaitMs;
    if (limit.retryAfter <= longestMs) return false;
    const waitS = Math.round(limit.retryAfter / 1000);
    const said = firstResponse
      ? `Discord asked the bot to wait ${waitS} s before an interaction's first response, past its 3 s window: ` +
        'the response was dropped, not held'
      : `Discord asked the bot to wait ${Math.round(limit.retryAfter / 60_000)} min before sending, longer than an interaction's ` +
        '15 minutes: the request was dropped, not held';
    ctx.failures.note(firstResponse ? 'rate-limit-past-window' : 'rate-limit-too-long', (suppressed) =>
      ctx.log.warn(
        { method: limit.method, route: limit.route, waitS, global: limit.global, scope: limit.scope, othersNotLogged: suppressed },
        said,
      ),
    );
    return true;
  };
}

/**
 * Gateway close codes after which Discord will not take the session back and discord.js stops
 * reconnecting (Discord's gateway close event codes), with what the operator must do.
 */
const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [4004, 'authentication failed (4004): the token was reset or revoked; set a valid DISCORD_TOKEN'],
  [4010, 'invalid shard (4010): check SHARDS'],
  [4011, 'sharding required (4011): set SHARDS=auto'],
  [4012, 'invalid API version (4012): update discord.js'],
  [4013, 'invalid intents (4013)'],
  [4014, 'disallowed intents (4014): enable the intents the bot asks for in the Developer Portal, or remove them'],
]);

/** The one line an operator reads when the gateway closed for good. */
export function fatalCloseLine(code: number): string {
  return `Discord closed the gateway for good: ${FATAL_CLOSES.get(code) ?? `code ${code}`}. The bot cannot run without it and stops.`;
}

/**
 * When an interaction arrived, on the performance.now() clock: Discord's creation time (its snowflake), so
 * the time the event spent queued before this process read it (a busy event loop) counts towards its age,
 * unless the clocks disagree by more than DISCORD_DEFAULTS.clockSkewMs. An interaction `replayed` on a RESUME (sent
 * while the gateway was down: Discord sends the session's missed events before RESUMED) is as old as its snowflake says
 * however old that is: taken for clock skew, one sent more than 10 s before the resume was answered as new, its answer
 * built and sent, and refused by Discord (s53 hard17; test/discord/gateway/resume-replay.test.ts).
 */
function arrivalOf(createdTimestamp: number, replayed: boolean): number {
  const now = performance.now();
  const age = Date.now() - createdTimestamp;
  return age >= 0 && (replayed || age < DISCORD_DEFAULTS.clockSkewMs) ? now - age : now;
}

/**
 * Wires the handlers to the client's events. Handlers catch their own errors; the last `.catch` and
 * the `error` listener are the backstop, so no event can take the process down.
 */
function attachBot(client: Client, ctx: BotContext, onFatalClose: (code: number) => void = () => undefined): void {
  const { log } = ctx;
  const backstop = (what: string) => (err: unknown) => log.error({ err, event: what }, 'unhandled error in handler');
  // The shards whose connection closed and that have not yet resumed (RESUMED) or started a new session (READY): the
  // events they get meanwhile are the session's missed events, replayed. Tracked by the dispatches themselves, which
  // discord.js emits in the order they came: a shard's own status is Ready again before the events replayed ahead of
  // RESUMED are emitted (@discordjs/ws reads each message asynchronously and sets it on reading RESUMED).
  const resuming = new Set<number>();
  client.on(Events.ShardReconnecting, (shard) => resuming.add(shard));
  for (const ended of [GatewayDispatchEvents.Resumed, GatewayDispatchEvents.Ready]) {
    client.ws.on(ended, (_data, shard) => resuming.delete(shard));
  }
  client.on(Events.InteractionCreate, (interaction) => {
    const replayed = resuming.size > 0;
    handleInteraction(interaction, ctx, arrivalOf(interaction.createdTimestamp, replayed)).catch(backstop('interactionCreate'));
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, ctx).catch(backstop('messageCreate'));
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ discord: message }, 'discord client warning'));
  // While Discord's gateway is down, discord.js tries again every half second or so, each refusal an error ("Unexpected
  // server response: 502"): one line per interval per error, with a count, not thousands of stacks per outage hour.
  client.on(Events.ShardError, (err, shard) =>
    ctx.failures.note(`gateway:${errorMessage(err)}`, (suppressed) =>
      log.error({ err, shard, othersNotLogged: suppressed }, 'gateway connection error'),
    ),
  );
  client.on(Events.ShardDisconnect, (event, shard) => {
    // discord.js emits this only for closes it will not reconnect after: the process would stay up deaf.
    log.fatal({ code: event.code, shard }, 'gateway closed for good');
    if (FATAL_CLOSES.has(event.code)) onFatalClose(event.code);
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.Debug, (message) => log.trace({ discord: message }, 'discord debug'));
  client.once(Events.ClientReady, (ready) =>
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, commands: ctx.commands.size }, 'connected to Discord'),
  );
}

export interface StartBotOptions extends ClientOptions {
  token: string;
  ctx: BotContext;
  /** A gateway close Discord will not resume after (FATAL_CLOSES): the composition root ends the process. */
  onFatalClose?: (code: number) => void;
}

/**
 * Creates the client, wires the handlers and logs in. Resolves once the gateway session is up;
 * rejects (with discord.js's TokenInvalid error on a 401) if Discord refuses the token.
 */
export async function startBot(options: StartBotOptions): Promise<Client> {
  const client = createClient({ apiUrl: options.apiUrl, shards: options.shards }, options.ctx);
  attachBot(client, options.ctx, options.onFatalClose);
  await client.login(options.token);
  return client;
}
