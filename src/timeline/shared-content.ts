/**
 * How much two sentences say the same thing: the idf-weighted share of the lighter term set that the
 * other also holds, 0..1. Weighting by idf keeps the names every article of a coverage repeats from
 * making any two of its sentences look alike; a rewrite of the same report shares its rare terms.
 */
export function sharedContent(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (term: string) => number): number {
  let weightA = 0;
  let weightB = 0;
  let shared = 0;
  for (const t of a) {
    const w = idf(t);
    weightA += w;
    if (b.has(t)) shared += w;
  }
  for (const t of b) weightB += idf(t);
  const lighter = Math.min(weightA, weightB);
  return lighter > 0 ? shared / lighter : 0;
}
