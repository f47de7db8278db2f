import type { Message } from 'discord.js';
import { sanitizeQuestion } from '../answer/sanitize-question.js';
import type { Coverage } from '../coverage/types.js';
import type { BotContext } from './bot-context.js';
import { checkRateLimit } from './check-rate-limit.js';
import { formatAnswer } from './format-answer.js';
import { formatHelp } from './format-help.js';
import { formatSources } from './format-sources.js';
import { NO_MENTIONS, textPayload, type ReplyPayload } from './reply-payload.js';
import { UserError } from './user-error.js';
import { USER_MESSAGES } from './user-messages.js';

/** True when the message names the bot itself (`<@id>`), not merely replies to it or pings a role. */
function mentionsBot(content: string, botId: string): boolean {
  return content.includes(`<@${botId}>`) || content.includes(`<@!${botId}>`);
}

/** Messages have no 3-second deadline: while the coverage loads, show "typing…" and wait. */
async function waitForCoverage(message: Message, ctx: BotContext): Promise<Coverage> {
  const current = ctx.coverage.current();
  if (current) return current;
  if (message.channel.isSendable()) await message.channel.sendTyping();
  return ctx.coverage.ready();
}

/** The reply to a message: help for an empty one or "help", the sources for "sources", else the answer. */
async function replyTo(message: Message, ctx: BotContext): Promise<ReplyPayload> {
  const raw = message.content;
  const clean = sanitizeQuestion(raw, ctx.maxQuestionChars);
  const word = clean.text.toLowerCase().replace(/^\//, '');
  if (clean.text === '' || word === 'help') return formatHelp(ctx.settings, ctx.maxQuestionChars);
  if (word === 'sources') return formatSources(ctx.core.listSources(await waitForCoverage(message, ctx)), 0, ctx.settings);
  await checkRateLimit(ctx, message.author.id);
  const coverage = await waitForCoverage(message, ctx);
  // The raw text goes to the core, which strips the mention and reads a leading `/when` itself;
  // the command is kept here only so the paging buttons re-ask with the same hint.
  const answer = ctx.core.answer(coverage, raw, clean.command);
  return formatAnswer({ answer, hint: clean.command, page: 0 }, ctx.settings);
}

/**
 * Answers a direct message, or a server message that mentions the bot, as a reply to it. Neither
 * needs the privileged MessageContent intent: Discord sends the content of DMs and of mentions.
 * Never throws.
 */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.system) return;
  if (message.inGuild() && !mentionsBot(message.content, message.client.user.id)) return;
  const meta = { command: 'message', user: message.author.id, guild: message.guildId, channel: message.channelId };
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
