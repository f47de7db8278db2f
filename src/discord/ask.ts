import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { hashUserId } from '../store/records/feedback.js';
import type { BotContext, Command } from './context.js';
import { UserError, coverageFor, sendReply } from './interactions/replies.js';
import { rateLimitNotice, USER_MESSAGES } from '../present/messages.js';
import type { Answer, AnswerType, AskCommand } from '../answer/types.js';
import { sanitizeQuestion } from '../answer/question/sanitize-question.js';
import type { Coverage } from '../coverage/types.js';
import { ANSWER_DEFAULTS } from '../answer/defaults.js';
import { EVERYWHERE } from './commands.js';
import { formatAnswer } from './format/answer.js';

/**
 * Counts a question against the user's limit; throws a UserError with the friendly notice when over.
 * A limiter that fails lets the question through (logged): losing a limit check costs less than
 * losing an answer. (The store's limiter bounds its own wait, so a slow store cannot eat the 3 s.)
 */
export async function checkRateLimit(ctx: BotContext, userId: string): Promise<void> {
  if (ctx.ownerIds.has(userId)) return;
  let verdict: { ok: boolean; retryAfterMs: number };
  try {
    verdict = await ctx.rateLimiter.take(userId);
  } catch (err) {
    ctx.log.warn({ err, user: hashUserId(userId) }, 'rate limit check failed; question let through');
    return;
  }
  if (!verdict.ok) throw new UserError(rateLimitNotice(verdict.retryAfterMs));
}

/**
 * Counts an answered question for the feedback summary (votes per question asked). Runs after the
 * reply and is not awaited by it: a slow or failing store must never delay or break an answer.
 */
export function noteAsked(ctx: BotContext, answer: Answer): void {
  const asked = { question: answer.question, answerType: answer.answerType, abstained: answer.abstained };
  ctx.feedback.recordAsked(asked).then(
    (saved) => {
      if (!saved) ctx.log.debug({ answerType: asked.answerType }, 'asked question not counted');
    },
    (err: unknown) => ctx.log.warn({ err }, 'asked question not counted'),
  );
}

/**
 * The core's answer to a question, through the answer cache the store shares between processes (keyed by
 * question, hint, coverage version and the ranker the core answers with, so a re-index or new weights start
 * afresh). A follow-up, asked with the subject of the asker's previous question (and what it asked), is answered
 * afresh: its answer depends on that subject. A store that is down only misses.
 */
export async function answerQuestion(
  ctx: BotContext,
  coverage: Coverage,
  question: string,
  hint: AskCommand | null,
  previous: readonly string[] = [],
  previousType?: AnswerType,
): Promise<Answer> {
  const tuning = ctx.answerSettings;
  if (previous.length > 0) return ctx.core.answer(coverage, question, hint, { previous, previousType, tuning });
  const key = { question, hint: hint ?? undefined, corpusVersion: coverage.version, rankerVersion: tuning.ranker.version };
  const cached = await ctx.answerCache.get(key);
  if (cached) {
    ctx.log.debug({ hint, version: coverage.version }, 'answer from the cache');
    // Cached under another phrasing of the question ("Who is Peskov?" for "who is peskov"): show the asker's own.
    const clean = sanitizeQuestion(question, tuning.maxQuestionChars);
    return { ...cached, question: clean.text, notices: clean.notices };
  }
  const answer = ctx.core.answer(coverage, question, hint, { tuning });
  // Not awaited: the reply need not wait for the store.
  void ctx.answerCache.set(key, answer).then((saved) => {
    if (!saved) ctx.log.debug({ hint, version: coverage.version }, 'answer not cached');
  });
  return answer;
}

/**
 * A question command: `/when did they meet` asks "did they meet" with the hint `when`. The seven
 * commands differ only in name and description, so each file in commands/ is one call to this.
 */
export function createAskCommand(name: AskCommand, description: string): Command {
  return {
    data: {
      type: ApplicationCommandType.ChatInput,
      name,
      description,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'question',
          description: 'Your question about the coverage',
          required: true,
          // Discord enforces the core's question length in the client, before anything is sent.
          max_length: ANSWER_DEFAULTS.maxQuestionChars,
        },
      ],
      ...EVERYWHERE,
    },
    async execute(interaction, ctx) {
      const raw = interaction.options.getString('question', true);
      if (sanitizeQuestion(raw, ctx.answerSettings.maxQuestionChars).text === '') throw new UserError(USER_MESSAGES.emptyQuestion);
      await checkRateLimit(ctx, interaction.user.id);
      const coverage = await coverageFor(interaction, ctx, 'public');
      const answer = await answerQuestion(ctx, coverage, raw, name);
      await sendReply(interaction, formatAnswer({ answer, hint: name, page: 0 }, ctx.settings), 'public');
      noteAsked(ctx, answer);
    },
  };
}
