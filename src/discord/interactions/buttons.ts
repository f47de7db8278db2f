import type { ButtonInteraction } from 'discord.js';
import { buttonPrefix, decodeButton, questionHash, type ButtonState } from '../format/buttons.js';
import { questionFromTitle, textPayload } from '../format/text.js';
import { hashUserId } from '../../store/records/feedback.js';
import { answerQuestion, checkRateLimit } from '../ask.js';
import type { BotContext } from '../context.js';
import { formatAnswer, formatContext } from '../format/answer.js';
import { formatSources } from '../format/pages.js';
import { coverageFor, outcomeDeferringPrivately, sendReply, UserError } from './replies.js';
import { USER_MESSAGES } from '../../user-messages.js';

type Of<K extends ButtonState['kind']> = Extract<ButtonState, { kind: K }>;

/** The question shown on the clicked answer, as written by formatAnswer. */
function shownQuestion(interaction: ButtonInteraction): string | null {
  const title = interaction.message.embeds[0]?.title;
  return title ? questionFromTitle(title) : null;
}

/** More sources / Back: answers the question again and features another excerpt, editing the message. */
async function more(interaction: ButtonInteraction, state: Of<'more'>, ctx: BotContext): Promise<void> {
  const question = shownQuestion(interaction);
  if (question === null || questionHash(question) !== state.questionHash) throw new UserError(USER_MESSAGES.cannotPage);
  await checkRateLimit(ctx, interaction.user.id);
  const coverage = await coverageFor(interaction, ctx, 'update');
  const answer = await answerQuestion(ctx, coverage, question, state.hint);
  await sendReply(interaction, formatAnswer({ answer, hint: state.hint, page: state.page }, ctx.settings), 'update');
}

/** Context: the sentences around the featured excerpt, shown only to the user who asked for them. */
async function context(interaction: ButtonInteraction, state: Of<'context'>, ctx: BotContext): Promise<void> {
  const coverage = await coverageFor(interaction, ctx, 'ephemeral');
  const found = ctx.core.sentenceContext(coverage, state.sentenceId, ctx.settings.contextRadius);
  if (!found) throw new UserError(USER_MESSAGES.passageGone);
  await sendReply(interaction, formatContext(found, ctx.settings), 'ephemeral');
}

/**
 * 👍 / 👎: recorded through the feedback sink; the user learns whether it was saved, once the store has said so (the reply
 * is deferred while the write waits, e.g. for another process's lock on the SQLite file).
 */
async function feedback(interaction: ButtonInteraction, state: Of<'feedback'>, ctx: BotContext): Promise<void> {
  const vote = {
    vote: state.vote,
    question: shownQuestion(interaction) ?? '',
    answerType: state.answerType,
    abstained: state.abstained,
    excerptIds: state.excerptIds,
    userId: interaction.user.id,
    pressedAt: interaction.createdTimestamp,
  };
  const saving = ctx.feedback.record(vote).catch((err: unknown) => {
    ctx.log.error({ err, command: 'button:feedback', user: hashUserId(vote.userId) }, 'feedback not saved');
    return false;
  });
  const saved = await outcomeDeferringPrivately(interaction, ctx, saving, USER_MESSAGES.feedbackRestarting);
  await sendReply(interaction, textPayload(saved ? USER_MESSAGES.feedbackSaved : USER_MESSAGES.feedbackFailed), 'ephemeral');
}

/** /sources paging: edits the list to show another page. */
async function sources(interaction: ButtonInteraction, state: Of<'sources'>, ctx: BotContext): Promise<void> {
  const coverage = await coverageFor(interaction, ctx, 'update');
  await sendReply(interaction, formatSources(ctx.core.listSources(coverage), state.page, ctx.settings), 'update');
}

/**
 * Acts on a click on an answer or /sources button by the state in its custom id. Nothing is looked up in memory, so
 * buttons on messages sent before a restart keep working.
 */
async function answerButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const state = decodeButton(interaction.customId);
  if (!state) throw new UserError(USER_MESSAGES.expiredButton);
  switch (state.kind) {
    case 'more':
      return more(interaction, state, ctx);
    case 'context':
      return context(interaction, state, ctx);
    case 'feedback':
      return feedback(interaction, state, ctx);
    case 'sources':
      return sources(interaction, state, ctx);
  }
}

/** A click on a command's own button goes to that command; the rest are the answer and /sources buttons. */
export function routeButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const prefix = buttonPrefix(interaction.customId);
  const owner = [...ctx.commands.values()].find((c) => c.button?.prefix === prefix);
  return owner?.button ? owner.button.handle(interaction, ctx) : answerButton(interaction, ctx);
}
