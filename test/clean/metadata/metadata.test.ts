import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../../src/clean/metadata/metadata.js';

describe('resolveMetadata', () => {
  it('takes each field from the first layer that states it', () => {
    expect(
      resolveMetadata([
        { title: 'Catalogue title' },
        { title: 'Front-matter title', outlet: 'TASS' },
        { outlet: 'Footer outlet', byline: 'Ivan Petrov' },
      ]),
    ).toEqual({ title: 'Catalogue title', outlet: 'TASS', published: null, publishedInferred: false, url: null, byline: 'Ivan Petrov' });
  });

  it('states no field with a control or bidirectional formatting character, and none made only of them', () => {
    const meta = resolveMetadata([
      {
        title: 'Talks \u001B[5mend\u001B[0m',
        outlet: 'The \u202EDaily\u202C',
        byline: '\u001B]0;x\u0007',
        url: 'https://a.example/\u200Fx',
      },
    ]);
    expect(meta).toMatchObject({ title: 'Talks end', outlet: 'The Daily', byline: null, url: 'https://a.example/x' });
  });

  it('lets an explicit null override later layers', () => {
    expect(resolveMetadata([{ outlet: null }, { outlet: 'Footer outlet' }]).outlet).toBeNull();
  });

  it('falls back to the url date only when no layer states a date', () => {
    const url = 'https://example.com/2025/03/18/story';
    expect(resolveMetadata([{ url }]).published).toBe('2025-03-18');
    expect(resolveMetadata([{ published: '2025-03-19' }, { url }]).published).toBe('2025-03-19');
    expect(resolveMetadata([{ published: null }, { url }]).published).toBeNull();
  });

  it('leaves the outlet to the layers (the text layer reads it from the url host), never resolving it itself', () => {
    expect(resolveMetadata([{ url: 'https://www.reuters.com/world/2025/03/18/x' }]).outlet).toBeNull();
  });

  it('keeps a byline as the name alone, without the page\'s "By"', () => {
    expect(resolveMetadata([{ byline: 'by Jane Doe' }]).byline).toBe('Jane Doe');
    expect(resolveMetadata([{ byline: 'By  Jane Doe' }]).byline).toBe('Jane Doe');
    expect(resolveMetadata([{ byline: 'Bylines Desk' }]).byline).toBe('Bylines Desk');
  });

  it('uses an inferred date only when no layer states one and the url has none, and marks it', () => {
    expect(resolveMetadata([{}], '2025-09')).toMatchObject({ published: '2025-09', publishedInferred: true });
    expect(resolveMetadata([{ published: '2025-09-08' }], '2025-09')).toMatchObject({ published: '2025-09-08', publishedInferred: false });
    expect(resolveMetadata([{ url: 'https://example.com/2025/03/18/story' }], '2025-09')).toMatchObject({
      published: '2025-03-18',
      publishedInferred: false,
    });
    expect(resolveMetadata([{ published: null }], '2025-09')).toMatchObject({ published: null, publishedInferred: false });
  });
});
