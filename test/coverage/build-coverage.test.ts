import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { NO_META } from '../support/articles.js';

const BRIEFING =
  'Kremlin spokesman Dmitry Peskov said on Monday that no date had been set for a call. ' +
  'Peskov added that contacts continued through several channels.\n\n' +
  'Russian Foreign Minister Sergey Lavrov was due in Riyadh on Tuesday. Peskov declined to say who would join him.';
const BRIEFING_EDITED = BRIEFING.replace('on Tuesday', 'on Wednesday');
const SUMMIT =
  'Lavrov met Saudi officials in Riyadh, the ministry said. Foreign Minister Sergey Lavrov called the talks useful. ' +
  'Lavrov said a second round was possible.';

let seeds: Coverage;
let briefing: AnalysedArticle;
let edited: AnalysedArticle;
let summit: AnalysedArticle;
beforeAll(async () => {
  seeds = await seedCoverage();
  briefing = analyseArticle(seeds.nlp, { id: 'briefing', hash: 'hash-briefing-1', text: BRIEFING, meta: NO_META });
  edited = analyseArticle(seeds.nlp, { id: 'briefing', hash: 'hash-briefing-2', text: BRIEFING_EDITED, meta: NO_META });
  summit = analyseArticle(seeds.nlp, { id: 'summit', hash: 'hash-summit-1', text: SUMMIT, meta: NO_META });
});

describe('buildCoverage version', () => {
  it('is the same for the same articles', () => {
    expect(buildCoverage(seeds.nlp, [briefing, summit]).version).toBe(buildCoverage(seeds.nlp, [briefing, summit]).version);
  });

  it('changes when an article changes', () => {
    const before = buildCoverage(seeds.nlp, [briefing, summit]).version;
    expect(buildCoverage(seeds.nlp, [edited, summit]).version).not.toBe(before);
  });

  it('changes when an article is added or removed', () => {
    const both = buildCoverage(seeds.nlp, [briefing, summit]).version;
    expect(buildCoverage(seeds.nlp, [briefing]).version).not.toBe(both);
  });

  it('is 16 hex digits', () => {
    expect(seeds.version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('buildCoverage people', () => {
  it('ranks the most mentioned person first, counting the surname alone as the full name', () => {
    const { people } = buildCoverage(seeds.nlp, [briefing]);
    expect(people[0]).toEqual({ name: 'Dmitry Peskov', terms: ['peskov'], mentions: 3 });
    expect(people[1]).toEqual({ name: 'Sergey Lavrov', terms: ['lavrov'], mentions: 1 });
  });

  it('counts mentions across articles', () => {
    const { people } = buildCoverage(seeds.nlp, [briefing, summit]);
    expect(people.map((p) => [p.name, p.mentions])).toEqual([
      ['Sergey Lavrov', 4],
      ['Dmitry Peskov', 3],
    ]);
  });

  it('ranks Donald Trump and Vladimir Putin first on the seeds, mentions descending', () => {
    expect(seeds.people.slice(0, 2).map((p) => p.name)).toEqual(['Donald Trump', 'Vladimir Putin']);
    expect(seeds.people.slice(0, 2).map((p) => p.terms)).toEqual([['trump'], ['putin']]);
    const mentions = seeds.people.map((p) => p.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });
});

describe('buildCoverage lookups', () => {
  it('keeps the articles in order, by id, and indexes every sentence', () => {
    const coverage = buildCoverage(seeds.nlp, [briefing, summit]);
    expect(coverage.articles).toEqual([briefing, summit]);
    expect(coverage.byId.get('summit')).toBe(summit);
    expect(coverage.index.size).toBe(briefing.sentences.length + summit.sentences.length);
    expect(coverage.nlp).toBe(seeds.nlp);
  });
});
