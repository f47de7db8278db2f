import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/clean-article.js';
import { readCorpus } from '../../src/corpus/read-corpus.js';
import type { CleanArticle, SourceFile } from '../../src/corpus/types.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
let files: SourceFile[];
let cleaned: Map<string, CleanArticle>;
const seed = (prefix: string) => [...cleaned.values()].find((a) => a.id.startsWith(prefix))!;
const rawLines = (prefix: string) =>
  files
    .find((f) => f.id.startsWith(prefix))!
    .raw.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

beforeAll(async () => {
  files = (await readCorpus(SEEDS)).files;
  cleaned = new Map(files.map((f) => [f.id, cleanArticle(f)]));
});

function article(raw: string, catalog: SourceFile['catalog'] = {}): CleanArticle {
  return cleanArticle({ id: 'test', path: 'test.txt', raw, hash: 'h', catalog });
}

describe('cleanArticle on the seed articles', () => {
  it('leaves no mangled quotes, code, counters, app prompts or entities in any seed', () => {
    for (const a of cleaned.values()) {
      for (const junk of ['&&', '& s', '& ', 'do_shortcode', 'Comments0', 'Download App', '&nbsp', '?>', '\u00A0']) {
        expect(a.text, `${a.id} contains ${junk}`).not.toContain(junk);
      }
    }
  });

  it('separates paragraphs by exactly one blank line, with no line breaks inside and no stray whitespace', () => {
    for (const a of cleaned.values()) {
      expect(a.text).toBe(a.text.trim());
      expect(a.text).not.toMatch(/\n{3,}|[ \t]{2,}|[ \t]\n|\n[ \t]/);
      for (const para of a.text.split('\n\n')) expect(para).not.toContain('\n');
    }
  });

  it('leaves no menu items, category labels or headline-link lists as paragraphs', () => {
    const paragraphs = [...cleaned.values()].flatMap((a) => a.text.split('\n\n'));
    for (const nav of [
      'Music',
      'Trailers',
      'Technology',
      'Best Collections',
      'DEBATE',
      'LATEST',
      'Popular Now',
      'Must-Reads',
      'You May Also Like',
    ]) {
      expect(paragraphs).not.toContain(nav);
    }
    const t004 = seed('004').text;
    expect(t004).not.toContain('Latest Stories');
    expect(t004).not.toContain('Merkel Critiques');
    expect(t004).not.toContain('Painkillers');
    expect(t004).not.toContain('Views');
    expect(t004).not.toContain('content@');
  });

  it('keeps every paragraph of the plain one-line-per-paragraph seeds verbatim, one paragraph each', () => {
    for (const prefix of ['000', '002']) {
      const lines = rawLines(prefix);
      const expected = prefix === '002' ? lines.slice(1) : lines; // 002 opens with its headline
      expect(seed(prefix).text.split('\n\n')).toEqual(expected);
    }
  });

  it('keeps every real paragraph of 004 and its fact-carrying caption once, without credit or author box', () => {
    const lines = rawLines('004');
    const first = lines.findIndex((l) => l.startsWith('Russian President Vladimir Putin has congratulated'));
    const last = lines.findIndex((l) => l.startsWith('During an appearance on CNN'));
    const caption =
      'U.S. Trump (left) and Putin (right) exit after a joint press conference following their summit at the ' +
      'Presidential Palace in Helsinki on July 16, 2018.';
    expect(seed('004').text.split('\n\n')).toEqual([caption, ...lines.slice(first, last + 1)]);
  });

  it('repairs quotes and apostrophes in 001 into verbatim sentences', () => {
    const t = seed('001').text;
    for (const sentence of [
      'But we can\'t dismiss whatever else," Peskov said.',
      'State television\'s Pavel Zarubin then asked: "So all sorts of subtleties are possible as they state?" to which Peskov replied: "Well, that is how I would address your question."',
      'Washington Post journalist Bob Woodward in his 2024 book "War" reported that Trump had direct discussions',
      'Trump stated: "If I did, it\'s a clever thing."',
      "The Kremlin denied Woodward's report.",
      'the very same can not be said of the Kyiv routine", Peskov said.',
      'the right to a "balanced response" to Ukrainian attacks',
      'two announced call in between Putin and Trump this year \u2014 on Feb. 12 and on March 18 \u2014 though',
    ])
      expect(t).toContain(sentence);
  });

  it('splits glued sentences and keeps initialisms and abbreviations whole', () => {
    const t = seed('001').text;
    expect(t).toContain('published by state tv on Sunday. Trump, who states');
    expect(t).toContain('Russian President Vladimir Putin and U.S. President Donald Trump might have had');
    expect(t).toContain('on Feb. 12 and on March 18');
    expect(t).toContain('including that Russia-U.S. talks in Riyadh');
    expect(t).toContain('a sitting U.S. president in February 2022');
    expect(seed('003').text).toContain('to talk to the Russian leader. On August 15, talks were held in Alaska');
  });

  it('reads 003 header: date, url and the headline as title, none of them left in the text', () => {
    const a = seed('003');
    expect(a.meta).toEqual({
      title: 'Trump Plans to Talk to Putin in Next Few Days',
      outlet: 'sputnikglobe.com',
      published: '2025-09-08',
      publishedInferred: false,
      url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
      byline: null,
    });
    expect(a.text.startsWith('US President Donald Trump said he planned to talk')).toBe(true);
    expect(a.text).not.toContain('sputnikglobe');
  });

  it('reads 001 title and outlet from its "The post … appeared on …" footer and removes it', () => {
    const a = seed('001');
    expect(a.meta.title).toBe('Putin and Trump may have spoken more than two times, Kremlin says');
    expect(a.meta.outlet).toBe('Ariana News');
    expect(a.text).not.toContain('The post');
    expect(a.text.endsWith('Interfax news company reported.')).toBe(true);
  });

  it('reads 004 byline, headline and outlet (the domain of its author e-mail) and strips the e-mail', () => {
    const a = seed('004');
    expect(a.meta.byline).toBe('Daniel Kim');
    expect(a.meta.title).toBe('Putin Signals Openness to Trump, Hints at Easing U.S.-Russia Tensions');
    expect(a.meta.outlet).toBe('viewusglobal.com');
    expect(a.text).not.toMatch(/@/);
  });

  it('takes 002 headline as its title and invents no outlet, date or url; 000 has only an inferred date', () => {
    expect(seed('002').meta).toEqual({
      title: "Trump and Putin's secret calls: A push for peace in Ukraine",
      outlet: null,
      published: null,
      publishedInferred: false,
      url: null,
      byline: null,
    });
    expect(seed('000').meta).toEqual({ title: null, outlet: null, published: '2025-09', publishedInferred: true, url: null, byline: null });
  });

  it('keeps the id and hash of the file and is deterministic', () => {
    for (const f of files) {
      const again = cleanArticle(f);
      expect(again).toEqual(cleaned.get(f.id));
      expect(again.hash).toBe(f.hash);
    }
  });

  it('is idempotent on its own output: cleaning clean text changes nothing', () => {
    for (const a of cleaned.values()) {
      expect(article(a.text).text).toBe(a.text);
    }
  });
});

describe('cleanArticle on other articles', () => {
  it('cleans a page holding a line of 99,000 characters with no "@" in a fraction of a second, its story kept', () => {
    // Written for this test: the e-mail pattern the outlet is read from scanned from each word of the line to its end (18 s).
    const line = 'a-'.repeat(49_500);
    const started = performance.now();
    const { text } = article(`Talks end\n\nThe ceasefire talks in Riyadh ended on Tuesday, officials said.\n\n${line}\n\nNo date was set.`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(text).toContain('The ceasefire talks in Riyadh ended on Tuesday, officials said.');
  });

  it('lets the catalogue override what the text states', () => {
    const raw = readFileSync(join(SEEDS, '003_31b76e603aeb2cfa.txt'), 'utf8');
    const a = article(raw, { title: 'Catalogued title', outlet: 'Sputnik', published: '2025-09-07', byline: null });
    expect(a.meta).toEqual({
      title: 'Catalogued title',
      outlet: 'Sputnik',
      published: '2025-09-07',
      publishedInferred: false,
      url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
      byline: null,
    });
  });

  it('reads front matter and keeps it out of the text', () => {
    const a = article(
      '---\ntitle: "Zelensky meets Trump at the White House"\nsource: Kyiv Independent\ndate: 2025-08-18\nurl: https://example.org/news/zelensky\nauthor: Olena Shevchenko\n---\n' +
        'Ukrainian President Volodymyr Zelensky met Donald Trump at the White House on Monday.\n\n' +
        'European leaders joined the talks later in the day.\n',
    );
    expect(a.meta).toEqual({
      title: 'Zelensky meets Trump at the White House',
      outlet: 'Kyiv Independent',
      published: '2025-08-18',
      publishedInferred: false,
      url: 'https://example.org/news/zelensky',
      byline: 'Olena Shevchenko',
    });
    expect(a.text).toBe(
      'Ukrainian President Volodymyr Zelensky met Donald Trump at the White House on Monday.\n\nEuropean leaders joined the talks later in the day.',
    );
  });

  it('takes the publication date from the url path and the outlet from its host when nothing states them', () => {
    const a = article('https://news.example.com/2025/03/18/putin-trump-call/\nPutin and Trump spoke for more than two hours on Tuesday.');
    expect(a.meta.published).toBe('2025-03-18');
    expect(a.meta.outlet).toBe('news.example.com');
  });

  it('keeps real ampersands and decodes entities in prose', () => {
    const a = article('Shares of AT&amp;T and Johnson & Johnson rose after the R&D report&nbsp;was published on Monday.');
    expect(a.text).toBe('Shares of AT&T and Johnson & Johnson rose after the R&D report was published on Monday.');
  });

  it('removes a "By Name" byline line and records it', () => {
    const a = article(
      'Kremlin Rejects Ceasefire Terms\nBy Maria Tsvetkova and John Smith\n\nThe Kremlin on Friday rejected the proposed terms of a ceasefire in Ukraine.',
    );
    expect(a.meta.title).toBe('Kremlin Rejects Ceasefire Terms');
    expect(a.meta.byline).toBe('Maria Tsvetkova and John Smith');
    expect(a.text).toBe('The Kremlin on Friday rejected the proposed terms of a ceasefire in Ukraine.');
  });

  it("keeps a scrape's bulleted items on lines of their own under the sentence introducing them, a lone item apart", () => {
    const a = article(
      [
        'The ferry to the outer islands left the harbour on Monday morning after a week of storms, the port authority said.',
        '',
        'The ferry carries very little.',
        '',
        ' three lifeboats',
        ' a first-aid chest',
        '',
        'The crossing took four hours and the passengers were met by their families on the pier at the other side.',
        ' Harbour closes for repairs',
        '',
        'The port authority said the next crossing would leave on Thursday if the weather held for the rest of the week.',
      ].join('\n'),
    );
    expect(a.text).toContain('\n\nThe ferry carries very little.\nthree lifeboats\na first-aid chest\n\n');
    expect(a.text).not.toMatch(/other side\.\n(?!\n)/);
  });

  it('keeps every paragraph of a written text: short ones, a heading, a lead-in and its list, a quotation', () => {
    const paragraphs = [
      'The mill on the river Aske ground corn for the parish from 1702 until the flood of 1931 stopped its wheel for good.',
      'It had two pairs of stones (French burr).',
      'The miller lived above the store.',
      'The building has three floors:',
      '- a cellar for the gears,',
      '- a milling floor, and',
      '- a loft for the sacks.',
      '"The wheel turned every day but Sunday," a neighbour wrote in 1890.',
      'Restoration',
      'A trust bought the mill in 1978 and put the wheel back in 1984.',
      '1. The stones were dressed again in 1985.',
      '2. The first flour was sold in 1986.',
      'It opens on Saturdays.',
    ];
    const a = article(['The mill on the Aske', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
    expect(a.text.split('\n\n')).toEqual(paragraphs);
    expect(a.meta.title).toBe('The mill on the Aske');
  });

  it("takes a written text's first line as its title when it is one word", () => {
    const a = article('Windmills\n\nA windmill turns the force of the wind into rotation, which grinds grain or pumps water.\n');
    expect(a.meta.title).toBe('Windmills');
    expect(a.text).toBe('A windmill turns the force of the wind into rotation, which grinds grain or pumps water.');
  });

  it('returns empty text, not an error, for an article that is all boilerplate', () => {
    const a = article('Home\nWorld\nPolitics\nSport\nComments0\n');
    expect(a.text).toBe('');
  });
});

describe('cleanArticle on a Markdown article', () => {
  it('takes the Markdown heading as the title and keeps link text in the body', () => {
    const a = cleanArticle({
      id: 'md',
      path: 'md.md',
      hash: 'h',
      catalog: {},
      raw: '# Zelensky Meets Trump at the White House\n\nUkrainian President Volodymyr Zelensky met [Donald Trump](https://example.org/trump) on **Monday**.\n',
    });
    expect(a.meta.title).toBe('Zelensky Meets Trump at the White House');
    expect(a.text).toBe('Ukrainian President Volodymyr Zelensky met Donald Trump on Monday.');
  });
});
