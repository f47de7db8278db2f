import { describe, expect, it } from 'vitest';
import type { ArticleRef } from '../../src/answer/types.js';
import { citation } from '../../src/render/citation.js';

const SPUTNIK: ArticleRef = {
  id: '003_31b76e603aeb2cfa',
  title: 'Trump Plans to Talk to Putin in Next Few Days',
  outlet: 'Sputnik',
  published: '2025-09-08',
  url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
};

describe('citation', () => {
  it('gives outlet and date, the quoted title and the link', () => {
    expect(citation(SPUTNIK)).toBe(
      'Sputnik, 2025-09-08 · "Trump Plans to Talk to Putin in Next Few Days" · https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
    );
  });

  it('leaves out each unknown field, never printing "null"', () => {
    expect(citation({ ...SPUTNIK, outlet: null })).toBe(
      '2025-09-08 · "Trump Plans to Talk to Putin in Next Few Days" · https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
    );
    expect(citation({ ...SPUTNIK, published: null, url: null })).toBe('Sputnik · "Trump Plans to Talk to Putin in Next Few Days"');
    expect(citation({ ...SPUTNIK, outlet: null, published: null, title: null })).toBe(SPUTNIK.url);
    expect(citation({ id: '001_6cafe41d9e784b11', title: null, outlet: 'Ariana News', published: null, url: null })).toBe('Ariana News');
  });

  it('falls back to the article id when nothing is known', () => {
    expect(citation({ id: '000_9fa6195cd0faa982', title: null, outlet: null, published: null, url: null })).toBe('000_9fa6195cd0faa982');
  });
});
