import type { Quote, SpeakerCount } from './types.js';

/** Each speaker once with their number of quotes, most quoted first, ties alphabetically. */
export function speakerCounts(quotes: readonly Quote[]): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts]
    .map(([speaker, count]) => ({ speaker, count }))
    .sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker));
}
