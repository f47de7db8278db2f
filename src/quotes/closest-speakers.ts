import { nameWords } from './quotes-by.js';
import type { SpeakerCount } from './types.js';

/**
 * Speakers whose names come closest to what was typed, for "did you mean": the smallest edit
 * distance (Levenshtein) between the typed text and the full name or any word of it, relative to
 * the longer of the two, so "Peskof" finds Dmitry Peskov; ties go to the more quoted speaker.
 */
export function closestSpeakers(speakers: readonly SpeakerCount[], typed: string, limit: number): string[] {
  const t = nameWords(typed).join(' ');
  if (t === '') return speakers.slice(0, limit).map((s) => s.speaker);
  const scored = speakers.map((s, order) => {
    const words = nameWords(s.speaker);
    const distance = Math.min(...[words.join(' '), ...words].map((w) => editDistance(t, w) / Math.max(t.length, w.length)));
    return { speaker: s.speaker, distance, order };
  });
  return scored
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.speaker);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
