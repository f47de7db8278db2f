import type { Disagreement } from '../answer/disagreement.js';

/** One line per disagreement: `Outlets differ on phone calls: three (Northern Wire) · two (Coastal Times)`. */
export function renderDisagreements(disagreements: readonly Disagreement[]): string[] {
  return disagreements.map(
    (d) => `Outlets differ on ${d.about}: ${d.values.map((v) => `${v.value} (${v.outlet ?? v.articleId})`).join(' · ')}`,
  );
}
