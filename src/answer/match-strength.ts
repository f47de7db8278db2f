/**
 * Words for how sure an answer is, from its confidence: the calibrated probability that the top excerpt
 * answers (confidence.ts). The bounds follow the out-of-fold reliability table of `npm run eval`
 * (section squad): answers given ≥ 0.9 were right about nine times in ten, so "strong" is said only
 * then; ≥ 0.6 "fair"; below, "weak" (likelier wrong than right near the abstention threshold).
 * Shared by every surface.
 */
export const STRENGTH_BOUNDS = { strong: 0.9, fair: 0.6 } as const;

export function matchStrength(confidence: number): 'strong' | 'fair' | 'weak' {
  return confidence >= STRENGTH_BOUNDS.strong ? 'strong' : confidence >= STRENGTH_BOUNDS.fair ? 'fair' : 'weak';
}
