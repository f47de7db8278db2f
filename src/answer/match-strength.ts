/**
 * Words for how sure an answer is, from its confidence: the calibrated probability that the top excerpt
 * answers (confidence.ts). The bounds are set by a rule that `npm run eval:fit-ranker` applies and prints: the
 * smallest bound on 0.50..0.99 at which the answers said at or above it are right at least 95% ("strong") / 80%
 * ("fair") of the time, both on SQuAD out of fold and on the fit news questions (with all fit pages and of their page
 * alone); a set with fewer than 10 answers there does not bind. With the weights of session 10's refit (55d37898d027,
 * names' spelling corrected), as with session 9's 3d2ba996101f: 0.9 and 0.68 (session 7's: 0.94 and 0.69); with session
 * 14's 388f463ebe1f: 0.9 and 0.69. "Strong" stays rare: 2 of 61 fit news answers, 332 of 7,330 SQuAD answers out of fold.
 * Below "fair", "weak". Shared by every surface.
 */
export const STRENGTH_BOUNDS = { strong: 0.9, fair: 0.69 } as const;

export function matchStrength(confidence: number): 'strong' | 'fair' | 'weak' {
  return confidence >= STRENGTH_BOUNDS.strong ? 'strong' : confidence >= STRENGTH_BOUNDS.fair ? 'fair' : 'weak';
}
