import { citation } from '../render/citation.js';
import { PLAIN, type Style } from '../render/terminal.js';
import { timelineNotice } from './timeline-notice.js';
import type { Timeline } from './types.js';

/** Where the text of an entry starts: after a `YYYY-MM-DD` date and two spaces. */
const INDENT = ' '.repeat(12);

/** A timeline for a terminal: one dated sentence per entry, oldest first, each with its citations; then the undated ones. */
export function renderTimeline(timeline: Timeline, style: Style = PLAIN): string {
  const notice = timelineNotice(timeline);
  if (notice !== null) return notice;
  const n = timeline.entries.length;
  const lines = [style.bold(`${timeline.topic === null ? 'Timeline' : `Timeline: ${timeline.topic}`} — ${n} dated event${n === 1 ? '' : 's'}, oldest first`)];
  for (const e of timeline.entries) {
    lines.push(`${style.bold(e.date.padEnd(INDENT.length - 2))}  ${oneLine(e.text)}`);
    for (const a of e.articles) lines.push(style.dim(`${INDENT}— ${citation(a)}`));
  }
  if (timeline.undated.length > 0) {
    lines.push('', style.bold('Undated: relative dates in articles without a publication date'));
    for (const u of timeline.undated) {
      lines.push(`  (${u.expressions.join(', ')}) ${oneLine(u.text)}`);
      for (const a of u.articles) lines.push(style.dim(`${INDENT}— ${citation(a)}`));
    }
  }
  return lines.join('\n');
}

/** A sentence may keep a line break of the article ("U.S.\nPresident"); the terminal shows it on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
