import { Events, type Client } from 'discord.js';
import type { BotContext } from './bot-context.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';

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
