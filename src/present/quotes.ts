import type { QuoteSelection, Quote } from '../quotes/types.js';
import { citation, PLAIN, type Style } from './answer.js';
import { nothingQuotedFrom, plural, USER_MESSAGES } from '../user-messages.js';

/** What to tell the user when a selection is empty, with names to try; null when it is not. */
export function quotesNotice(selection: QuoteSelection): string | null {
  if (selection.quotes.length > 0) return null;
  return selection.person === null ? USER_MESSAGES.nobodyQuoted : nothingQuotedFrom(selection.person, selection.suggestions);
}

/**
 * /quotes for a terminal. Without a person: the speakers with their counts. With one: each quote
 * with its citation, direct speech in quotation marks, reported speech as the sentence that reports it.
 */
export function renderQuotes(selection: QuoteSelection, style: Style = PLAIN): string {
  const notice = quotesNotice(selection);
  if (notice !== null) return notice;
  if (selection.person === null) {
    const lines = [style.bold(`${plural(selection.speakers.length, 'speaker')} quoted in the coverage, most quoted first:`)];
    for (const s of selection.speakers) lines.push(`  ${s.speaker} — ${plural(s.count, 'quote')}`);
    lines.push(style.dim('Ask /quotes <name> for what one of them said.'));
    return lines.join('\n');
  }
  const lines: string[] = [];
  for (const { speaker, count } of selection.speakers) {
    lines.push(style.bold(`${speaker} — ${plural(count, 'quote')}`));
    for (const q of selection.quotes.filter((x) => x.speaker === speaker)) {
      lines.push(`  ${shown(q)}`, style.dim(`    — ${citation(q.article)}`));
    }
  }
  return lines.join('\n');
}

/** On one line: a quotation running over paragraphs keeps the article's line breaks in its text. */
function shown(q: Quote): string {
  const text = q.text.replace(/\s+/g, ' ');
  return q.kind === 'direct' ? `“${text}”` : text;
}

/**
 * The `ask --json "/quotes [person]"` contract: `{ quotes: [{ speaker, text, article: { id, outlet,
 * published } }] }` in coverage order; without a person it adds `speakers: [{ speaker, count }]`, and
 * an empty result adds `message` and `suggestions`.
 */
export function quotesJson(selection: QuoteSelection) {
  const json = {
    quotes: selection.quotes.map((q) => ({
      speaker: q.speaker,
      text: q.text,
      article: { id: q.article.id, outlet: q.article.outlet, published: q.article.published },
    })),
  };
  const notice = quotesNotice(selection);
  if (notice !== null) return { ...json, message: notice, suggestions: selection.suggestions };
  return selection.person === null ? { ...json, speakers: selection.speakers } : json;
}
