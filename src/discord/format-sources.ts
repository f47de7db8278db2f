import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import { encodeButton } from './custom-id.js';
import type { Source } from '../coverage/sources.js';
import type { DiscordSettings } from './defaults.js';
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

function pageButton(page: number, label: string, disabled: boolean): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: encodeButton({ kind: 'sources', page })!,
    label,
    disabled,
  };
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
  const components =
    pages > 1
      ? [
          {
            type: ComponentType.ActionRow as const,
            components: [pageButton(p - 1, '◀ Previous', p === 0), pageButton(p + 1, 'Next ▶', p === pages - 1)],
          },
        ]
      : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}
