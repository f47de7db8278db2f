import type { Source } from '../coverage/sources.js';
import { pageButtons } from './page-buttons.js';
import { encodeButton } from './custom-id.js';
import type { DiscordSettings } from './discord-defaults.js';
import { escapeText } from './escape.js';
import { articleLink } from './format-citation.js';
import { NO_MENTIONS, type ReplyPayload } from './reply-payload.js';
import { fitEmbed } from './truncate.js';

function sourceLine(entry: Source, n: number): string {
  const { article } = entry;
  const details = [
    article.outlet ? escapeText(article.outlet) : 'outlet unknown',
    article.published ? escapeText(article.published) : 'date unknown',
    `${entry.sentences} sentence${entry.sentences === 1 ? '' : 's'}`,
  ];
  return `**${n}.** ${articleLink(article)}\n${details.join(' · ')}`;
}

/** One page of the articles in the coverage, with Previous / Next buttons when there is more than one page. */
export function formatSources(sources: Source[], page: number, settings: DiscordSettings): ReplyPayload {
  const perPage = settings.sourcesPerPage;
  const pages = Math.max(1, Math.ceil(sources.length / perPage));
  const p = Math.min(Math.max(0, page), pages - 1);
  const shown = sources.slice(p * perPage, (p + 1) * perPage);
  const embed = fitEmbed({
    title: `Sources: ${sources.length} article${sources.length === 1 ? '' : 's'} in the coverage`,
    description:
      shown.length > 0
        ? shown.map((s, i) => sourceLine(s, p * perPage + i + 1)).join('\n\n')
        : 'The coverage is empty: no articles are indexed.',
    footer: {
      text: `Page ${p + 1} of ${pages} · answers are quoted only from these articles`,
    },
  });
  // A page number always fits a custom id.
  const components = pageButtons(p, pages, (to) => encodeButton({ kind: 'sources', page: to })!);
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}
