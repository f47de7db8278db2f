import type { Message } from 'discord.js';
import { sanitizeQuestion } from '../answer/sanitize-question.js';
import { parseLine } from '../dispatch/line.js';
import type { Coverage } from '../coverage/types.js';
import { hashUserId } from '../store/records/feedback.js';
import { answerQuestion } from './ask.js';
import type { BotContext } from './context.js';
import { checkRateLimit } from './ask.js';
import { formatAnswer } from './format-answer.js';
import { formatHelp } from './format-pages.js';
import { formatSources } from './format-pages.js';
import { noteAsked } from './ask.js';
import { NO_MENTIONS, textPayload, type ReplyPayload } from './replies.js';
import { UserError } from './replies.js';
import { USER_MESSAGES } from './replies.js';

/**
 * The bot's own mention, `<@id>` or the older `<@!id>`. Only this counts as addressing the bot: not a
 * reply to one of its messages, nor a role ping. (Ids are digits, safe in a pattern.)
 */
function botMention(message: Message): RegExp {
  return new RegExp(`<@!?${message.client.user.id}>`, 'g');
}

/** Messages have no 3-second deadline: while the coverage loads, show "typing…" and wait. */
async function waitForCoverage(message: Message, ctx: BotContext): Promise<Coverage> {
  const current = ctx.coverage.current();
  if (current) return current;
  if (message.channel.isSendable()) await message.channel.sendTyping();
  return ctx.coverage.ready();
}

/**
 * The reply to a message, read the way the CLI and REPL read a line (`/when …`, `/sources`, `/help`,
 * else a question): the sources, the answer, or help for anything else (an empty mention, `/help`).
 */
async function replyTo(message: Message, ctx: BotContext): Promise<ReplyPayload> {
  const line = parseLine(message.content.replace(botMention(message), ' '));
  if (line.kind === 'sources') {
    return formatSources(ctx.core.listSources(await waitForCoverage(message, ctx)), 0, ctx.settings);
  }
  if (line.kind !== 'ask' || sanitizeQuestion(line.question, ctx.maxQuestionChars).text === '') {
    return formatHelp(ctx.commands, ctx.maxQuestionChars);
  }
  const userId = message.author.id;
  await checkRateLimit(ctx, userId);
  const coverage = await waitForCoverage(message, ctx);
  // In a DM, "and where?" follows up the user's last question (within the follow-up TTL); a mention in a server stands alone.
  const dm = !message.inGuild();
  const previous = dm ? (await ctx.followUps.recall(userId))?.terms : undefined;
  const answer = await answerQuestion(ctx, coverage, line.question, line.command, previous);
  if (dm) {
    const subject = { question: answer.question, answerType: answer.answerType, terms: answer.subject };
    // Awaited, so that a follow-up sent right after the reply finds it.
    const saved = await ctx.followUps.remember(userId, subject);
    if (!saved) ctx.log.debug({ user: hashUserId(userId) }, 'follow-up subject not saved');
  }
  noteAsked(ctx, answer);
  return formatAnswer({ answer, hint: line.command, page: 0 }, ctx.settings);
}

/**
 * Answers a direct message, or a server message that mentions the bot, as a reply to it. In DMs a
 * question may follow up the user's previous one; mentions in a server stand alone. Neither
 * needs the privileged MessageContent intent: Discord sends the content of DMs and of mentions.
 * Never throws.
 */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.system) return;
  if (message.inGuild() && !botMention(message).test(message.content)) return;
  const meta = { command: 'message', user: hashUserId(message.author.id), guild: message.guildId, channel: message.channelId };
  let payload: ReplyPayload;
  try {
    payload = await replyTo(message, ctx);
  } catch (err) {
    if (!(err instanceof UserError)) ctx.log.error({ err, ...meta }, 'message answer failed');
    payload = textPayload(err instanceof UserError ? err.message : USER_MESSAGES.apology);
  }
  try {
    await message.reply({ ...payload, allowedMentions: NO_MENTIONS });
  } catch (err) {
    ctx.log.error({ err, ...meta }, 'could not send a reply to a message');
  }
}
