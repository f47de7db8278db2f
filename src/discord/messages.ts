import type { Message } from 'discord.js';
import { dispatchLine } from '../dispatch/line.js';
import type { Answer, AskCommand } from '../answer/types.js';
import type { Coverage } from '../coverage/types.js';
import { hashUserId } from '../store/records/feedback.js';
import { answerQuestion, askInDm, checkRateLimit, noteAsked } from './ask.js';
import type { BotContext } from './context.js';
import { formatAnswer } from './format/answer.js';
import { formatHelp, formatQuotesPage, formatSources, formatTimelinePage } from './format/pages.js';
import { UserError } from './interactions/replies.js';
import { NO_MENTIONS, textPayload, type ReplyPayload } from './format/text.js';
import { USER_MESSAGES } from '../user-messages.js';
import { errorMessage } from '../entry.js';

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
 * The reply to a message, read by the dispatcher every text surface shares (`/when …`, `/timeline`, `/quotes`,
 * `/sources`, `/help`, else a question); help for anything that asks nothing (an empty mention, `/quit`).
 */
async function replyTo(message: Message, ctx: BotContext): Promise<ReplyPayload> {
  const userId = message.author.id;
  // A DM is the user's conversation with the bot (askInDm); a mention in a server stands alone.
  const dm = !message.inGuild();
  const ask = async (question: string, command: AskCommand | null): Promise<Answer> => {
    await checkRateLimit(ctx, userId);
    const coverage = await waitForCoverage(message, ctx);
    const answer = await (dm ? askInDm(ctx, coverage, userId, question, command) : answerQuestion(ctx, coverage, question, command));
    noteAsked(ctx, answer);
    return answer;
  };
  const input = message.content.replace(botMention(message), ' ');
  const reply = await dispatchLine(input, { coverage: () => waitForCoverage(message, ctx), ask });
  switch (reply.kind) {
    case 'answer':
      return formatAnswer({ answer: reply.answer, hint: reply.command, page: 0 }, ctx.settings);
    case 'timeline':
      return formatTimelinePage(reply.timeline, 0, ctx.settings);
    case 'quotes':
      return formatQuotesPage(reply.selection, 0, ctx.settings);
    case 'sources':
      return formatSources(reply.sources, 0, ctx.settings);
    case 'help':
    case 'quit':
    case 'empty':
    case 'unknown':
      return formatHelp(ctx.commands, ctx.answerSettings.maxQuestionChars);
  }
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
  // Repeats are logged once per interval with a count, as an interaction's are (replies.ts): while Discord refuses replies
  // (500s, an outage) every DM and mention failed with a stack of its own (hard11).
  const logFailure = (kind: string, err: unknown, what: string): void =>
    ctx.failures.note(`${kind}:${errorMessage(err)}`, (suppressed) => ctx.log.error({ err, ...meta, othersNotLogged: suppressed }, what));
  let payload: ReplyPayload;
  try {
    payload = await replyTo(message, ctx);
  } catch (err) {
    if (!(err instanceof UserError)) logFailure('message-failed', err, 'message answer failed');
    payload = textPayload(err instanceof UserError ? err.message : USER_MESSAGES.apology);
  }
  try {
    await message.reply({ ...payload, allowedMentions: NO_MENTIONS });
  } catch (err) {
    logFailure('message-reply', err, 'could not send a reply to a message');
  }
}
