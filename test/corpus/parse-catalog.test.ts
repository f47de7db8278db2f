import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/corpus/parse-catalog.js';

describe('parseCatalog', () => {
  it('reads every field of an entry, normalising the date', () => {
    const { entries, warnings } = parseCatalog(
      JSON.stringify({
        '003_x': {
          title: 'Trump to call Putin',
          outlet: 'Sputnik',
          published: 'September 8, 2025',
          url: 'https://example.com/x',
          byline: 'Staff',
        },
      }),
      'catalog.json',
    );
    expect(warnings).toEqual([]);
    expect(entries.get('003_x')).toEqual({
      title: 'Trump to call Putin',
      outlet: 'Sputnik',
      published: '2025-09-08',
      url: 'https://example.com/x',
      byline: 'Staff',
    });
  });

  it('keeps an explicit null as a known-unknown override', () => {
    const { entries } = parseCatalog('{"a": {"outlet": null}}', 'catalog.json');
    expect(entries.get('a')).toEqual({ outlet: null });
  });

  it('drops only the malformed field and names the catalogue, entry and problem', () => {
    const { entries, warnings } = parseCatalog(
      JSON.stringify({
        a: { title: 'Kept', published: 'last Tuesday', url: 'ftp://example.com/a', outlet: 42 },
      }),
      'catalog.json',
    );
    expect(entries.get('a')).toEqual({ title: 'Kept' });
    expect(warnings).toEqual([
      'catalog.json: entry "a" field "published": "last Tuesday" is not a date (use YYYY-MM-DD); field ignored',
      'catalog.json: entry "a" field "url": must be an http(s) URL; field ignored',
      expect.stringMatching(/^catalog\.json: entry "a" field "outlet": .*expected string.*; field ignored$/),
    ]);
  });

  it('warns about unknown fields, listing the known ones', () => {
    const { entries, warnings } = parseCatalog('{"a": {"date": "2025-01-01", "title": "T"}}', 'catalog.json');
    expect(entries.get('a')).toEqual({ title: 'T' });
    expect(warnings).toEqual([
      'catalog.json: entry "a" has unknown field "date" (expected title, outlet, byline, url, published); field ignored',
    ]);
  });

  it('ignores an entry that is not an object and keeps the others', () => {
    const { entries, warnings } = parseCatalog('{"a": "Reuters", "b": {"outlet": "AP"}}', 'catalog.json');
    expect([...entries.keys()]).toEqual(['b']);
    expect(warnings).toEqual(['catalog.json: entry "a" should be an object, found a string; entry ignored']);
  });

  it('ignores a catalogue that is not an object keyed by id', () => {
    const { entries, warnings } = parseCatalog('[{"id": "a"}]', 'catalog.json');
    expect(entries.size).toBe(0);
    expect(warnings).toEqual(['catalog.json: expected an object keyed by article id, found an array; catalogue ignored']);
  });

  it('reports invalid JSON with the parser message', () => {
    const { entries, warnings } = parseCatalog('{"a": ', 'catalog.json');
    expect(entries.size).toBe(0);
    expect(warnings[0]).toMatch(/^catalog\.json: not valid JSON \(.+\); catalogue ignored$/);
  });

  it('rejects an empty string value', () => {
    const { entries, warnings } = parseCatalog('{"a": {"title": "  "}}', 'catalog.json');
    expect(entries.get('a')).toEqual({});
    expect(warnings).toEqual(['catalog.json: entry "a" field "title": must not be empty; field ignored']);
  });
});
