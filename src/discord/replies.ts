import { type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type MessageMentionOptions, MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type RepliableInteraction } from 'discord.js';
import type { Coverage } from '../coverage/types.js';
import type { BotContext } from './context.js';
import { hashUserId } from '../store/records/feedback.js';
import { SEP } from './answer-buttons.js';

/**
 * An error meant for the user: its message is shown to them as is (ephemeral where Discord allows)
 * and it is not logged as a failure. Anything else thrown in a handler is a bug or an outage.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** Short texts shown to users, worded once so every surface says the same thing. */
export const USER_MESSAGES = {
  apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
  emptyQuestion: 'Ask a question in words, for example `/when did Trump and Putin meet`.',
  expiredButton: 'This button belongs to an older answer. Please ask the question again.',
  cannotPage: 'I can no longer page through this answer. Please ask the question again.',
  passageGone: 'That passage is no longer in the coverage. Please ask the question again.',
  unknownCommand: 'I do not know that command. It may have been removed; try `/help`.',
  feedbackSaved: 'Thanks, your feedback was recorded.',
  feedbackFailed: 'Sorry, your feedback could not be saved right now.',
  reindexNotAllowed: 'Only the bot owners and members who can manage this server can re-index the coverage.',
  addNotAllowed: 'Only the bot owners and members who can manage this server can add articles.',
  reindexFailed: 'Re-indexing failed, so I still answer from the previous coverage. The error is in the bot log.',
} as const;

/** The friendly notice for a user over the question limit, with when to try again. */
export function rateLimitNotice(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You are asking quickly. Please wait ${seconds} second${seconds === 1 ? '' : 's'} before the next question.`;
}

/**
 * Pings nobody: user text and article text may hold `@everyone` or `<@id>`, and an answer should
 * never notify anyone. Sent with every message, on top of the client default, so no path forgets it.
 */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** A message as the formatters build it: plain API JSON, so tests can read it without a client. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
}

/** A short text-only message (notices, apologies), within the 2,000-character limit by construction. */
export function textPayload(content: string): ReplyPayload {
  return { content, embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

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

/** What the logs say the interaction was: `when`, `button:m1` (the custom id prefix), … */
export function interactionName(interaction: RepliableInteraction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isButton()) return `button:${interaction.customId.split(SEP)[0]}`;
  return `interaction:${interaction.type}`;
}

/**
 * Answers an interaction whose handler threw. A UserError is shown as is; anything else is logged
 * with its context and answered with a short apology. Never throws: the interaction may have expired
 * or Discord may be down, and that is logged too.
 */
export async function respondWithError(interaction: RepliableInteraction, err: unknown, ctx: BotContext): Promise<void> {
  const meta = {
    command: interactionName(interaction),
    user: hashUserId(interaction.user.id),
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
  const content = err instanceof UserError ? err.message : USER_MESSAGES.apology;
  if (!(err instanceof UserError)) ctx.log.error({ err, ...meta }, 'interaction failed');
  try {
    // A deferred reply (not a deferred update of a clicked message, which must keep its answer) is
    // edited; it keeps the visibility it was deferred with.
    const deferredReply = interaction.deferred && (!interaction.isButton() || interaction.ephemeral === true);
    if (deferredReply && !interaction.replied) {
      await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
    } else if (interaction.deferred || interaction.replied) {
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else {
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  } catch (sendErr) {
    ctx.log.warn({ err: sendErr, ...meta }, 'could not tell the user about a failed interaction');
  }
}
