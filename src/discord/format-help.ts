import { ASK_COMMANDS } from '../answer/types.js';
import type { Command } from './command.js';
import { NO_MENTIONS, type ReplyPayload } from './reply-payload.js';
import { fitEmbed } from './truncate.js';

/**
 * What the bot does and how to ask, for /help and for a mention or DM with no question. The commands
 * other than the question commands are listed from what is loaded, so help never goes stale.
 */
export function formatHelp(commands: ReadonlyMap<string, Command>, maxQuestionChars: number): ReplyPayload {
  const typed = ASK_COMMANDS.filter((c) => c !== 'ask')
    .map((c) => `\`/${c}\``)
    .join(' ');
  const others = [...commands.values()]
    .filter((c) => !(ASK_COMMANDS as readonly string[]).includes(c.data.name))
    .map((c) => `\`/${c.data.name}\`: ${c.data.description}`)
    .join('\n');
  return {
    embeds: [
      fitEmbed({
        title: 'Ask the coverage',
        description:
          'I answer questions about a fixed collection of news articles (the coverage) by quoting the ' +
          'sentences that answer them, each with its article, outlet, date and link. I never write an ' +
          'answer myself: when the coverage does not say, I tell you so.',
        fields: [
          {
            name: 'Ask',
            value:
              '`/ask` any question.\n' +
              `${typed}: say what kind of answer you want, e.g. \`/when did Trump and Putin meet\`.`,
          },
          {
            name: 'Without slash commands',
            value:
              'Send me a direct message, or mention me in a server: `@bot who is Peskov`. ' +
              'Start with `/when`, `/who`, … to set the kind of answer.',
          },
          {
            name: 'Under each answer',
            value:
              '**More sources**: the next excerpt · **Context**: the sentences around the excerpt · ' +
              '👍 / 👎: whether the answer was right.',
          },
          ...(others ? [{ name: 'More commands', value: others }] : []),
        ],
        footer: { text: `Questions are read up to ${maxQuestionChars} characters.` },
      }),
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
