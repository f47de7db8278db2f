import { escapeText } from './escape.js';
import { formatCitation } from './format-citation.js';
import { NO_MENTIONS, type ReplyPayload } from './reply-payload.js';
import { fitEmbed, truncate } from './truncate.js';
import { pageButtons } from './page-buttons.js';
import { encodePageId } from './page-id.js';
import { quotesNotice } from '../quotes/quotes-notice.js';
import type { Quote, QuoteSelection } from '../quotes/types.js';

/** Custom-id prefix of the /quotes page buttons. */
export const QUOTES_BUTTON_PREFIX = 'qt1';
/** Quotes per page, and speakers per page of the list: readable on a phone, far inside the embed limits. */
export const QUOTES_PER_PAGE = 5;
const SPEAKERS_PER_PAGE = 20;
/** A quote longer than this is cut, so one long quotation does not crowd out the page. */
const QUOTE_TEXT_MAX = 600;

/**
 * One page of /quotes as a Discord message: a person's quotes, each cited (direct speech in
 * quotation marks), or without a person the speakers with their counts; Previous / Next buttons
 * carry the person and the page. A name matching no one says so and names the closest speakers.
 */
export function formatQuotesPage(selection: QuoteSelection, page: number): ReplyPayload {
  const notice = quotesNotice(selection);
  if (notice !== null) return { embeds: [fitEmbed({ description: escapeText(notice) })], components: [], allowedMentions: NO_MENTIONS };

  const byPerson = selection.person !== null;
  const items = byPerson
    ? selection.quotes.map(quoteItem)
    : selection.speakers.map((s) => `**${escapeText(s.speaker)}** — ${s.count} quote${s.count === 1 ? '' : 's'}`);
  const perPage = byPerson ? QUOTES_PER_PAGE : SPEAKERS_PER_PAGE;
  const pages = Math.ceil(items.length / perPage);
  const p = Math.min(Math.max(0, page), pages - 1);
  const count = byPerson ? `${selection.quotes.length} quote${selection.quotes.length === 1 ? '' : 's'}` : `${selection.speakers.length} speakers`;
  const embed = fitEmbed({
    title: byPerson ? `Quotes: ${selection.speakers.map((s) => s.speaker).join(', ')}` : 'Who is quoted in the coverage',
    description: items.slice(p * perPage, (p + 1) * perPage).join(byPerson ? '\n\n' : '\n'),
    footer: { text: `Page ${p + 1} of ${pages} · ${count}${byPerson ? '' : ' · /quotes <name> for what one said'}` },
  });
  const fits = encodePageId(QUOTES_BUTTON_PREFIX, 0, selection.person) !== null;
  const components = fits ? pageButtons(p, pages, (to) => encodePageId(QUOTES_BUTTON_PREFIX, to, selection.person)!) : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

function quoteItem(q: Quote): string {
  const text = escapeText(truncate(q.text.replace(/\s+/g, ' '), QUOTE_TEXT_MAX));
  return `${q.kind === 'direct' ? `“${text}”` : text}\n— **${escapeText(q.speaker)}** · ${formatCitation(q.article)}`;
}
