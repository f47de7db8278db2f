/**
 * The form two phrasings of the same question share: Unicode-normalised, lower case, single spaces, without
 * trailing punctuation. Keys the answer cache and groups questions in the feedback summary.
 */
export function normaliseQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s?!.…]+$/u, '')
    .trim();
}
