import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import type { Quote } from '../../src/quotes/types.js';
import { coverageOf, FIXTURES_DIR, SEEDS_DIR } from '../support/seed-coverage.js';
import { FIXTURE_QUOTES, SEED_QUOTES, type GoldQuote } from './gold-quotes.js';

let seeds: Quote[];
let fixtures: Quote[];
let seedCoverage: Coverage;
let fixtureCoverage: Coverage;
let scratch: string;
beforeAll(async () => {
  seedCoverage = await coverageOf(SEEDS_DIR);
  fixtureCoverage = await coverageOf(FIXTURES_DIR);
  seeds = findQuotes(seedCoverage);
  fixtures = findQuotes(fixtureCoverage);
  scratch = await mkdtemp(join(tmpdir(), 'quotes-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function quoteWith(quotes: readonly Quote[], phrase: string): Quote {
  const found = quotes.filter((q) => q.text.includes(phrase));
  if (found.length !== 1) throw new Error(`${found.length} quotes contain "${phrase}"`);
  return found[0];
}

/** The quotes found in a corpus folder of articles written for a test, `files` by file name. */
async function quotesOfWritten(name: string, files: Record<string, string>): Promise<Quote[]> {
  const dir = join(scratch, name);
  await mkdir(dir);
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  const { coverage } = await loadCoverage({ nlp: seedCoverage.nlp, corpusDir: dir });
  return findQuotes(coverage);
}

function matches(q: Quote, g: GoldQuote): boolean {
  return q.article.id === g.article && (q.text.includes(g.phrase) || g.phrase.includes(q.text));
}

/** Share of found quotes whose speaker the reader agrees with, and share of the reader's lines found with the right speaker. */
function measure(found: readonly Quote[], gold: readonly GoldQuote[]): { precision: number; recall: number; recallOfRuled: number } {
  const right = (q: Quote) => gold.some((g) => matches(q, g) && g.speaker === q.speaker);
  const recalled = (g: GoldQuote) => found.some((q) => matches(q, g) && g.speaker === q.speaker);
  const ruled = gold.filter((g) => !g.hard);
  return {
    precision: found.filter(right).length / found.length,
    recall: gold.filter(recalled).length / gold.length,
    recallOfRuled: ruled.filter(recalled).length / ruled.length,
  };
}

describe('findQuotes', () => {
  it('attributes a quotation followed by "…," Peskov said, across sentences, to the full name', () => {
    const q = quoteWith(seeds, 'Listen, we notify you');
    expect(q).toMatchObject({ speaker: 'Dmitry Peskov', kind: 'direct', article: { id: '001_6cafe41d9e784b11', outlet: 'Ariana News' } });
    expect(q.text).toMatch(/^Listen, we notify you about the discussions that we are aware of\.\s+But we can't dismiss whatever else$/);
  });

  it('attributes quotations introduced by "X asked:" and "Peskov replied:"', () => {
    expect(quoteWith(seeds, 'So all sorts of subtleties')).toMatchObject({
      speaker: 'Pavel Zarubin',
      kind: 'direct',
      text: 'So all sorts of subtleties are possible as they state?',
    });
    expect(quoteWith(seeds, 'that is how I would address').speaker).toBe('Dmitry Peskov');
  });

  it('reads curly quotes and "X said, “…”" spanning sentences', () => {
    const q = quoteWith(seeds, 'His behavior at the moment');
    expect(q).toMatchObject({ speaker: 'Vladimir Putin', kind: 'direct' });
    expect(q.text).toMatch(/left an impression on me\. He turned out to be a brave man\.$/);
  });

  it('resolves "said the Kremlin spokesman" to the person the article names with that role', () => {
    const q = quoteWith(seeds, 'This communication happens through numerous channels');
    expect(q.speaker).toBe('Dmitry Peskov');
    expect(q.text).toMatch(/I cannot confirm it or deny it$/);
  });

  it('resolves "the Russian president" through the role other articles give a person', () => {
    expect(quoteWith(seeds, 'the Russian president stated').speaker).toBe('Vladimir Putin');
    // "“…,” the president told the regional assembly": one president in that article.
    expect(quoteWith(fixtures, 'The tariffs have cost both our countries dearly').speaker).toBe('Sofia Marchetti');
  });

  it('resolves "he said" to the speaker of the sentence before', () => {
    expect(quoteWith(seeds, 'this is complete nonsense').speaker).toBe('Vladimir Putin');
    expect(quoteWith(fixtures, 'We are closer than we have been').speaker).toBe('Viktor Halden');
  });

  it('resolves a pronoun to the subject of the sentence before, not the nearer person named after it', () => {
    // "Union leader Oskar Brenner met Lutz …. He said …": Lutz is named last, Brenner is the subject.
    expect(quoteWith(fixtures, 'He said the meeting had been').speaker).toBe('Oskar Brenner');
  });

  it('maps a surname alone to the full name used elsewhere in the coverage', () => {
    expect(quoteWith(fixtures, 'according to Lutz').speaker).toBe('Hanna Lutz');
    // Article 004 never writes "Donald Trump"; the other articles do.
    expect(quoteWith(seeds, 'Trump declared that if he returned').speaker).toBe('Donald Trump');
  });

  it('keeps the name and drops the title: "Kremlin spokesman Dmitry Peskov", "Her spokesman, Carlo Bianchi, said"', () => {
    expect(quoteWith(seeds, 'Kremlin spokesman Dmitry Peskov commented').speaker).toBe('Dmitry Peskov');
    expect(quoteWith(fixtures, 'Her spokesman, Carlo Bianchi, said')).toMatchObject({ speaker: 'Carlo Bianchi', kind: 'reported' });
  });

  it('reports "X said that …", "X told reporters …" and "according to X" as the whole sentence', () => {
    const q = quoteWith(seeds, 'Leonid Slutsky, head of the Foreign Affairs Committee');
    expect(q).toMatchObject({ speaker: 'Leonid Slutsky', kind: 'reported' });
    expect(q.text).toMatch(
      /^Leonid Slutsky, head of .* stated that preparations .*"advanced stage," with it potentially occurring in February or March\.$/,
    );
    expect(quoteWith(seeds, "According to Dmitry Peskov, the Russian leader's spokesman").speaker).toBe('Dmitry Peskov');
  });

  it('gives both halves of a quotation split by "said the director" to the director', () => {
    expect(quoteWith(fixtures, 'The port will survive')).toMatchObject({ speaker: 'Hanna Lutz', text: 'The port will survive' });
    expect(quoteWith(fixtures, 'but not without help')).toMatchObject({
      speaker: 'Hanna Lutz',
      text: 'but not without help from the capital.',
    });
  });

  it('continues the speaker into an unattributed quotation right after theirs, across paragraphs', () => {
    expect(quoteWith(fixtures, 'No date has been set yet').speaker).toBe('Ilse Brandt');
    expect(quoteWith(fixtures, 'Our ministers now have a mandate').speaker).toBe('Sofia Marchetti');
    expect(quoteWith(fixtures, 'I hope they will use it').speaker).toBe('Sofia Marchetti');
  });

  it('leaves out organisations, passives, titles in quotation marks and a role two people share', async () => {
    const texts = [...seeds, ...fixtures].map((q) => q.text);
    for (const notSpeech of [
      "Marchetti's office said",
      'The Kremlin denied',
      'as confirmed by reports',
      'The Russian Foreign Ministry stated',
    ]) {
      expect(texts.some((t) => t.includes(notSpeech))).toBe(false);
    }
    expect(texts).not.toContain('The New York Post');
    await writeFile(
      join(scratch, 'two-presidents.md'),
      'President Anna Berg met President Tomas Lind in Oslo on Monday.\n\n"We agreed on almost everything," the president said.\n',
    );
    const { coverage } = await loadCoverage({ nlp: seedCoverage.nlp, corpusDir: scratch });
    expect(findQuotes(coverage).filter((q) => q.text.startsWith('We agreed'))).toEqual([]);
  });

  it('names a surname by the full name its own article uses, where two articles mean two people by it', async () => {
    // Written for this test: a sports report and a business report whose people share a surname.
    const quotes = await quotesOfWritten('shared-surname', {
      'a-final.md': 'Anna Kessler won the final in Madrid on Sunday.\n\n"I played my best tennis," Kessler said.\n',
      'b-studio.md': 'Studio chief Robert Kessler spoke at a conference on Tuesday.\n\n"We had some issues at launch," Kessler said.\n',
    });
    expect(quoteWith(quotes, 'I played my best tennis').speaker).toBe('Anna Kessler');
    expect(quoteWith(quotes, 'We had some issues').speaker).toBe('Robert Kessler');
  });

  it('gives a quotation to the name before an appositive that ends in another name: "X, deputy to Y, said"', async () => {
    // Written for this test in wire-service style.
    const quotes = await quotesOfWritten('appositive', {
      'harbor.md':
        'The harbor will hire more builders.\n\n"We need more builders for the new bridge," Jane Roe, deputy to the harbor master John Kay, said.\n',
    });
    expect(quoteWith(quotes, 'We need more builders').speaker).toBe('Jane Roe');
  });

  it('quotes the same words of the same speaker a page repeats once, and again from another article', async () => {
    // Written for this test: a page printing its quotation three times (the text cleaner drops a repeated line, an HTML
    // page's paragraphs all stay), and another article quoting the same words.
    const said = '<p>"We will open the bridge in June," Anna Kessler said.</p>';
    const prose = '<p>Mayor Anna Kessler spoke at the council on Tuesday after a long debate.</p><p>The tolls start at two euros.</p>';
    const quotes = await quotesOfWritten('repeated', {
      'bridge.html': `<html><body><article>${prose}${said}${said}${said}</article></body></html>`,
      'ferry.md': 'Anna Kessler spoke at the ferry port on Monday.\n\n"We will open the bridge in June," Kessler told reporters.\n',
    });
    expect(quotes.map((q) => [q.article.id, q.speaker, q.text])).toEqual([
      ['bridge', 'Anna Kessler', 'We will open the bridge in June'],
      ['ferry', 'Anna Kessler', 'We will open the bridge in June'],
    ]);
  });

  it('quotes the article verbatim: text is the slice between start and end', () => {
    for (const [coverage, quotes] of [
      [seedCoverage, seeds],
      [fixtureCoverage, fixtures],
    ] as const) {
      for (const q of quotes) expect(coverage.byId.get(q.article.id)!.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('attributes at least 95% of what it finds correctly, and finds 95% of what its rules cover, on the seeds and the fixtures', () => {
    for (const [found, gold] of [
      [seeds, SEED_QUOTES],
      [fixtures, FIXTURE_QUOTES],
    ] as const) {
      const m = measure(found, gold);
      expect(m.precision).toBeGreaterThanOrEqual(0.95);
      expect(m.recallOfRuled).toBeGreaterThanOrEqual(0.95);
    }
  });
});
