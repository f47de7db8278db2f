/**
 * Words for how sure an answer is, from its confidence: the calibrated probability that the top excerpt
 * answers (confidence.ts, recalibrated for news). The bounds follow the out-of-fold reliability of
 * `npm run eval:fit-ranker`: SQuAD answers given ≥ 0.9 were right 98% of the time (3% of the questions
 * asked, so "strong" is rare and earned), 0.6–0.9 right 85–96% ("fair"); below, "weak" (0.3–0.6: right
 * 43–74%, lower: mostly wrong, near the abstention threshold). Shared by every surface.
 */
export const STRENGTH_BOUNDS = { strong: 0.9, fair: 0.6 } as const;

export function matchStrength(confidence: number): 'strong' | 'fair' | 'weak' {
  return confidence >= STRENGTH_BOUNDS.strong ? 'strong' : confidence >= STRENGTH_BOUNDS.fair ? 'fair' : 'weak';
}
