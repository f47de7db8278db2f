import type { Answer } from '../answer/types.js';
import type { BotContext } from './bot-context.js';

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
