import type { Disagreement } from '../answer/types.js';

/**
 * One line per disagreement, each value with its outlet (the article id when the outlet is unknown):
 * `Outlets differ on phone calls: Northern Wire says three, Coastal Times says two`.
 */
export function renderDisagreements(disagreements: readonly Disagreement[]): string[] {
  return disagreements.map((d) => `Outlets differ on ${d.about}: ${d.values.map((v) => `${v.outlet ?? v.articleId} says ${v.value}`).join(', ')}`);
}
