import { createHash } from 'node:crypto';
import type { ButtonInteraction } from 'discord.js';
import { ANSWER_TYPES, ASK_COMMANDS, type AnswerType, type AskCommand } from '../../answer/types.js';
import { decodeButtonId, encodeButtonId } from '../format/buttons.js';
import { parsePage } from '../format/paging.js';
import { questionFromTitle } from '../format/text.js';
import { hashUserId } from '../../store/records/feedback.js';
import { answerQuestion, checkRateLimit } from '../ask.js';
import type { BotContext } from '../context.js';
import { formatAnswer, formatContext } from '../format/answer.js';
import { formatSources } from '../format/pages.js';
import { coverageFor, sendReply, textPayload, UserError } from './replies.js';
import { USER_MESSAGES } from '../../present/messages.js';

/**
 * What a button needs to act, carried in its custom id so buttons keep working after a restart.
 * `more` re-answers the question read back from the message; the hash proves the read-back is the
 * question that was asked (a long title is cut, and a cut question would answer differently).
 */
export type ButtonState =
  | { kind: 'more'; hint: AskCommand | null; page: number; questionHash: string }
  | { kind: 'context'; sentenceId: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; answerType: AnswerType; abstained: boolean; excerptIds: string[] }
  | { kind: 'sources'; page: number };

/** Versioned prefixes: a future layout gets new ones, and old messages' buttons fail cleanly. */
const PREFIX = { more: 'm1', context: 'c1', feedback: 'f1', sources: 's1' } as const;

/** The prefixes of the answer and /sources buttons; a command's own buttons must use others. */
export const BUILT_IN_PREFIXES: readonly string[] = Object.values(PREFIX);

export function questionHash(question: string): string {
  return createHash('sha256').update(question).digest('base64url').slice(0, 12);
}

/**
 * The custom id for `state`, or null when it would not fit Discord's 100 characters. A vote keeps as
 * many of its excerpt ids as fit, featured first: the vote still counts without the rest.
 */
export function encodeButton(state: ButtonState): string | null {
  switch (state.kind) {
    case 'more':
      return encodeButtonId(PREFIX.more, [state.hint ?? '-', state.page, state.questionHash]);
    case 'context':
      return encodeButtonId(PREFIX.context, [state.sentenceId]);
    case 'feedback': {
      const head = [state.vote === 'up' ? 'u' : 'd', state.answerType, state.abstained ? 'a' : 'x'];
      for (let kept = state.excerptIds.length; kept >= 0; kept--) {
        const id = encodeButtonId(PREFIX.feedback, [...head, state.excerptIds.slice(0, kept).join(',')]);
        if (id !== null) return id;
      }
      return null;
    }
    case 'sources':
      return encodeButtonId(PREFIX.sources, [state.page]);
  }
}

const isOneOf = <T extends string>(values: readonly T[], s: string): s is T => (values as readonly string[]).includes(s);

/** Reads a custom id back; null for anything this version did not write. */
export function decodeButton(id: string): ButtonState | null {
  const more = decodeButtonId(PREFIX.more, id, 3);
  if (more) {
    const [hint, page, hash] = more;
    const p = parsePage(page);
    if ((hint !== '-' && !isOneOf(ASK_COMMANDS, hint)) || p === null || !hash) return null;
    return { kind: 'more', hint: hint === '-' ? null : hint, page: p, questionHash: hash };
  }
  const context = decodeButtonId(PREFIX.context, id, 1);
  if (context) return context[0] ? { kind: 'context', sentenceId: context[0] } : null;
  const feedback = decodeButtonId(PREFIX.feedback, id, 4);
  if (feedback) {
    const [vote, answerType, abstained, ids] = feedback;
    if ((vote !== 'u' && vote !== 'd') || !isOneOf(ANSWER_TYPES, answerType) || (abstained !== 'a' && abstained !== 'x')) return null;
    return {
      kind: 'feedback',
      vote: vote === 'u' ? 'up' : 'down',
      answerType,
      abstained: abstained === 'a',
      excerptIds: ids ? ids.split(',') : [],
    };
  }
  const sources = decodeButtonId(PREFIX.sources, id, 1);
  const p = parsePage(sources?.[0]);
  return p === null ? null : { kind: 'sources', page: p };
}

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
  await sendReply(interaction, formatContext(found), 'ephemeral');
}

/** 👍 / 👎: recorded through the feedback sink; the user learns whether it was saved. */
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
  const saved = await ctx.feedback.record(vote).catch((err: unknown) => {
    ctx.log.error({ err, command: 'button:feedback', user: hashUserId(vote.userId) }, 'feedback not saved');
    return false;
  });
  await sendReply(interaction, textPayload(saved ? USER_MESSAGES.feedbackSaved : USER_MESSAGES.feedbackFailed), 'ephemeral');
}

/** /sources paging: edits the list to show another page. */
async function sources(interaction: ButtonInteraction, state: Of<'sources'>, ctx: BotContext): Promise<void> {
  const coverage = await coverageFor(interaction, ctx, 'update');
  await sendReply(interaction, formatSources(ctx.core.listSources(coverage), state.page, ctx.settings), 'update');
}

/**
 * Routes a button click by the state in its custom id. Nothing is looked up in memory, so buttons on
 * messages sent before a restart keep working.
 */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
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
