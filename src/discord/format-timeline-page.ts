import type { ArticleRef } from '../answer/types.js';
import { escapeText } from './escape.js';
import { formatCitation } from './format-citation.js';
import { NO_MENTIONS, type ReplyPayload } from './reply-payload.js';
import { fitEmbed, truncate } from './truncate.js';
import { pageButtons } from './page-buttons.js';
import { encodePageId } from './page-id.js';
import { timelineNotice } from '../timeline/timeline-notice.js';
import type { Timeline } from '../timeline/types.js';

/** Custom-id prefix of the timeline's page buttons. */
export const TIMELINE_BUTTON_PREFIX = 'tl1';
/** Entries per page: six sentences with their citations stay readable on a phone and far inside the embed limits. */
export const TIMELINE_ENTRIES_PER_PAGE = 6;
/** A sentence longer than this is cut: one entry must not crowd out the page. */
const ENTRY_TEXT_MAX = 500;

/**
 * One page of a timeline as a Discord message: the dated entries oldest first, then the undated
 * ones, each sentence quoted with every citation, and Previous / Next buttons whose custom id
 * carries the topic and the page. An empty timeline says so and suggests topics.
 */
export function formatTimelinePage(timeline: Timeline, page: number): ReplyPayload {
  const notice = timelineNotice(timeline);
  if (notice !== null) return { embeds: [fitEmbed({ description: escapeText(notice) })], components: [], allowedMentions: NO_MENTIONS };

  const items = [
    ...timeline.entries.map((e) => item(`**${e.date}**`, e.text, e.articles)),
    ...timeline.undated.map((u) => item(`**undated** (${escapeText(u.expressions.join(', '))})`, u.text, u.articles)),
  ];
  const pages = Math.ceil(items.length / TIMELINE_ENTRIES_PER_PAGE);
  const p = Math.min(Math.max(0, page), pages - 1);
  const n = timeline.entries.length;
  const embed = fitEmbed({
    title: timeline.topic === null ? 'Timeline of the coverage' : `Timeline: ${timeline.topic}`,
    description: items.slice(p * TIMELINE_ENTRIES_PER_PAGE, (p + 1) * TIMELINE_ENTRIES_PER_PAGE).join('\n\n'),
    footer: { text: `Page ${p + 1} of ${pages} · ${n} dated event${n === 1 ? '' : 's'}, oldest first${timeline.undated.length > 0 ? `, then ${timeline.undated.length} undated` : ''}` },
  });
  const fits = encodePageId(TIMELINE_BUTTON_PREFIX, 0, timeline.topic) !== null;
  const components = fits ? pageButtons(p, pages, (to) => encodePageId(TIMELINE_BUTTON_PREFIX, to, timeline.topic)!) : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

function item(when: string, text: string, articles: readonly ArticleRef[]): string {
  return `${when} — ${escapeText(truncate(text.replace(/\s+/g, ' '), ENTRY_TEXT_MAX))}\n${articles.map((a) => `— ${formatCitation(a)}`).join('\n')}`;
}
