import { createHash } from 'node:crypto';
import { termOf } from '../analyse/index-terms.js';
import type { Nlp } from '../analyse/nlp.js';
import type { AnalysedArticle } from '../analyse/types.js';
import { SAVED_INDEX_FORMAT, SentenceIndex } from '../index/sentence-index.js';
import { PIPELINE_VERSION } from './pipeline-version.js';
import type { CentralPerson, Coverage } from './types.js';

/** What buildCoverage derives from the articles, which a previous run may have saved for the same articles. */
export interface CoverageParts {
  index: SentenceIndex;
  people: readonly CentralPerson[];
}

/**
 * Builds the index over analysed articles and finds the people they are about, or takes `saved`, what a
 * previous run built from the same articles; pure apart from the CPU it takes.
 */
export function buildCoverage(nlp: Nlp, articles: readonly AnalysedArticle[], saved?: CoverageParts): Coverage {
  return {
    version: coverageVersion(articles),
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    index: saved?.index ?? SentenceIndex.build(articles),
    people: saved?.people ?? centralPeople(articles),
    nlp,
  };
}

/**
 * Changes whenever any article, the pipeline or the index format changes: the saved index and the cached answers are
 * stored under it, so neither outlives the articles they were made from. The ranker is not in it (the index and the
 * central people are computed from the articles alone): the cached answers are keyed by the ranker they were made
 * with where it is passed (src/discord/ask.ts).
 */
export function coverageVersion(articles: readonly AnalysedArticle[]): string {
  return createHash('sha256')
    .update(`${PIPELINE_VERSION}|index-${SAVED_INDEX_FORMAT}|`)
    .update(articles.map((a) => `${a.id}=${a.hash}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/** People by mentions, counting "Putin" and "Vladimir Putin" as one (same last word). */
function centralPeople(articles: readonly AnalysedArticle[]): CentralPerson[] {
  const bySurname = new Map<string, { names: Map<string, number>; mentions: number }>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.type !== 'PERSON') continue;
      const surname = a.tokens.value[e.tokenEnd - 1];
      const entry = bySurname.get(surname) ?? { names: new Map(), mentions: 0 };
      const name = a.text.slice(e.start, e.end);
      entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
      entry.mentions++;
      bySurname.set(surname, entry);
    }
  }
  return [...bySurname]
    .map(([surname, { names, mentions }]) => ({
      name: [...names.keys()].reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a)),
      terms: [termOf(surname.toLowerCase())],
      mentions,
    }))
    .sort((a, b) => b.mentions - a.mentions);
}
