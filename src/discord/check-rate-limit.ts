import { hashUserId } from '../store/hash-user-id.js';
import type { BotContext } from './bot-context.js';
import { UserError } from './user-error.js';
import { rateLimitNotice } from './user-messages.js';

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
