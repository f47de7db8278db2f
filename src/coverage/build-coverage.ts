import { createHash } from 'node:crypto';
import { termOf } from '../analyse/index-terms.js';
import type { Nlp } from '../analyse/nlp.js';
import type { AnalysedArticle } from '../analyse/types.js';
import { BM25_FORMAT_VERSION } from '../index/bm25-index.js';
import { SentenceIndex } from '../index/sentence-index.js';
import { PIPELINE_VERSION } from './pipeline-version.js';
import type { CentralPerson, Coverage } from './types.js';

/** Builds the index over analysed articles; pure apart from the CPU it takes. */
export function buildCoverage(nlp: Nlp, articles: readonly AnalysedArticle[]): Coverage {
  const version = createHash('sha256')
    .update(`${PIPELINE_VERSION}|bm25-${BM25_FORMAT_VERSION}|`)
    .update(articles.map((a) => `${a.id}=${a.hash}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return {
    version,
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    index: SentenceIndex.build(articles),
    people: centralPeople(articles),
    nlp,
  };
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
