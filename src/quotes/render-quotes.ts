import { citation } from '../render/citation.js';
import { PLAIN, type Style } from '../render/terminal.js';
import { quotesNotice } from './quotes-notice.js';
import type { Quote, QuoteSelection } from './types.js';

/**
 * /quotes for a terminal. Without a person: the speakers with their counts. With one: each quote
 * with its citation, direct speech in quotation marks, reported speech as the sentence that reports it.
 */
export function renderQuotes(selection: QuoteSelection, style: Style = PLAIN): string {
  const notice = quotesNotice(selection);
  if (notice !== null) return notice;
  if (selection.person === null) {
    const lines = [style.bold(`${selection.speakers.length} speakers quoted in the coverage, most quoted first:`)];
    for (const s of selection.speakers) lines.push(`  ${s.speaker} — ${s.count} quote${s.count === 1 ? '' : 's'}`);
    lines.push(style.dim('Ask /quotes <name> for what one of them said.'));
    return lines.join('\n');
  }
  const lines: string[] = [];
  for (const { speaker, count } of selection.speakers) {
    lines.push(style.bold(`${speaker} — ${count} quote${count === 1 ? '' : 's'}`));
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
