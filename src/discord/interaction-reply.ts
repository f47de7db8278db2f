import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Coverage } from '../coverage/types.js';
import type { BotContext } from './bot-context.js';
import type { ReplyPayload } from './reply-payload.js';

export type AnsweringInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** How a response appears: a new public message, a new message only the user sees, or an edit of the clicked message. */
export type ReplyMode = 'public' | 'ephemeral' | 'update';

/**
 * The coverage, deferring the response first when it is still loading: Discord drops an interaction
 * not acknowledged within 3 seconds, and building the index at start-up can take longer.
 */
export async function coverageFor(interaction: AnsweringInteraction, ctx: BotContext, mode: ReplyMode): Promise<Coverage> {
  const current = ctx.coverage.current();
  if (current) return current;
  if (mode === 'update' && interaction.isButton()) await interaction.deferUpdate();
  else await interaction.deferReply(mode === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
  return ctx.coverage.ready();
}

/** Sends `payload` as the interaction's response, editing the deferred one when there is one. */
export async function sendReply(interaction: AnsweringInteraction, payload: ReplyPayload, mode: ReplyMode): Promise<void> {
  if (interaction.deferred) {
    await interaction.editReply(payload);
  } else if (mode === 'update' && interaction.isButton()) {
    await interaction.update(payload);
  } else {
    await interaction.reply({ ...payload, ...(mode === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}
