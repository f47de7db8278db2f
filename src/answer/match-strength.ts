/** Words for an answer's confidence (the share of the question its excerpt covers), shared by every surface. */
export function matchStrength(confidence: number): 'strong' | 'fair' | 'weak' {
  return confidence >= 0.75 ? 'strong' : confidence >= 0.5 ? 'fair' : 'weak';
}
