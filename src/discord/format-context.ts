import type { SentenceContext } from '../coverage/context.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { formatCitation } from './format-citation.js';
import { formatHighlighted } from './format-highlight.js';
import { NO_MENTIONS, type ReplyPayload } from './reply-payload.js';
import { fitEmbed } from './truncate.js';

/** The excerpt in bold among the sentences around it, with the article it comes from. */
export function formatContext(context: SentenceContext): ReplyPayload {
  const citation = `— ${formatCitation(context.article)}`;
  const quote = formatHighlighted(
    {
      before: context.before.map((s) => `${s} `).join(''),
      highlight: context.sentence,
      after: context.after.map((s) => ` ${s}`).join(''),
    },
    DISCORD_LIMITS.embedDescription - citation.length - 1,
  );
  return {
    embeds: [fitEmbed({ title: 'Context', description: `${quote}\n${citation}` })],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
