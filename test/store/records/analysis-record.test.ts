import { describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../../../src/analyse/types.js';
import { decodeAnalysis, encodeAnalysis } from '../../../src/store/records/analysis-record.js';
import { ANALYSIS_RECORD } from '../../../src/store/records/analysis-cache.js';
import { seedCoverage } from '../../support/seed-coverage.js';

/** What the store does to a record: JSON there and back. */
const stored = (article: AnalysedArticle) => JSON.parse(JSON.stringify(encodeAnalysis(article)));

describe('the stored form of an analysed article', () => {
  it('gives back every seed article exactly, in well under the bytes of its JSON', async () => {
    const { articles } = await seedCoverage();
    let recordBytes = 0;
    let articleBytes = 0;
    for (const article of articles) {
      const record = stored(article);
      expect(ANALYSIS_RECORD.accepts(record)).toBe(true);
      expect(decodeAnalysis(record)).toStrictEqual(article);
      recordBytes += JSON.stringify(record).length;
      articleBytes += JSON.stringify(article).length;
    }
    expect(recordBytes / articleBytes).toBeLessThan(0.6);
  });

  it('keeps tokens that are not where their offset points, lemmas that are not the lower-cased token and any POS tag', async () => {
    const article = structuredClone((await seedCoverage()).articles[0]!);
    article.tokens.start[3] = -1; // what analyseArticle leaves when wink altered a token's text
    article.tokens.value[5] = '“quoted”';
    article.tokens.lemma[7] = 'be';
    article.tokens.pos[9] = 'A-TAG-WINK-MAY-ADD';
    expect(decodeAnalysis(stored(article))).toStrictEqual(article);
  });

  it('is rejected when its columns do not fit together', async () => {
    const article = (await seedCoverage()).articles[0]!;
    const shorterText = stored(article);
    shorterText.text = shorterText.text.slice(0, 100);
    expect(decodeAnalysis(shorterText)).toBeNull();

    const missingTag = stored(article);
    missingTag.tokens.tags = missingTag.tokens.tags.slice(0, 1);
    expect(decodeAnalysis(missingTag)).toBeNull();

    const fewerTags = stored(article);
    fewerTags.tokens.pos = fewerTags.tokens.pos.slice(1);
    expect(decodeAnalysis(fewerTags)).toBeNull();

    const notBase64 = stored(article);
    notBase64.sentences.end = 'not base64!';
    expect(decodeAnalysis(notBase64)).toBeNull();

    const unknownEntity = stored(article);
    unknownEntity.entities.type = 'z'.repeat(unknownEntity.entities.type.length);
    expect(decodeAnalysis(unknownEntity)).toBeNull();
  });

  it('is not accepted in the in-memory shape the first record version stored', async () => {
    expect(ANALYSIS_RECORD.accepts((await seedCoverage()).articles[0])).toBe(false);
  });
});
