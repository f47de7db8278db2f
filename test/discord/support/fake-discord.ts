import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/**
 * A small Discord on 127.0.0.1 for driving the real discord.js client: REST under `/api/v10` and a
 * gateway WebSocket. It records every REST call and gateway op, keeps the messages the bot sends so a
 * test can click their buttons, and can be told to fail the next calls to a route or never to answer them.
 * Its gateway keeps each session's dispatches, so an event sent while the connection is down reaches the bot when it
 * resumes, as Discord's does.
 */

export interface RecordedCall {
  method: string;
  /** Decoded path, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Discord's JSON as received; tests read into it freely
  body: any;
  /** The status the fake answered with. */
  status: number;
  /** performance.now() when the request was received. */
  at: number;
}

export interface Failure {
  method: string;
  path: RegExp;
  status: 401 | 429 | 500;
  /** Seconds, sent as the Retry-After header of a 429. */
  retryAfter?: number;
  /** A 429 of the bot's global limit (X-RateLimit-Global), which holds every request bound by it, not one route's. */
  global?: boolean;
  /** How many matching calls fail (default 1). */
  times?: number;
}

/** Calls that are received and recorded but never answered: a REST that hangs instead of failing. */
export interface Stall {
  method: string;
  path: RegExp;
  /** How many matching calls hang (default 1). */
  times?: number;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Discord's JSON as received; tests read into it freely
export type Json = any;

/**
 * A gateway session as Discord keeps it (discord.com/developers/docs/events/gateway, "Resuming"): its shard, the dispatch
 * events sent in it, numbered from 1 (`s`, per session), and its connection while it has one. Events sent while it has
 * none are kept like the others, and a RESUME replays those after the client's last `seq`, in order, then RESUMED.
 */
interface Session {
  shard: [number, number];
  events: { s: number; t: string; payload: string }[];
  ws: WebSocket | null;
}

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** The first entry of `list` for the call's method and path, counted down and dropped after its last time. */
function takeMatching<T extends { method: string; path: RegExp; times: number }>(list: T[], call: RecordedCall): T | undefined {
  const found = list.find((f) => f.method === call.method && f.path.test(call.path));
  if (!found) return undefined;
  found.times -= 1;
  if (found.times <= 0) list.splice(list.indexOf(found), 1);
  return found;
}

/** A real-looking snowflake: milliseconds since Discord's epoch, shifted, plus a counter. */
function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** The shard Discord sends a guild's events to (DMs go to shard 0): `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string | undefined, count: number): number {
  return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A snowflake whose guild would be on `shard` of `count`: its timestamp moved back to the nearest such millisecond. */
function snowflakeOnShard(shard: number, count: number): string {
  const id = BigInt(snowflake());
  const ms = id >> 22n;
  const back = (ms - BigInt(shard) + BigInt(count)) % BigInt(count);
  return (((ms - back) << 22n) | (id & 0x3fffffn)).toString();
}

export interface FakeDiscordOptions {
  /** The shard count GET /gateway/bot recommends (default 1); the server is on the last shard, DMs on shard 0. */
  shards?: number;
  /** GET /gateway/bot's session_start_limit.max_concurrency: how many shards may identify at once (default 1). */
  maxConcurrency?: number;
  /**
   * Refuse an interaction's first response (callback) this long after the interaction was sent, with 404
   * Unknown interaction, as Discord does after 3 s. Off by default: tests on a loaded machine may be slow.
   */
  interactionWindowMs?: number;
}

function user(name: string, bot = false): FakeUser {
  return { id: snowflake(), username: name, global_name: null, discriminator: '0', avatar: null, ...(bot ? { bot } : {}) };
}

/** A plain member's permissions (no Manage Server); ADMIN_PERMISSIONS adds Manage Server (1 << 5). */
const MEMBER_PERMISSIONS = '1071698660929';
export const ADMIN_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | 32n).toString();

/** Discord's usual interval; the client sends its first heartbeat after a random fraction of it. */
const HEARTBEAT_INTERVAL_MS = 41_250;

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly bot = user('coverage-bot', true);
  readonly asker = user('asker');
  readonly guildId: string;
  readonly channelId = snowflake();
  readonly dmChannelId = snowflake();
  readonly calls: RecordedCall[] = [];
  /** Gateway payloads received from the client (IDENTIFY, RESUME, heartbeats), in order. */
  readonly gatewayOps: Json[] = [];
  /** Messages as the fake stores them, by id: the bot's replies, with their current content. */
  readonly messages = new Map<string, Json>();
  readonly shards: number;
  private readonly maxConcurrency: number;
  /** Sessions by id, and the session each connection identified or resumed. */
  private readonly sessions = new Map<string, Session>();
  private readonly sessionOfSocket = new Map<WebSocket, Session>();

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  /** The type of every dispatch sent over a connection, in order. */
  private readonly sent: string[] = [];
  private readonly failures: Required<Failure>[] = [];
  private readonly stalls: Required<Stall>[] = [];
  private readonly waiters: { match: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  private readonly opWaiters: { op: number; resolve: (payload: Json) => void }[] = [];
  /** interaction token → the interaction, its original response message id and the ids of its follow-up messages. */
  private readonly interactions = new Map<string, { data: Json; originalId: string | null; followUpIds: string[]; sentAt: number }>();
  private readonly interactionWindowMs: number;
  private refusedUpgrades = 0;
  /** Gateway connections refused so far (refuseGateway). */
  upgradesRefused = 0;
  private readonly sessionId = randomBytes(16).toString('hex');
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.shards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.interactionWindowMs = options.interactionWindowMs ?? Infinity;
    this.guildId = snowflakeOnShard(this.shards - 1, this.shards);
    // Shaped like a bot token (base64 application id, timestamp, HMAC), so redaction is tested on a realistic one.
    this.token = `${Buffer.from(this.applicationId).toString('base64')}.fake.${randomBytes(20).toString('base64url')}`;
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      if (this.refusedUpgrades > 0) {
        // What Discord's edge answers a client during an outage: an HTTP error page, no WebSocket.
        this.refusedUpgrades -= 1;
        this.upgradesRefused += 1;
        socket.end(
          'HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ncontent-length: 15\r\nconnection: close\r\n\r\n<h1>502</h1>\r\n\r\n',
        );
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Another user, e.g. one per test so per-user rate limits do not carry over. */
  newUser(name = 'reader'): FakeUser {
    return user(name);
  }

  /** The REST base to give discord.js as `rest: { api }`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** What a bot process needs in its environment to reach this fake (the keys of .env.example). */
  env() {
    return { DISCORD_TOKEN: this.token, DISCORD_APPLICATION_ID: this.applicationId, DISCORD_API_URL: this.apiUrl };
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Makes the next `times` calls matching `method` and `path` fail with `status`. */
  failNext(failure: Failure): void {
    this.failures.push({ retryAfter: 0, times: 1, global: false, ...failure });
  }

  /** Makes the next `times` calls matching `method` and `path` hang: recorded with status 0, answered never (until stop). */
  stallNext(stall: Stall): void {
    this.stalls.push({ times: 1, ...stall });
  }

  /** Resolves with the first recorded call from index `from` on that matches (already made, or when it is made). */
  waitForCall(match: (call: RecordedCall) => boolean, from = 0): Promise<RecordedCall> {
    const found = this.calls.slice(from).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** The interaction's first response (its callback) as it reaches the fake. */
  callbackTo(interaction: { id: string; token: string }): Promise<RecordedCall> {
    return this.waitForCall(
      (c) => c.method === 'POST' && c.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`,
    );
  }

  /**
   * The message holding an interaction's answer, once it is sent: its first response, or, when that was a notice only the
   * user sees (an ephemeral reply without embeds: "working on it", which the bot sends for an interaction that waited
   * past its deferral), the first follow-up posted after it. Which of the two a bot sends depends on how busy its machine
   * is, so a test of what the answer says reads it here, by the events, whichever way it came.
   */
  async answerTo(interaction: { id: string; token: string }): Promise<Json> {
    const first = (await this.callbackTo(interaction)).body;
    const notice = first.type === 4 && (Number(first.data?.flags ?? 0) & 64) !== 0 && !(first.data?.embeds?.length > 0);
    if (!notice) return this.responseTo(interaction);
    await this.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/webhooks/${this.applicationId}/${interaction.token}`);
    return this.messages.get(this.interactions.get(interaction.token)!.followUpIds[0]!);
  }

  /** The message an interaction's response created or edited, as it stands now. */
  responseTo(interaction: { token: string }): Json | undefined {
    const id = this.interactions.get(interaction.token)?.originalId;
    return id ? this.messages.get(id) : undefined;
  }

  // ---- gateway -------------------------------------------------------------------------------

  /**
   * Sends a dispatch event in the session of the shard it belongs to (its guild's, or shard 0 for DMs): over its
   * connection, or, while it has none, kept for its RESUME.
   */
  dispatch(t: string, d: Json): void {
    for (const session of this.sessions.values()) {
      const [id, count] = session.shard;
      if (id === shardOf(d.guild_id, count)) this.sendIn(session, t, d);
    }
  }

  /** How many dispatches of type `t` the gateway has sent over a connection (a replay counts again). */
  sentCount(t: string): number {
    return this.sent.filter((sentType) => sentType === t).length;
  }

  /** Closes every gateway connection with `code` (4000: unknown error, which clients resume after). */
  closeGateway(code: number): void {
    for (const ws of this.sockets) ws.close(code, 'closed by the fake');
  }

  /**
   * Drops every gateway connection as a network outage does, with no close frame (the client sees 1006), and answers
   * the next `times` attempts to connect with a 502, as Discord's edge does while the gateway is down (until
   * restoreGateway when Infinity). The sessions stay, and keep what is dispatched meanwhile for their RESUME.
   */
  dropGateway(times: number): void {
    this.refusedUpgrades = times;
    for (const ws of this.sockets) {
      this.detach(ws);
      ws.terminate();
    }
  }

  /** Ends an outage dropGateway began: the next attempt to connect is accepted. */
  restoreGateway(): void {
    this.refusedUpgrades = 0;
  }

  /** Resolves when the client has sent a gateway payload with opcode `op`, counting from index `from`. */
  waitForGatewayOp(op: number, from = 0): Promise<Json> {
    const found = this.gatewayOps.slice(from).find((p) => p.op === op);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.opWaiters.push({ op, resolve }));
  }

  private onConnection(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.detach(ws);
    });
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw));
      this.gatewayOps.push(payload);
      for (const waiter of this.opWaiters.filter((w) => w.op === payload.op)) {
        this.opWaiters.splice(this.opWaiters.indexOf(waiter), 1);
        waiter.resolve(payload);
      }
      this.onGatewayPayload(ws, payload);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } }));
  }

  /** The session no longer has this connection (closed or dropped); what is dispatched in it from now on is kept. */
  private detach(ws: WebSocket): void {
    const session = this.sessionOfSocket.get(ws);
    if (session?.ws === ws) session.ws = null;
    this.sessionOfSocket.delete(ws);
  }

  private attach(ws: WebSocket, session: Session): void {
    session.ws = ws;
    this.sessionOfSocket.set(ws, session);
  }

  /** Numbers a dispatch in its session and sends it over the session's connection, if it has one that is open. */
  private sendIn(session: Session, t: string, d: Json): void {
    const s = session.events.length + 1;
    const payload = JSON.stringify({ op: 0, t, s, d });
    session.events.push({ s, t, payload });
    this.sendOver(session.ws, t, payload);
  }

  private sendOver(ws: WebSocket | null, t: string, payload: string): void {
    if (ws?.readyState !== WebSocket.OPEN) return;
    ws.send(payload);
    this.sent.push(t);
  }

  private onGatewayPayload(ws: WebSocket, payload: Json): void {
    switch (payload.op) {
      case 1: // heartbeat
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2: {
        // identify
        if (payload.d.token !== this.token) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        const shard: [number, number] = payload.d.shard ?? [0, 1];
        const sessionId = `${this.sessionId}-${shard[0]}`;
        const hasGuild = shardOf(this.guildId, shard[1]) === shard[0];
        // A new session: its events are numbered from 1 again.
        const session: Session = { shard, events: [], ws: null };
        this.sessions.set(sessionId, session);
        this.attach(ws, session);
        this.sendIn(session, 'READY', {
          v: 10,
          user: { ...this.bot, verified: true, mfa_enabled: false, flags: 0 },
          guilds: hasGuild ? [{ id: this.guildId, unavailable: true }] : [],
          session_id: sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: this.applicationId, flags: 0 },
        });
        if (hasGuild) this.sendIn(session, 'GUILD_CREATE', this.guild());
        break;
      }
      case 6: {
        // resume: "the Gateway will send the missed events in order, finishing with a Resumed event"
        const session = this.sessions.get(payload.d.session_id);
        if (payload.d.token !== this.token || !session) {
          ws.send(JSON.stringify({ op: 9, d: false }));
          return;
        }
        this.attach(ws, session);
        for (const missed of session.events) if (missed.s > payload.d.seq) this.sendOver(ws, missed.t, missed.payload);
        this.sendIn(session, 'RESUMED', {});
        break;
      }
      default:
        break;
    }
  }

  private guild(): Json {
    return {
      id: this.guildId,
      name: 'Newsroom',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.asker.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: '1071698660929',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [this.textChannel()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private textChannel(): Json {
    return {
      id: this.channelId,
      type: 0,
      guild_id: this.guildId,
      name: 'news',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      rate_limit_per_user: 0,
      last_message_id: null,
    };
  }

  private dmChannel(of: FakeUser): Json {
    return { id: this.dmChannelId, type: 1, last_message_id: null, flags: 0, recipients: [of] };
  }

  private member(of: FakeUser, permissions = MEMBER_PERMISSIONS): Json {
    return {
      user: of,
      nick: null,
      avatar: null,
      roles: [],
      joined_at: new Date().toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      permissions,
    };
  }

  /** Where an interaction or message happens: a server channel, or the asker's DM with the bot. */
  private place(dm: boolean, from: FakeUser, permissions?: string): Json {
    return dm
      ? { channel_id: this.dmChannelId, channel: this.dmChannel(from), user: from, context: 1 }
      : {
          guild_id: this.guildId,
          channel_id: this.channelId,
          channel: this.textChannel(),
          member: this.member(from, permissions),
          guild_locale: 'en-US',
          context: 0,
        };
  }

  private interaction(
    type: number,
    data: Json,
    dm: boolean,
    from: FakeUser,
    extra: Json = {},
    permissions?: string,
  ): { id: string; token: string } {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
    const payload = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data,
      locale: 'en-US',
      app_permissions: '1071698660929',
      entitlements: [],
      authorizing_integration_owners: {},
      attachment_size_limit: 10_485_760,
      ...this.place(dm, from, permissions),
      ...extra,
    };
    this.interactions.set(token, { data: payload, originalId: extra.message?.id ?? null, followUpIds: [], sentAt: performance.now() });
    this.dispatch('INTERACTION_CREATE', payload);
    return { id, token };
  }

  /** A user runs a slash command, e.g. `/when question: did they meet`; `permissions` are the member's in the server. */
  command(
    name: string,
    options: Record<string, string>,
    { dm = false, from = this.asker, permissions = undefined as string | undefined } = {},
  ): { id: string; token: string } {
    return this.interaction(
      2,
      {
        id: snowflake(),
        name,
        type: 1,
        options: Object.entries(options).map(([key, value]) => ({ name: key, type: 3, value })),
      },
      dm,
      from,
      {},
      permissions,
    );
  }

  /** A user types into an option registered with `autocomplete: true`. */
  autocomplete(name: string, option: string, typed: string, { dm = false, from = this.asker } = {}): { id: string; token: string } {
    return this.interaction(
      4,
      { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] },
      dm,
      from,
    );
  }

  /** A user clicks the button with `customId` on a message the bot sent. */
  click(message: Json, customId: string, { from = this.asker } = {}): { id: string; token: string } {
    return this.interaction(3, { custom_id: customId, component_type: 2 }, !message.guild_id, from, { message });
  }

  /** A user posts a message: in the DM with the bot, or in the server channel. */
  post(content: string, { dm = false, from = this.asker, mentions = [] as FakeUser[] } = {}): string {
    const id = snowflake();
    const place = this.place(dm, from);
    this.dispatch('MESSAGE_CREATE', {
      ...this.message({ id, channel_id: place.channel_id, author: from, content }),
      ...(dm ? { channel_type: 1 } : { guild_id: this.guildId, member: this.member(from), channel_type: 0 }),
      mentions,
    });
    return id;
  }

  // ---- REST ----------------------------------------------------------------------------------

  private message(fields: Json): Json {
    return {
      type: 0,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...fields,
    };
  }

  private botMessage(channelId: string, body: Json, extra: Json = {}): Json {
    const message = this.message({
      id: snowflake(),
      channel_id: channelId,
      author: this.bot,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      flags: body?.flags ?? 0,
      ...(channelId === this.channelId ? { guild_id: this.guildId } : {}),
      ...extra,
    });
    this.messages.set(message.id, message);
    return message;
  }

  private edit(id: string, body: Json): Json | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
      if (body?.[key] !== undefined) message[key] = body[key];
    }
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body: raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw || undefined,
      status: 0,
      at,
    };
    if (this.stalled(call)) {
      this.record(call);
      return;
    }
    const [status, json, headers] = this.route(call, req.headers.authorization);
    call.status = status;
    res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
    res.end(json === undefined ? undefined : JSON.stringify(json));
    this.record(call);
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  private stalled(call: RecordedCall): boolean {
    return takeMatching(this.stalls, call) !== undefined;
  }

  private injectedFailure(call: RecordedCall): [number, Json, Record<string, string>] | null {
    const failure = takeMatching(this.failures, call);
    if (!failure) return null;
    switch (failure.status) {
      case 429:
        return [
          429,
          // The body says 60 s on purpose: discord.js must wait for the header, not the body.
          { message: 'You are being rate limited.', retry_after: 60, global: failure.global },
          {
            'retry-after': String(failure.retryAfter),
            'x-ratelimit-scope': failure.global ? 'global' : 'user',
            ...(failure.global ? { 'x-ratelimit-global': 'true' } : {}),
          },
        ];
      case 401:
        return [401, { message: '401: Unauthorized', code: 0 }, {}];
      case 500:
        return [500, { message: '500: Internal Server Error', code: 0 }, {}];
    }
  }

  private route(call: RecordedCall, authorization: string | undefined): [number, Json, Record<string, string>] {
    const failed = this.injectedFailure(call);
    if (failed) return failed;
    const p = call.path.replace(/^\/api\/v10/, '');
    const botAuth = authorization === `Bot ${this.token}`;
    let m: RegExpExecArray | null;

    if (call.method === 'GET' && p === '/gateway/bot') {
      if (!botAuth) return [401, { message: '401: Unauthorized', code: 0 }, {}];
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.shards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.maxConcurrency },
        },
        {},
      ];
    }
    if (call.method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p))) {
      if (!botAuth) return [401, { message: '401: Unauthorized', code: 0 }, {}];
      const [, app, guild] = m;
      return [
        200,
        (call.body as Json[]).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: app,
          version: snowflake(),
          ...(guild ? { guild_id: guild } : {}),
        })),
        {},
      ];
    }
    if (call.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p))) {
      return this.callback(m[2], call.body);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(p))) {
      const entry = this.interactions.get(m[2]);
      const id = m[3] === '@original' ? entry?.originalId : m[3];
      if (!entry || !id) return [404, { message: 'Unknown Webhook', code: 10015 }, {}];
      if (call.method === 'PATCH') {
        const edited = this.edit(id, call.body);
        return edited ? [200, edited, {}] : [404, { message: 'Unknown Message', code: 10008 }, {}];
      }
      if (call.method === 'GET') return [200, this.messages.get(id), {}];
      if (call.method === 'DELETE') {
        this.messages.delete(id);
        return [204, undefined, {}];
      }
    }
    if (call.method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(p))) {
      const entry = this.interactions.get(m[2]);
      if (!entry) return [404, { message: 'Unknown Webhook', code: 10015 }, {}];
      const message = this.botMessage(entry.data.channel_id, call.body, {
        webhook_id: this.applicationId,
        application_id: this.applicationId,
      });
      entry.followUpIds.push(message.id);
      return [200, message, {}];
    }
    if (call.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(p))) {
      if (!botAuth) return [401, { message: '401: Unauthorized', code: 0 }, {}];
      const reference = call.body?.message_reference;
      return [200, this.botMessage(m[1], call.body, reference ? { type: 19, message_reference: reference } : {}), {}];
    }
    if (call.method === 'POST' && /^\/channels\/(\d+)\/typing$/.test(p)) return [204, undefined, {}];
    return [404, { message: '404: Not Found', code: 0 }, {}];
  }

  /** Interaction responses: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete choices. */
  private callback(token: string, body: Json): [number, Json, Record<string, string>] {
    const entry = this.interactions.get(token);
    if (!entry || performance.now() - entry.sentAt > this.interactionWindowMs)
      return [404, { message: 'Unknown interaction', code: 10062 }, {}];
    const channelId = entry.data.channel_id;
    switch (body.type) {
      case 4:
      case 5:
        entry.originalId = this.botMessage(channelId, body.data ?? {}, {
          interaction_metadata: {
            id: entry.data.id,
            type: entry.data.type,
            user: entry.data.user ?? entry.data.member.user,
            authorizing_integration_owners: {},
          },
        }).id;
        break;
      case 6:
        break;
      case 7:
        if (entry.originalId) this.edit(entry.originalId, body.data);
        break;
      case 8:
        break;
      default:
        return [400, { message: 'Invalid interaction response type', code: 50035 }, {}];
    }
    return [204, undefined, {}];
  }
}
