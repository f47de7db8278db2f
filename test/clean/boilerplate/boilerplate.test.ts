import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBlocks, isWrittenProse, stripCredit, toBlocks } from '../../../src/clean/boilerplate/boilerplate.js';
import { cleanArticle } from '../../../src/clean/clean-article.js';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { densestRun, headlineOf, lineFeatures } from '../../../src/clean/boilerplate/line-features.js';
import { normalizeText } from '../../../src/clean/characters/normalize-text.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/extraction');
const SEEDS = join(import.meta.dirname, '../../../seeds');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const clean = (raw: string) => cleanArticle({ id: 'page', path: 'page.txt', raw, hash: 'h', catalog: {} });
const kept = (text: string) => {
  const { blocks, kept: keep } = classifyBlocks(normalizeText(text), CLEAN_DEFAULTS.cleaner, CLEAN_DEFAULTS);
  return blocks.filter((_, i) => keep[i]);
};

describe('toBlocks', () => {
  it('continues a line broken inside a sentence, after an abbreviation, a comma or a function word', () => {
    expect(toBlocks(['Vladimir Putin and U.S.', 'President Donald Trump spoke.'], 10).blocks).toEqual([
      'Vladimir Putin and U.S. President Donald Trump spoke.',
    ]);
    expect(toBlocks(['two calls, on Feb.', '12 and on March 18.'], 10).blocks).toEqual(['two calls, on Feb. 12 and on March 18.']);
    expect(toBlocks(['The Kremlin said on Sunday that the two presidents', 'had spoken by phone.'], 10).blocks).toEqual([
      'The Kremlin said on Sunday that the two presidents had spoken by phone.',
    ]);
  });

  it('keeps menu items, list items and finished sentences as blocks of their own', () => {
    expect(toBlocks(['Home', 'News', 'Sports'], 10).blocks).toEqual(['Home', 'News', 'Sports']);
    expect(toBlocks(['Putin spoke on Friday.', 'Trump replied on Saturday.'], 10).blocks).toEqual([
      'Putin spoke on Friday.',
      'Trump replied on Saturday.',
    ]);
    expect(toBlocks(['You will need the following items, with', ' a tent', ' a stove'], 10).blocks).toEqual([
      'You will need the following items, with',
      'a tent',
      'a stove',
    ]);
    expect(toBlocks(['You will need the following items, with', ' a tent', ' a stove'], 10).listItems).toEqual([false, true, true]);
  });
});

describe('isWrittenProse', () => {
  const written = (lines: string[]) => isWrittenProse(lines, CLEAN_DEFAULTS);
  const text = ['Canals', '', 'The canal was dug by hand between 1790 and 1796.', '', 'Locks', '', 'It climbs through nine locks.'];

  it('takes sentences with single headings between them, a title first, for written prose', () => {
    expect(written(text)).toBe(true);
    expect(written([...text, 'It has a lead-in:', '- a list item', '- another item'])).toBe(true);
  });

  it("reads a paragraph ending in a Wikipedia editors' note or cited page as a sentence", () => {
    expect(written(['Canals', 'The canal was dug by hand.[citation needed]', 'It climbs nine locks.:12'])).toBe(true);
  });

  it('takes a page with a line printed twice, two short lines in a row or a short line last for a scrape', () => {
    expect(written([...text, 'Locks'])).toBe(false);
    expect(written([...text, 'Read more'])).toBe(false);
    expect(written(['Home', 'News', 'The canal was dug by hand between 1790 and 1796.'])).toBe(false);
    expect(written(['Canals', 'Locks'])).toBe(false);
  });

  it("takes a text with a person's name alone under its title, a byline or an author box, for a scrape", () => {
    expect(written(['The canal was dug by hand between 1790 and 1796.', 'Jane Porter', 'Jane writes about rivers.'])).toBe(false);
    expect(written(['The canal was dug by hand between 1790 and 1796.', 'Early Works', 'The first lock was built in 1791.'])).toBe(true);
  });
});

describe('the fitted boilerplate classifier', () => {
  it('drops the comment section from "[ 167 comments ]" on, commenters, dates and votes included (MacRumors, fit page)', () => {
    const text = clean(fixture('macrumors-comments.txt')).text;
    expect(text).toContain('Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard');
    expect(text).toContain('The entry-level 13-inch MacBook Pro was last updated in July');
    for (const gone of ['167 comments', 'Rating: 36 Votes', '2 days ago at 07:52 am', 'un-iveing', 'Woyzeck'])
      expect(text).not.toContain(gone);
  });

  it("drops other stories' headlines, menus and one-line share bars (VG247, fit page)", () => {
    const text = clean(fixture('vg247-review-head.txt')).text;
    expect(text).toContain('Star Wars Jedi: Fallen Order is game that is many things to different people.');
    for (const gone of ['Share on: Facebook', 'Release dates: every game confirmed', 'Subscribe to the', 'Fortnite'])
      expect(text).not.toContain(gone);
  });

  it('keeps the short last paragraph of a quotation that runs over paragraphs, opened but never closed before it', () => {
    const text = clean(
      [
        'The tariffs were first imposed in October 2023 and doubled last summer, and both governments have said since that they want them gone.',
        '',
        '“The tariffs have cost both our countries dearly,” the president told the regional assembly on Tuesday afternoon.',
        '',
        '“Our ministers now have a mandate to end them.',
        '',
        '“I hope they will use it.”',
      ].join('\n'),
    ).text;
    expect(text).toContain('“I hope they will use it.”');
    // A short line after a closed quotation is judged as any other line.
    expect(kept('The talks ended on Monday, and the ministers said they would meet again within the month.\n\n“Read more”')).not.toContain(
      '“Read more”',
    );
  });

  it("ends the article with its region of kept text: other stories' teasers after it go (Twin Cities, fit page)", () => {
    const raw = fixture('twincities-teasers.txt');
    const text = clean(raw).text;
    expect(text).toContain('“I haven’t talked to the trainers at all,” Boudreau said.');
    expect(text).toContain('The Wild still rank at the bottom of the Central Division.');
    for (const gone of ['GEEK Squad', 'Read More', 'Stefon Diggs', 'November 16, 2019 at 8:19 pm']) expect(text).not.toContain(gone);
    // Without the cut (no gap long enough), the classifier alone keeps the teasers.
    const uncut = cleanArticle(
      { id: 'page', path: 'page.txt', raw, hash: 'h', catalog: {} },
      { ...CLEAN_DEFAULTS, regionGap: Infinity },
    ).text;
    expect(uncut).toContain('GEEK Squad');
  });

  it("drops other stories' teasers amid the article (under a label, after 'SEE MORE:') and credited captions (Express, fit page)", () => {
    const text = clean(fixture('express-related.txt')).text;
    for (const stays of [
      'This comes after police said the demonstrators inside the Polytechnic University',
      'Many of the protesters wear masks to shield their identities for protection.',
      'Protesters believe the extradition bill is an example of Hong Kong’s eroding autonomy under Beijing.',
      'The UK has urged an “end to the violence',
    ])
      expect(text).toContain(stays);
    for (const gone of [
      'Related articles',
      'Protestors send defiant warning',
      'SEE MORE',
      "DON'T MISS",
      'China furious at Macron',
      'Lakers vs Nets',
    ])
      expect(text).not.toContain(gone);
  });

  it("leaves a long line after the last paragraph alone: a list's lead-in stays (remember8090.it, fit page)", () => {
    const text = clean(fixture('remember8090-list-lead.txt')).text;
    expect(text).toContain('E chi siamo noi per astenersi da questa corsa consumistica?');
    expect(text).not.toContain('Nessun commento');
  });

  it('keeps every paragraph of the plain seeds, one paragraph each', () => {
    for (const name of ['000_9fa6195cd0faa982.txt', '002_62dcc4dcba42d8bd.txt']) {
      const lines = readFileSync(join(SEEDS, name), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const paragraphs = clean(readFileSync(join(SEEDS, name), 'utf8')).text.split('\n\n');
      for (const line of lines.slice(1)) expect(paragraphs).toContain(line);
    }
  });

  it('never joins text across a dropped line: the lines around it stay separate paragraphs', () => {
    const page = [
      'The summit in Alaska ended without an agreement on a ceasefire, officials said on Saturday after the talks.',
      'Click to share on Facebook (Opens in new window) Click to share on Twitter (Opens in new window)',
      'Negotiators are expected to meet again in Geneva later this month, diplomats said after the meeting ended.',
    ].join('\n');
    const paragraphs = clean(page).text.split('\n\n');
    expect(paragraphs).toContain(
      'The summit in Alaska ended without an agreement on a ceasefire, officials said on Saturday after the talks.',
    );
    expect(paragraphs).toContain(
      'Negotiators are expected to meet again in Geneva later this month, diplomats said after the meeting ended.',
    );
    const dropped = clean(
      ['Putin spoke to reporters after the talks on Friday evening in', 'Share', 'Tweet', 'Email', 'the capital, aides said.'].join('\n'),
    );
    expect(dropped.text).not.toContain('evening in the capital');
  });

  it('keeps a fact-carrying photo caption shown twice once, without its credit (seed 004, the Helsinki summit)', () => {
    const article = clean(readFileSync(join(SEEDS, '004_e0ba8cc3a8df5508.txt'), 'utf8'));
    const captions = article.text.split('\n\n').filter((p) => p.includes('Presidential Palace in Helsinki on July 16, 2018'));
    expect(captions).toEqual([
      'U.S. Trump (left) and Putin (right) exit after a joint press conference following their summit at the Presidential Palace in Helsinki on July 16, 2018.',
    ]);
    expect(article.text).not.toContain('Yonhap');
  });

  it('strips the common photo-credit forms from a caption', () => {
    expect(stripCredit('Putin at the Kremlin on Friday. / AFP-Yonhap')).toBe('Putin at the Kremlin on Friday.');
    expect(stripCredit('Putin at the Kremlin on Friday. (AP Photo/Jane Doe)')).toBe('Putin at the Kremlin on Friday.');
    expect(stripCredit('Putin at the Kremlin on Friday. Photo: Jane Doe')).toBe('Putin at the Kremlin on Friday.');
    expect(stripCredit('Putin at the Kremlin on Friday.')).toBe('Putin at the Kremlin on Friday.');
  });

  it('cleans a Japanese page instead of dropping it: "。" ends sentences', () => {
    const page = [
      'ホーム',
      'ニュース',
      'ログイン',
      '',
      '東京都は十九日、新しい防災計画を発表した。計画では、大きな地震が起きた場合に備えて、各地区に避難所を増やすとしている。都の担当者は、住民の安全を第一に考えたと話した。',
      '',
      '計画は来年の春から順に実施される予定で、費用はおよそ百億円と見込まれている。都議会では今後、詳しい内容が議論される。',
      '',
      'Copyright © Example Shimbun. All rights reserved.',
    ].join('\n');
    const paragraphs = kept(page);
    expect(paragraphs.some((p) => p.startsWith('東京都は十九日'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('計画は来年の春から'))).toBe(true);
  });

  it('keeps a list inside the article between its paragraphs', () => {
    const page = [
      'Home',
      'World',
      'Business',
      '',
      'The government announced new rules on Friday to slow the spread of the virus, after cases rose for a third week.',
      'Officials said the rules were drawn up with doctors and would be enforced by the police in every region.',
      'The ministry published the list of measures that take effect on Monday across the whole country, officials said.',
      ' Schools stay open with smaller classes',
      ' Shops close at eight in the evening',
      ' Public transport runs a reduced timetable',
      'The measures will be reviewed in two weeks, the minister told reporters at a briefing in the capital on Sunday.',
      'Opposition parties said they would support the plan but asked for more help for small businesses and workers.',
      '',
      'Related Stories',
      ' Markets Rally On Hopes',
      ' Oil Falls Again',
      '',
      '© 2019 Example News. All rights reserved.',
    ].join('\n');
    const paragraphs = kept(page);
    expect(paragraphs).toContain('Shops close at eight in the evening');
    expect(paragraphs).not.toContain('Oil Falls Again');
  });
});

describe('line features', () => {
  const features = (lines: string[]) => lineFeatures(lines, CLEAN_DEFAULTS);

  it('marks a caption that ends in its photo credit (Vox, fit page)', () => {
    const [caption, sentence] = features([
      'Burning crop stubble outside of Delhi is sending smoke into the city and harming air quality. ' +
        'Sakib Ali/Hindustan Times/Getty Images',
      'Air pollution is once again surging in Delhi, and it is part of a larger pollution problem in India.',
    ]);
    expect(caption.trailingCredit).toBe(1);
    expect(sentence.trailingCredit).toBe(0);
  });

  it('counts a numbered item as a list item (remember8090.it, fit page)', () => {
    expect(features(['1) Lego Star Wars 75188 Bombardiere della Resistenza'])[0].listItem).toBe(1);
    expect(features(['2019 was a good year for the shop.'])[0].listItem).toBe(0);
  });

  it('finds the headline above the article before classifying, and places lines relative to it (LinkNaija, fit page)', () => {
    const lines = [
      'Home',
      'Latest',
      'Politics',
      'HomeSPORT NEWSBREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao',
      'BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao',
      'LinkNaija August 08, 2018',
      'Chelsea have this morning paid the £71.6million fee to the Spanish league this morning to secure the world record signing of ' +
        'Athletic Bilbao keeper Kepa Arrizabalaga.',
      'Kepa Arrizabalaga will undergo a medical at Stamford Bridge today ahead of making the move which will see him become the most ' +
        'expensive keeper in history.',
    ];
    expect(headlineOf(lines, densestRun(lines, CLEAN_DEFAULTS.proseMinWords, CLEAN_DEFAULTS.gapCost))).toBe(4);
    const f = features(lines);
    expect(f[0].aboveHeadline).toBe(1);
    expect(f[6].afterHeadline).toBeGreaterThan(0);
    expect(f[6].headlineOverlap).toBeGreaterThan(0.3);
  });
});
