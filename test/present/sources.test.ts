import { beforeAll, describe, expect, it } from 'vitest';
import { listSources, renderSources } from '../../src/present/sources.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

describe('listSources', () => {
  it('lists the five seed articles in corpus order with their sentence counts', () => {
    const sources = listSources(coverage);
    expect(sources.map((s) => s.article.id)).toEqual([
      '000_9fa6195cd0faa982',
      '001_6cafe41d9e784b11',
      '002_62dcc4dcba42d8bd',
      '003_31b76e603aeb2cfa',
      '004_e0ba8cc3a8df5508',
    ]);
    for (const [i, s] of sources.entries()) expect(s.sentences).toBe(coverage.articles[i].sentences.length);
    expect(sources.reduce((n, s) => n + s.sentences, 0)).toBe(coverage.index.size);
  });

  it('gives the metadata each article has and null for what it lacks', () => {
    const [a000, a001, , a003] = listSources(coverage).map((s) => s.article);
    // 000 states no date; its "Friday (September 5)" dates it, shown as inferred (issue 10 §4).
    expect(a000).toEqual({ id: '000_9fa6195cd0faa982', title: null, outlet: null, published: '~2025-09', url: null });
    expect(a001.outlet).toBe('Ariana News');
    expect(a001.title).toBe('Putin and Trump may have spoken more than two times, Kremlin says');
    expect(a003.published).toBe('2025-09-08');
    expect(a003.url).toMatch(/^https:\/\/sputnikglobe\.com\/20250908\//);
  });
});

describe('renderSources', () => {
  it('numbers the seed articles and says what is unknown in words', () => {
    const lines = renderSources(listSources(coverage)).split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('1. 000_9fa6195cd0faa982');
    expect(lines[1]).toMatch(/^ {3}outlet unknown · ~2025-09 · no link · \d+ sentences$/);
    expect(lines[2]).toBe('2. Putin and Trump may have spoken more than two times, Kremlin says');
    expect(lines[3]).toMatch(/^ {3}Ariana News · date unknown · no link · \d+ sentences$/);
    expect(lines[7]).toMatch(/^ {3}[^·]+ · 2025-09-08 · https:\/\/sputnikglobe\.com\/\S+ · \d+ sentences$/);
    expect(lines.join('\n')).not.toMatch(/\bnull\b/);
  });

  it('indents each second line under its title, also after a two-digit number', () => {
    const article = { id: 'brief', title: 'A title', outlet: 'An outlet', published: '2024-03-02', url: null };
    const lines = renderSources(Array.from({ length: 10 }, () => ({ article, sentences: 2 }))).split('\n');
    expect(lines[1]).toBe('   An outlet · 2024-03-02 · no link · 2 sentences');
    expect(lines[18]).toBe('10. A title');
    expect(lines[19]).toBe('    An outlet · 2024-03-02 · no link · 2 sentences');
  });

  it('counts a one-sentence article in the singular', () => {
    const article = { id: 'brief', title: null, outlet: null, published: null, url: null };
    expect(renderSources([{ article, sentences: 1 }]).split('\n')[1]).toBe('   outlet unknown · date unknown · no link · 1 sentence');
  });
});
