import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { sentenceContext } from '../../src/coverage/context.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';

const A003 = '003_31b76e603aeb2cfa';

let coverage: Coverage;
let sputnik: AnalysedArticle;
beforeAll(async () => {
  coverage = await seedCoverage();
  sputnik = coverage.byId.get(A003) as AnalysedArticle;
});

/** The id of the seed sentence that starts with `prefix`. */
function idOf(article: AnalysedArticle, prefix: string): string {
  const s = article.sentences.find((x) => article.text.startsWith(prefix, x.start));
  if (!s) throw new Error(`no sentence starts with "${prefix}"`);
  return s.id;
}

describe('sentenceContext', () => {
  it('gives the two sentences before and after an excerpt, verbatim, with its article', () => {
    const context = sentenceContext(coverage, idOf(sputnik, 'The presidents discussed ways'));
    expect(context).toEqual({
      before: [
        'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.',
        'The leaders met at the Elmendorf-Richardson military base in Anchorage.',
      ],
      sentence: 'The presidents discussed ways to resolve the Ukrainian conflict.',
      after: [
        'Both leaders described the meeting positively.',
        'Following the summit, the Russian president stated that it was possible to reach an end to the conflict in Ukraine and stressed that Russia was interested in a long-term settlement.',
      ],
      article: {
        id: A003,
        title: 'Trump Plans to Talk to Putin in Next Few Days',
        outlet: sputnik.meta.outlet,
        published: '2025-09-08',
        url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
      },
    });
  });

  it('stays inside the excerpt\'s paragraph', () => {
    const lead = sputnik.sentences[0];
    const context = sentenceContext(coverage, lead.id);
    expect(context?.sentence).toBe('US President Donald Trump said he planned to talk to Russian President Vladimir Putin in the next few days.');
    expect(context?.before).toEqual([]);
    // The lead is a paragraph of its own.
    expect(sputnik.sentences[1].passage).not.toBe(lead.passage);
    expect(context?.after).toEqual([]);
  });

  it('never goes past the end of the article', () => {
    const last = sputnik.sentences[sputnik.sentences.length - 1];
    const context = sentenceContext(coverage, last.id);
    expect(context?.after).toEqual([]);
    expect(context?.before).toHaveLength(2);
  });

  it('takes the radius it is given', () => {
    const id = idOf(sputnik, 'The presidents discussed ways');
    expect(sentenceContext(coverage, id, 0)).toMatchObject({ before: [], after: [] });
    expect(sentenceContext(coverage, id, 1)?.before).toEqual(['The leaders met at the Elmendorf-Richardson military base in Anchorage.']);
  });

  it('gives every seed sentence back as its own text', () => {
    for (const a of coverage.articles) {
      for (const s of a.sentences) expect(sentenceContext(coverage, s.id)?.sentence).toBe(a.text.slice(s.start, s.end));
    }
  });

  it('gives null for an unknown article, an ordinal out of range or a malformed id', () => {
    expect(sentenceContext(coverage, 'no-such-article:0')).toBeNull();
    expect(sentenceContext(coverage, `${A003}:9999`)).toBeNull();
    expect(sentenceContext(coverage, `${A003}:-1`)).toBeNull();
    expect(sentenceContext(coverage, `${A003}:03`)).toBeNull();
    expect(sentenceContext(coverage, `${A003}:`)).toBeNull();
    expect(sentenceContext(coverage, A003)).toBeNull();
    expect(sentenceContext(coverage, '')).toBeNull();
  });
});
