import type { Timeline } from './types.js';

/** What to tell the user when a timeline is empty, with topics to try; null when it is not. */
export function timelineNotice(timeline: Timeline): string | null {
  if (timeline.entries.length > 0 || timeline.undated.length > 0) return null;
  if (timeline.topic === null) return 'Nothing in the coverage is dated.';
  const tries = timeline.suggestions.length > 0 ? ` Try one of: ${timeline.suggestions.join(', ')}.` : '';
  return `Nothing dated in the coverage is about "${timeline.topic}".${tries}`;
}
