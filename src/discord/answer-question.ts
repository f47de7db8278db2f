import { sanitizeQuestion } from '../answer/sanitize-question.js';
import type { Answer, AskCommand } from '../answer/types.js';
import type { Coverage } from '../coverage/types.js';
import type { BotContext } from './bot-context.js';

/**
 * The core's answer to a question, through the answer cache the store shares between processes (keyed by
 * question, hint and coverage version, so a re-index starts afresh). A follow-up, asked with the subject
 * of the asker's previous question, is answered afresh: its answer depends on that subject. A store that
 * is down only misses.
 */
export async function answerQuestion(
  ctx: BotContext,
  coverage: Coverage,
  question: string,
  hint: AskCommand | null,
  previous: readonly string[] = [],
): Promise<Answer> {
  if (previous.length > 0) return ctx.core.answer(coverage, question, hint, { previous });
  const key = { question, hint: hint ?? undefined, corpusVersion: coverage.version };
  const cached = await ctx.answerCache.get(key);
  if (cached) {
    ctx.log.debug({ hint, version: coverage.version }, 'answer from the cache');
    // Cached under another phrasing of the question ("Who is Peskov?" for "who is peskov"): show the asker's own.
    const clean = sanitizeQuestion(question, ctx.maxQuestionChars);
    return { ...cached, question: clean.text, notices: clean.notices };
  }
  const answer = ctx.core.answer(coverage, question, hint);
  // Not awaited: the reply need not wait for the store.
  void ctx.answerCache.set(key, answer).then((saved) => {
    if (!saved) ctx.log.debug({ hint, version: coverage.version }, 'answer not cached');
  });
  return answer;
}
