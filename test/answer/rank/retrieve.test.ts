import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../src/analyse/analyse-article.js';
import { createNlp } from '../../../src/analyse/nlp.js';
import { retrieve } from '../../../src/answer/rank/retrieve.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';
import { SentenceIndex } from '../../../src/index/sentence-index.js';
import { NO_META } from '../../support/articles.js';

const nlp = createNlp();
let index: SentenceIndex;
beforeAll(() => {
  const articles = [
    analyseArticle(nlp, {
      id: 'briefing',
      hash: 'h1',
      meta: NO_META,
      text:
        'Kremlin spokesman Dmitry Peskov said the call between the two presidents lasted two hours.\n\n' +
        'A second call could take place in Riyadh next week. Officials have not yet agreed on an agenda.',
    }),
    analyseArticle(nlp, {
      id: 'summit',
      hash: 'h2',
      meta: NO_META,
      text: 'The leaders met in Anchorage on August 15. The summit ended without a deal.',
    }),
  ];
  index = SentenceIndex.build(articles);
});
const RIYADH = [{ term: 'riyadh', weight: 1 }];

describe('retrieve', () => {
  it("brings in the other sentences of a matching paragraph, with the paragraph's and the article's BM25 beside its own", () => {
    const candidates = retrieve(index, RIYADH, ANSWER_DEFAULTS).sort((a, b) => a.doc - b.doc);
    // Sentence 2 names Riyadh; sentence 3 ("Officials have not yet agreed…") only shares its paragraph.
    expect(candidates.map((c) => c.doc)).toEqual([1, 2]);
    const passage = index.passages.score(index.passageOf[2], RIYADH);
    const article = index.articles.score(0, RIYADH);
    expect(candidates[0]).toEqual({ doc: 1, sentence: index.sentences.score(1, RIYADH), passage, article });
    expect(candidates[1]).toEqual({ doc: 2, sentence: 0, passage, article });
  });

  it('takes the best sentences of every article the query matches', () => {
    const query = [
      { term: 'call', weight: 1 },
      { term: 'summit', weight: 1 },
      { term: 'leader', weight: 0.5 },
    ];
    const docs = retrieve(index, query, ANSWER_DEFAULTS).map((c) => c.doc);
    expect(new Set(docs.map((d) => index.article[d]))).toEqual(new Set([0, 1]));
  });

  it('finds nothing for terms the coverage does not use, or an empty query', () => {
    expect(retrieve(index, [{ term: 'pope', weight: 1 }], ANSWER_DEFAULTS)).toEqual([]);
    expect(retrieve(index, [], ANSWER_DEFAULTS)).toEqual([]);
  });
});
