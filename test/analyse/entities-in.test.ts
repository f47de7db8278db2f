import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import { entitiesIn } from '../../src/analyse/entities-in.js';
import { createNlp } from '../../src/analyse/nlp.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { NO_META } from '../support/articles.js';

const nlp = createNlp();
let article: AnalysedArticle;
beforeAll(() => {
  article = analyseArticle(nlp, {
    id: 'wire',
    hash: 'h',
    meta: NO_META,
    text:
      'Kremlin spokesman Dmitry Peskov said on Monday that Russian officials were ready for talks in Finland. ' +
      'The call lasted two hours.\n\nNo date was set.',
  });
});
const named = (i: number) => entitiesIn(article, article.sentences[i]).map((e) => `${e.type} ${article.text.slice(e.start, e.end)}`);

describe('entitiesIn', () => {
  it('gives the entities inside a sentence, in text order', () => {
    expect(named(0)).toEqual(['ORG Kremlin', 'PERSON Dmitry Peskov', 'DATE Monday', 'NORP Russian', 'PLACE Finland']);
    expect(named(1)).toEqual(['DURATION two hours']);
  });

  it('gives nothing for a sentence without entities', () => {
    expect(named(2)).toEqual([]);
  });

  it('gives every entity of the article to exactly one of its sentences', () => {
    const all = article.sentences.flatMap((s) => entitiesIn(article, s));
    expect(all).toEqual(article.entities);
  });
});
