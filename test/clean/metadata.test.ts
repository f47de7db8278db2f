import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../src/clean/metadata.js';

describe('resolveMetadata', () => {
  it('takes each field from the first layer that states it', () => {
    expect(resolveMetadata([
      { title: 'Catalogue title' },
      { title: 'Front-matter title', outlet: 'TASS' },
      { outlet: 'Footer outlet', byline: 'Ivan Petrov' },
    ])).toEqual({ title: 'Catalogue title', outlet: 'TASS', published: null, url: null, byline: 'Ivan Petrov' });
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

  it('never derives the outlet from the url host', () => {
    expect(resolveMetadata([{ url: 'https://www.reuters.com/world/2025/03/18/x' }]).outlet).toBeNull();
  });
});
