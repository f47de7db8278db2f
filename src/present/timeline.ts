import type { Timeline } from '../timeline/types.js';
import { citation, PLAIN, type Style } from './answer.js';
import { nothingDatedAbout, plural, USER_MESSAGES } from '../user-messages.js';
import type { ArticleRef } from '../answer/types.js';

/** What to tell the user when a timeline is empty, with topics to try; null when it is not. */
export function timelineNotice(timeline: Timeline): string | null {
  if (timeline.entries.length > 0 || timeline.undated.length > 0) return null;
  return timeline.topic === null ? USER_MESSAGES.nothingDated : nothingDatedAbout(timeline.topic, timeline.suggestions);
}

/** Where the text of an entry starts: after a `YYYY-MM-DD` date and two spaces. */
const INDENT = ' '.repeat(12);

/** A timeline for a terminal: one dated sentence per entry, oldest first, each with its citations; then the undated ones. */
export function renderTimeline(timeline: Timeline, style: Style = PLAIN): string {
  const notice = timelineNotice(timeline);
  if (notice !== null) return notice;
  const title = timeline.topic === null ? 'Timeline' : `Timeline: ${timeline.topic}`;
  const lines = [style.bold(`${title} — ${plural(timeline.entries.length, 'dated event')}, oldest first`)];
  for (const e of timeline.entries) {
    lines.push(`${style.bold(e.date.padEnd(INDENT.length - 2))}  ${oneLine(e.text)}`);
    for (const a of e.articles) lines.push(style.dim(`${INDENT}— ${citation(a)}`));
  }
  if (timeline.undated.length > 0) {
    lines.push('', style.bold('Undated: named days, and relative dates in articles without a publication date'));
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

/**
 * The `ask --json "/timeline [topic]"` contract: `{ timeline: [{ date, text, articles: [{ id, outlet,
 * published }] }], undated: [{ expressions, text, articles }] }`, oldest first, unknown metadata as
 * null; an empty result adds `message` and `suggestions`.
 */
export function timelineJson(timeline: Timeline) {
  const cite = ({ id, outlet, published }: ArticleRef) => ({ id, outlet, published });
  const json = {
    timeline: timeline.entries.map((e) => ({ date: e.date, text: e.text, articles: e.articles.map(cite) })),
    undated: timeline.undated.map((u) => ({ expressions: u.expressions, text: u.text, articles: u.articles.map(cite) })),
  };
  const notice = timelineNotice(timeline);
  return notice === null ? json : { ...json, message: notice, suggestions: timeline.suggestions };
}
