import type { AnalysedArticle } from '../analyse/types.js';

/** What identifies an article version: its id (the file name) and the hash of its content and catalogue entry. */
export type ArticleVersion = Pick<AnalysedArticle, 'id' | 'hash'>;

/** How a re-index changed the coverage, by article id (each list sorted). */
export interface CoverageChanges {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** Compares the articles of two coverages: ids only in `after` were added, only in `before` removed, in both with another hash changed. */
export function compareCoverage(before: readonly ArticleVersion[], after: readonly ArticleVersion[]): CoverageChanges {
  const old = new Map(before.map((a) => [a.id, a.hash]));
  const now = new Set(after.map((a) => a.id));
  const changes: CoverageChanges = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const { id, hash } of after) {
    const previous = old.get(id);
    if (previous === undefined) changes.added.push(id);
    else if (previous !== hash) changes.changed.push(id);
    else changes.unchanged += 1;
  }
  for (const id of old.keys()) if (!now.has(id)) changes.removed.push(id);
  for (const list of [changes.added, changes.changed, changes.removed]) list.sort();
  return changes;
}
