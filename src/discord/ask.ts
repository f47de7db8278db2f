import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord.js';
import { topicOf, type FollowUp } from '../answer/answer.js';
import { hashUserId } from '../store/records/feedback.js';
import type { BotContext, Command } from './context.js';
import { UserError, coverageFor, sendReply } from './interactions/replies.js';
import { rateLimitNotice, USER_MESSAGES } from '../user-messages.js';
import { ANSWER_TYPES, type Answer, type AskCommand } from '../answer/types.js';
import { asksNothing, sanitizeQuestion } from '../answer/question/sanitize-question.js';
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
 * afresh). A follow-up, asked with what the asker's previous question leaves it (its subject, what it asked), is answered
 * afresh: its answer depends on that question. A store that is down only misses.
 */
export async function answerQuestion(
  ctx: BotContext,
  coverage: Coverage,
  question: string,
  hint: AskCommand | null,
  followUp: FollowUp = {},
): Promise<Answer> {
  const tuning = ctx.answerSettings;
  if (followUp.previous?.length) return ctx.core.answer(coverage, question, hint, { ...followUp, tuning });
  const key = { question, hint: hint ?? undefined, corpusVersion: coverage.version, rankerVersion: tuning.ranker.version };
  const clean = sanitizeQuestion(question, tuning.maxQuestionChars);
  const cached = await ctx.answerCache.get(key);
  if (cached) {
    ctx.log.debug({ hint, version: coverage.version }, 'answer from the cache');
    // Cached under another phrasing of the question ("Who is Peskov?" for "who is peskov"): show the asker's own, with what
    // its message's length made the core say, before what reading the question did ("Read Peskof as Peskov.").
    return { ...cached, question: clean.text, notices: [...clean.notices, ...cached.notices] };
  }
  const answer = ctx.core.answer(coverage, question, hint, { tuning });
  // The cache keeps the notices reading the question gives, which every phrasing sharing the key shares; the notices of
  // the message's length come first (answer() puts sanitizeQuestion's before its own) and belong to this message only.
  const reading = { ...answer, notices: answer.notices.slice(clean.notices.length) };
  // Not awaited: the reply need not wait for the store.
  void ctx.answerCache.set(key, reading).then((saved) => {
    if (!saved) ctx.log.debug({ hint, version: coverage.version }, 'answer not cached');
  });
  return answer;
}

/** Each user's last DM question still being asked (askInDm), which the next one waits for. */
const turns = new Map<string, Promise<unknown>>();

/**
 * Runs `ask` once the user's DM question before it has been answered and remembered, so that questions sent in quick
 * succession are asked in the order they arrived, each recalling the one before, as the REPL's lines are. Otherwise each
 * recalled the store before any remembered: every message sent while the coverage loaded resumed at once when it was
 * ready, and "where?" after "when did they meet?" was answered as if asked first (faults6).
 */
function inTurn<T>(userId: string, ask: () => Promise<T>): Promise<T> {
  const mine = (turns.get(userId) ?? Promise.resolve()).then(ask, ask);
  const done = mine.catch(() => undefined);
  turns.set(userId, done);
  void done.then(() => {
    if (turns.get(userId) === done) turns.delete(userId);
  });
  return mine;
}

/**
 * A question in the user's DM with the bot, the Discord conversation: asked with what the user's last question there
 * left (within the follow-up TTL), whether sent as a message or a slash command, and remembered for the next, as the
 * REPL's and `ask --batch`'s lines are (src/dispatch/line.ts askInConversation). In a server every question stands
 * alone: its reply is public, read by people who did not see the asker's question before.
 */
export async function askInDm(
  ctx: BotContext,
  coverage: Coverage,
  userId: string,
  question: string,
  hint: AskCommand | null,
): Promise<Answer> {
  return inTurn(userId, () => askInTurn(ctx, coverage, userId, question, hint));
}

async function askInTurn(ctx: BotContext, coverage: Coverage, userId: string, question: string, hint: AskCommand | null): Promise<Answer> {
  const recalled = await ctx.followUps.recall(userId);
  // The stored type is a string: only one this version still answers is asked again.
  const previousType = ANSWER_TYPES.find((type) => type === recalled?.answerType);
  const followUp: FollowUp = recalled
    ? {
        previous: recalled.terms,
        previousType,
        previousQuantity: recalled.quantity,
        previousMeasure: recalled.measure,
        previousAboutOne: recalled.aboutOne,
        previousExcerpt: recalled.excerpt,
      }
    : {};
  const answer = await answerQuestion(ctx, coverage, question, hint, followUp);
  const subject = {
    question: answer.question,
    answerType: answer.answerType,
    quantity: answer.quantity,
    measure: answer.measure,
    terms: answer.subject,
    aboutOne: answer.aboutOne,
    excerpt: topicOf(answer),
  };
  // Not awaited: the reply need not wait for a write (held up to opTimeoutMs while another process held the SQLite file;
  // s50 hard14). remember() keeps the subject in this process before it writes, and recall() takes a subject the store
  // has not confirmed from there, so the user's next DM question (in turn after this one) finds it all the same.
  void ctx.followUps.remember(userId, subject).then((saved) => {
    if (!saved) ctx.log.debug({ user: hashUserId(userId) }, 'follow-up subject not saved');
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
      if (asksNothing(raw)) throw new UserError(USER_MESSAGES.emptyQuestion);
      await checkRateLimit(ctx, interaction.user.id);
      const coverage = await coverageFor(interaction, ctx, 'public');
      const inDm = interaction.context === InteractionContextType.BotDM;
      const answer = await (inDm ? askInDm(ctx, coverage, interaction.user.id, raw, name) : answerQuestion(ctx, coverage, raw, name));
      await sendReply(interaction, formatAnswer({ answer, hint: name, page: 0 }, ctx.settings), 'public');
      noteAsked(ctx, answer);
    },
  };
}
