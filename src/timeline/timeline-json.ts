import type { ArticleRef } from '../answer/types.js';
import { timelineNotice } from './timeline-notice.js';
import type { Timeline } from './types.js';

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
