import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/clean-article.js';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { readTextMetadata } from '../../../src/clean/metadata/text-metadata.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/extraction');
const SEEDS = join(import.meta.dirname, '../../../seeds');
const clean = (raw: string, catalog = {}) => cleanArticle({ id: 'page', path: 'page.txt', raw, hash: 'h', catalog });
const seed = (name: string) => clean(readFileSync(join(SEEDS, name), 'utf8'));
/** The raw text of a fit page's fixture, and that page cleaned. */
const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fixture = (name: string) => clean(fixtureText(name));

/** A short local news page: menu, headline, the `header` lines, four paragraphs, related stories with their dates. */
const riverPage = (header: string[]) =>
  [
    'Home | News | Sport | Weather',
    'Council closes the old river bridge to cars after cracks found',
    ...header,
    'The city council voted on Tuesday night to close the old river bridge to cars from next spring, after engineers found cracks in two of its supporting piers during a routine inspection.',
    'Council members said the decision was painful but unavoidable, and that buses and cyclists would still be allowed to cross while the repairs go on over the coming two years.',
    'Local shop owners on both banks warned that the closure would cut their trade, and asked the council to pay for signs pointing drivers to the car parks nearest their streets.',
    'The engineers who inspected the bridge said the cracks were not dangerous yet, but would widen quickly in a cold winter if heavy lorries kept crossing it every morning.',
    'Related stories',
    'New cycle lanes open along the ring road',
    '12 March 2018',
    'Ferry timetable changes for the summer',
    '4 May 2018',
    '© Riverside Courier',
  ].join('\n\n');

describe('metadata read from the text', () => {
  it('takes the line the article is about as the headline, not the first line of furniture (VG247, fit page)', () => {
    const article = fixture('vg247-review-head.txt');
    expect(article.meta.title).toBe('Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars');
    expect(article.text).not.toContain('shoots for the moon, lands among the stars');
  });

  it('reads a byline and a dateline printed under the headline (VG247, MacRumors, fit pages)', () => {
    const vg = fixture('vg247-review-head.txt');
    expect(vg.meta.byline).toBe('Sherif Saed');
    expect(vg.meta.published).toBe('2019-11-20');
    expect(vg.meta.publishedInferred).toBe(false);
    const mr = fixture('macrumors-comments.txt');
    expect(mr.meta.title).toBe('13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020');
    expect(mr.meta.published).toBe('2019-11-18');
    expect(mr.meta.byline).toBe('Joe Rossignol');
  });

  it('takes the outlet from a copyright line, else the domain of the page URL or of an e-mail address', () => {
    const body = 'The council approved the new budget on Tuesday after a long debate about school funding and roads.';
    expect(clean(`${body}\n\n© 2019 Example Gazette. All rights reserved.`).meta.outlet).toBe('Example Gazette');
    expect(clean(`url: https://www.example-news.com/2019/11/19/budget\n\n${body}`).meta.outlet).toBe('example-news.com');
    expect(seed('004_e0ba8cc3a8df5508.txt').meta.outlet).toBe('viewusglobal.com');
    expect(clean(body).meta.outlet).toBeNull();
  });

  it('reads a URL printed on the page, but not a share link', () => {
    const body = 'The council approved the new budget on Tuesday after a long debate about school funding and roads.';
    expect(clean(`${body}\n\nhttps://www.facebook.com/sharer.php\nhttps://example-news.com/budget-approved`).meta.url).toBe(
      'https://example-news.com/budget-approved',
    );
  });
});

describe('inferred publication dates', () => {
  it('fixes the year from a weekday beside a date: "Friday (September 5)" is 2025 (seed 000)', () => {
    const meta = seed('000_9fa6195cd0faa982.txt').meta;
    expect(meta.published).toBe('2025-09');
    expect(meta.publishedInferred).toBe(true);
  });

  it('never overrides a stated date, and a catalogue null stops the inference', () => {
    expect(seed('003_31b76e603aeb2cfa.txt').meta).toMatchObject({ published: '2025-09-08', publishedInferred: false });
    const raw = readFileSync(join(SEEDS, '000_9fa6195cd0faa982.txt'), 'utf8');
    expect(clean(raw, { published: null }).meta).toMatchObject({ published: null, publishedInferred: false });
  });
});

describe('headline, dateline and outlet rules (issue 10 §4)', () => {
  it('takes the headline above the dek and byline, not a photo caption with its credit run in (NYT, fit page)', () => {
    const article = fixture('nyt-opinion-head.txt');
    expect(article.meta.title).toBe('Republicans Are Following Trump to Nowhere');
    expect(article.meta.byline).toBe('Jamelle Bouie');
    // The copyright line names the company; its legal form is not part of the name.
    expect(article.meta.outlet).toBe('The New York Times');
  });

  it('takes the headline of the header stack above the byline and dateline, not a caption nearer the text (IndieWire, fit page)', () => {
    // Headline, deck, author, date, share bar, then a caption ("“Wild Rose”") right above the first paragraph.
    const article = fixture('indiewire-header-stack.txt');
    expect(article.meta.title).toBe('The Wild Story of How Mary Steenburgen Wrote the Best Original Movie Song of the Year');
    expect(article.meta.published).toBe('2019-11-13');
    expect(article.text).toMatch(/^The bizarre odyssey of how Oscar-winning actress/);
  });

  it('takes the headline right below a dateline printed first, not a video title by the text (Fox News, fit page)', () => {
    const article = fixture('foxnews-dateline-first.txt');
    expect(article.meta.title).toBe(
      "James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife suffered miscarriage",
    );
    expect(article.meta.byline).toBe('Andy Sahadeo');
  });

  it('prefers the headline the page prints again over a caption under it (The Verge, fit page)', () => {
    // Headline, "New, 15 comments", a caption, the byline; the share box repeats the headline.
    const raw = fixtureText('verge-repeated-headline.txt');
    const file = { id: 'page', path: 'page.txt', raw, hash: 'h', catalog: {} };
    expect(cleanArticle(file).meta.title).toBe('Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct');
    expect(cleanArticle(file, { ...CLEAN_DEFAULTS, repeatedHeadlineBonus: 0 }).meta.title).toBe(
      'The fourth in the 2009 reboot series of Star Trek films',
    );
  });

  it('reads the publication date printed under the article when the header shows only the update (CBS News, fit page)', () => {
    const article = fixture('cbs-first-published.txt');
    // "Updated on: November 19, 2019 / 10:07 AM" under the headline; "First published on November 19, 2019 / 8:16 AM" below.
    expect(article.meta.published).toBe('2019-11-19');
    expect(article.meta.publishedInferred).toBe(false);
  });

  it('takes the date before "Updated" on a dateline as the publication date (Reuters, fit page)', () => {
    // "November 19, 2019 / 12:21 AM / Updated 14 hours ago"
    const article = fixture('reuters-dateline-updated.txt');
    expect(article.meta.published).toBe('2019-11-19');
    expect(article.meta.title).toBe('Oversupply angst drags oil lower, stocks drift near highs');
  });

  it('dates the page by the date chooser when no dateline rule reads its date (a Ukrainian dateline)', () => {
    const article = clean(riverPage(['19 листопада 2019, 10:32']));
    expect(article.meta.title).toBe('Council closes the old river bridge to cars after cracks found');
    expect(article.meta.published).toBe('2019-11-19');
    expect(article.meta.publishedInferred).toBe(false);
  });

  it("gives no date when the header shows only the story's age, not a date the page writes for something else", () => {
    // The chooser would take the video's date under the first paragraph; the page's own date is "3 hours ago".
    const raw = riverPage(['Published 3 hours ago']).replace(
      /(routine inspection\.)/,
      '$1\n\nVideo: the bridge inspection\n\n18 November 2019, 16:20',
    );
    expect(clean(raw).meta.published).toBeNull();
  });

  it("takes no related story's date after the text for the dateline", () => {
    // Within the header window of the headline, but after the story's first paragraph: the related story's date.
    const article = clean(riverPage(['Published 3 hours ago']));
    expect(article.meta.title).toBe('Council closes the old river bridge to cars after cracks found');
    expect(article.meta.published).toBeNull();
  });

  it('dates a dateline without its year by the copyright year, marked inferred (NJ.com, fit page)', () => {
    // "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM" and "© 2019 NJ.com": posted, not updated, and the year inferred.
    const article = fixture('nj-yearless-dateline.txt');
    expect(article.meta.published).toBe('2019-11-18');
    expect(article.meta.publishedInferred).toBe(true);
    // Without a copyright year nothing is inferred from the dateline.
    const raw = fixtureText('nj-yearless-dateline.txt').replace(/^©.*$/m, '');
    expect(clean(raw).meta.published).toBeNull();
  });

  it('reads a name alone under the headline or over the dateline as the byline (Reuters, IndieWire, fit pages)', () => {
    expect(fixture('reuters-dateline-updated.txt').meta.byline).toBe('Rodrigo Campos');
    // Headline, deck, "David Ehrlich", "Nov 13, 2019 4:26 pm".
    expect(fixture('indiewire-header-stack.txt').meta.byline).toBe('David Ehrlich');
  });

  it('reads a blog\'s user name after "by" on a dated line (Inexhibit, fit page)', () => {
    // "By admin - 2018-09-16"
    const article = fixture('inexhibit-handle-byline.txt');
    expect(article.meta.byline).toBe('admin');
    expect(article.meta.published).toBe('2018-09-16');
  });

  it('takes the byline under the headline, not a related story\'s "By" line further down (Vox, fit page)', () => {
    // "By Umair Irfan Updated Nov 13, 2019, 10:28am EST" under the headline; "By Emily Stewart" under "The Latest".
    const article = fixture('vox-byline-updated.txt');
    expect(article.meta.byline).toBe('Umair Irfan');
    expect(article.meta.published).toBe('2019-11-13');
  });

  it("names the outlet from a staff byline's affiliation (Fox News, fit page)", () => {
    // "By Andy Sahadeo | Fox News"
    expect(fixture('foxnews-dateline-first.txt').meta.outlet).toBe('Fox News');
  });

  it('names the site as its menu does when the copyright line names a parent company (IndieWire, fit page)', () => {
    // "Back to IndieWire" in the menu, "Copyright © 2018 Penske Business Media, LLC." at the foot.
    const raw = fixtureText('indiewire-header-stack.txt');
    expect(clean(raw).meta.outlet).toBe('IndieWire');
    // Without the menu line no name but the parent company's is read, and a company's name is no outlet (outlet-chooser.ts).
    expect(clean(raw.replace('Back to IndieWire', '')).meta.outlet).toBeNull();
  });

  it('looks for the headline above the opening paragraph, not in a list after it (The Anti-June Cleaver, fit page)', () => {
    const article = fixture('antijunecleaver-head.txt');
    expect(article.meta.title).toBe('Hiking the Boulder Flat Irons');
    expect(article.text).toContain('When you live in a state as beautiful as Colorado it’s impossible to stay inside.');
    expect(article.text).toContain('Our hiking survival kit is really very simple.');
    expect(article.text).toContain('Arrowhead bottled water');
  });

  it('takes short lines under the headline as header, a long opening without its full stop as text (LinkNaija, fit page)', () => {
    const blocks = [
      'BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao',
      'LinkNaija August 08, 2018',
      'Chelsea have this morning paid the £71.6million fee to the Spanish league this morning to secure the world record signing of ' +
        'Athletic Bilbao keeper Kepa Arrizabalaga',
      'Kepa Arrizabalaga will undergo a medical st Stamford Bridge today ahead of making the move which will see him become the most ' +
        'expensive keeper in history.',
    ];
    const read = readTextMetadata(blocks, [true, true, true, true], blocks.join('\n\n'), null, CLEAN_DEFAULTS);
    expect(read.headlineBlock).toBe(0);
    expect(read.headerBlocks).toEqual([1]);
    expect(read.published).toBe('2018-08-08');
  });

  it('takes the headline placed above the densest prose when none is by the first kept line (LinkNaija, fit page)', () => {
    const article = fixture('linknaija-page-head.txt');
    const headline = 'BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao';
    expect(article.meta.title).toBe(headline);
    expect(article.text).toContain('This has freed of the £38million move of Thibaut Courtois to Real Madrid');
  });

  it("names the publication a parent company's copyright line stands for by the brand the page prints (CBS News, fit page)", () => {
    const blocks = [
      'Updated on: November 19, 2019 / 10:07 AM / CBS News',
      'Police released dramatic video showing the rescue of a 8-year-old Fort Worth girl who was ripped from her ' +
        "mother's arms and kidnapped in broad daylight. CBS DFW reports the man who kidnapped the child, Michael Webb, " +
        'was sentenced to life in federal prison.',
      '© 2019 CBS Interactive Inc. All Rights Reserved.',
      'CBS News Store',
      'View CBS News In',
      'Copyright © 2019 CBS Interactive Inc. All rights reserved.',
    ];
    const read = (lines: string[]) =>
      readTextMetadata(lines, [false, true, false, false, false, false], lines.join('\n\n'), null, CLEAN_DEFAULTS).outlet;
    expect(read(blocks)).toBe('CBS News');
    // A brand printed fewer than three times is no evidence, never a cut-down name either; the company's own name is no outlet.
    expect(read(blocks.map((b) => b.replace('CBS News Store', 'Store').replace('View CBS News In', 'View')))).toBeUndefined();
    // Two legal forms in a row both go (ScienceAlert, fit page).
    expect(read(['', 'Copyright © 2019 ScienceAlert Pty Ltd. All rights reserved.', '', '', '', ''])).toBe('ScienceAlert');
  });

  it('names the outlet as the site names itself before its parent company in the copyright line (Vox, AppleInsider, fit pages)', () => {
    const body =
      'New Delhi’s air is among the worst in the world, and this month it reached levels the city’s chief minister called a gas chamber.';
    const vox = clean(
      `Follow Vox online:\n\n${body}\n\nVox Media Advertise with us Jobs @ Vox Media © 2019 Vox Media, LLC. All Rights Reserved`,
    );
    expect(vox.meta.outlet).toBe('Vox');
    const ai = clean(`${body}\n\nSubscribe to AppleInsider on YouTube\n\nCopyright © 2019, Quiller Media, Inc., Contact Us`);
    expect(ai.meta.outlet).toBe('AppleInsider');
    // "Follow <name> on Twitter" is what author boxes say of people: not taken (and the parent company is no outlet).
    expect(clean(`${body}\n\nFollow Jane Doe on Twitter\n\n© 2019 Vox Media, LLC.`).meta.outlet).toBeNull();
  });

  it('reads a byline as the name alone: "By" over the name, a name before its date, a role glued on (fit pages)', () => {
    const body =
      'Google, Microsoft and Apple each launched a game-streaming service this year, and players now face a choice of subscriptions.';
    expect(clean(`Game Streaming Services Compared\n\nBy\n\nSarah E. Needleman\n\n${body}`).meta.byline).toBe('Sarah E. Needleman');
    expect(
      clean(`The VW ID Space Vizzion is a weird EV sports wagon\n\nChris Davies - Nov 19, 2019, 10:31 pm CST\n\n${body}`).meta.byline,
    ).toBe('Chris Davies');
    // The byline's line dates the article in the forms datelines take (The Hill, fit page).
    expect(clean(`Governor doubles down on meth campaign\n\nBy Tess Bonn - 11/19/19 06:56 AM EST\n\n${body}`).meta.published).toBe(
      '2019-11-19',
    );
  });

  it('drops a slideshow counter from the headline and a year range from the copyright owner (CT Post, MacRumors, fit pages)', () => {
    const body =
      'Automakers rolled out new SUVs and electric vehicles at the Los Angeles Auto Show on Wednesday, betting on buyers who want both.';
    const article = clean(
      `New SUVs and electric vehicles highlight L.A. Auto Show 1 / 23\n\n${body}\n\nCopyright © 2000- MacRumors.com, LLC.`,
    );
    expect(article.meta.title).toBe('New SUVs and electric vehicles highlight L.A. Auto Show');
    expect(article.meta.outlet).toBe('MacRumors');
  });
});

describe('the outlet read from what the page says of its staff, its title and its domain (fit pages)', () => {
  const body =
    'Dow component Home Depot reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower ' +
    "ahead of the opening bell. Rival Lowe's was also lower following the results.";

  it('names the site a syndication credit writes for: "<agency> for <site>" (NJ.com)', () => {
    const raw = `By Amy Roe | Harbor Advance Media for Harbor.com\n\n${body}\n\nCopyright © 2019 Ridgeline Partners`;
    expect(clean(raw).meta.outlet).toBe('Harbor.com');
  });

  it('names the outlet a "Special to the …" credit gives, as AP style credits writers who are not staff (Pioneer Press)', () => {
    const raw = `By Bill Hoppe | Special to the Pioneer Press\n\n${body}\n\nCopyright © 2019 MediaNews Group`;
    expect(clean(raw).meta.outlet).toBe('Pioneer Press');
  });

  it('names the outlet the scrape glued onto the byline, but never a role glued so (Fox Business)', () => {
    expect(clean(`By Jonathan GarberFOXBusiness\n\n${body}`).meta.outlet).toBe('FOXBusiness');
    expect(clean(`By Meg JamesStaff Writer\n\n${body}`).meta.outlet).toBeNull();
  });

  it("names the outlet an author box's bio works for, but not an employer the article itself mentions (Gizmodo)", () => {
    expect(clean(`${body}\n\nTom McKay\n\nSenior editor at Gizmodo.`).meta.outlet).toBe('Gizmodo');
    const news = `${body} The analyst, a former reporter for The Boston Globe, said the quarter was the weakest in years.`;
    expect(clean(news).meta.outlet).toBeNull();
  });

  it("names the site from its <title> printed in the scrape: the headline, a separator, the site's name (NBC 5)", () => {
    const headline = "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl";
    const opening =
      'A video showing the dramatic moment a kidnapped 8-year-old Fort Worth girl was rescued by police was released Monday. ' +
      'The suspect, Michael Webb, was convicted and sentenced to life in federal prison last Thursday.';
    const raw = (first: string) => `${first}\n\n${headline}\n\n${opening}\n\n© 2019 NBCUniversal Media, LLC`;
    expect(clean(raw(`${headline.replace("!'", "!':")} Fort Worth Girl - NBC 5 Dallas-Fort Worth`)).meta.outlet).toBe(
      'NBC 5 Dallas-Fort Worth',
    );
    // A menu of a few words joined by bars is no title: its last item is not the site (Autoracing).
    expect(clean(raw('Classificação NASCAR | Autoracing | F1 | Indy | MotoGP | StockCar')).meta.outlet).toBeNull();
  });

  it('names the site by a domain it writes as its name at least twice, not by one mention or a blog platform (Moneycontrol)', () => {
    const dateline = 'Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com';
    const disclaimer = 'Disclaimer: The views and investment tips expressed by investment experts on Moneycontrol.com are their own.';
    expect(clean(`${dateline}\n\n${body}\n\n${disclaimer}`).meta.outlet).toBe('Moneycontrol.com');
    expect(clean(`${dateline}\n\n${body}`).meta.outlet).toBeNull();
    expect(clean(`${body}\n\nBlog at WordPress.com.\n\nCreate a free website at WordPress.com`).meta.outlet).toBeNull();
  });

  it('reads a copyright notice run onto the end of a long disclaimer, not an earlier image credit (The Anti-June Cleaver)', () => {
    const disclaimer =
      'We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide ' +
      'a means for us to earn fees by linking to Amazon.com and affiliated sites.';
    const raw = `${body}\n\n© Regan\n\n${disclaimer} ©The Anti-June Cleaver 2011-2019`;
    expect(clean(raw).meta.outlet).toBe('The Anti-June Cleaver');
    // The word "copyright" inside a long line of prose is not a notice.
    expect(clean(`${body}\n\n${disclaimer} The copyright stays with the authors of the reviews quoted here.`).meta.outlet).toBeNull();
  });

  it("takes a URL line outside the article for the page's address, not a source the article cites (Kabar Islam)", () => {
    const second = 'The ministry said the new rules would apply to every school in the province from the start of next year.';
    const cited = 'http://www.example-source.com/2013/02/statement.html';
    const share = 'https://www.example-gazette.com/news/2019/11/19/budget';
    const cites = clean(`${body}\n\nSource:\n\n${cited}\n\n${second}`);
    expect(cites.meta.url).toBeNull();
    expect(cites.meta.outlet).toBeNull();
    const shareBox = `Share this story\n\n Facebook\n Twitter\n Email\n\n${share}\n\nMost Popular\n\n View Comments`;
    expect(clean(`${body}\n\n${second}\n\n${shareBox}`).meta.url).toBe(share);
  });

  it('takes no photo credit for the copyright owner, and prefers a footer notice to a bare "© Name" below it (ScienceAlert)', () => {
    const footer = '© ScienceAlert Pty Ltd. All rights reserved.';
    expect(clean(`${body}\n\n${footer}\n\n© Reuters`).meta.outlet).toBe('ScienceAlert');
    expect(clean(`${body}\n\n© 2019 Example Gazette\n\nA rider passes a blocked plant. © Reuters / Jane Roe`).meta.outlet).toBe(
      'Example Gazette',
    );
    expect(clean(`${body}\n\n© AP Photo/Jane Roe`).meta.outlet).toBeNull();
    expect(clean(`${body}\n\n© Getty Images`).meta.outlet).toBeNull();
    // A bare notice is still the owner when the page has no other.
    expect(clean(`${body}\n\n© The Detroit News, a Digital First Media Newspaper`).meta.outlet).toBe('The Detroit News');
  });

  it("names the site as a line spelling its domain's name when the copyright names a parent company (MoreBikes)", () => {
    const raw = (name: string) =>
      `Skip to content\n\n${name}\n\n${body}\n\nmorebikes.co.uk features the latest bike reviews news events and kit\n\n` +
      'Copyright © Mortons Media Group Ltd, Media Centre, Morton Way, Horncastle.';
    expect(clean(raw('MoreBikes')).meta.outlet).toBe('MoreBikes');
    expect(clean(raw('Bike Reviews')).meta.outlet).toBeNull();
  });

  it("names the site by the name that spells its domain word by word, else by that domain, before a menu's newsletter line (WSJ)", () => {
    const raw = (name: string) =>
      `SubscribeSign In\n\n${name}\n\nEnglish Edition\n\n${body}\n\nWrite to Jane Roe at Jane.Roe@wsj.com\n\n` +
      ` Morning Editorial Report Newsletter\n\n${name}\n\nCopyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.`;
    // wsj: the initials of Wall Street Journal; "The" may be left out of a domain.
    expect(clean(raw('The Wall Street Journal')).meta.outlet).toBe('The Wall Street Journal');
    // No name spells the domain: the domain of the staff's address, not the menu's "<name> Newsletter" line.
    expect(clean(raw('Subscriber Services')).meta.outlet).toBe('wsj.com');
  });

  it("takes the name the page prints again and its domain spells over a company's notice (Ziff Davis, IGN)", () => {
    const page = (footer: string) =>
      `Harbor Gazette\n\n${body}\n\nSend tips to news@harborgazette.com\n\n Harbor Gazette Newsletter\n\n${footer}`;
    expect(clean(page('© 2019 Ridgeline Media Group. All rights reserved.')).meta.outlet).toBe('Harbor Gazette');
    // An owner the page prints elsewhere too is the site's own name.
    expect(clean(`Ridgeline Partners\n\n${page('© 2019 Ridgeline Partners. All rights reserved.')}`).meta.outlet).toBe(
      'Ridgeline Partners',
    );
  });

  it('takes no credit for a part of the page for the owner, and else names a page by a name spelling a domain it links', () => {
    const footer = '© 2019 Harbor Gazette. All rights reserved.';
    expect(clean(`${body}\n\n${footer}\n\nSports data © STATS 2018`).meta.outlet).toBe('Harbor Gazette');
    expect(clean(`${body}\n\n${footer}\n\nMap data © 2019 Example Maps`).meta.outlet).toBe('Harbor Gazette');
    // No notice, no address of the page: a name that spells a domain linked in a comment's pingback.
    const pingback = '[…] https://harborgazette.com/2019/11/19/budget/ […]';
    expect(clean(`Harbor Gazette\n\n${body}\n\n${pingback}`).meta.outlet).toBe('Harbor Gazette');
    expect(clean(`${body}\n\n${pingback}`).meta.outlet).toBeNull();
  });

  it('gives a domain answered as the outlet as the name the page prints for it, never a domain written out (New York Times)', () => {
    const url = 'url: https://www.nytimes.com/2019/11/19/opinion/budget.html';
    expect(clean(`${url}\n\nThe New York Times\n\n${body}`).meta.outlet).toBe('The New York Times');
    expect(clean(`${url}\n\n${body}`).meta.outlet).toBe('nytimes.com');
    // "GamesIndustry.biz" in a footer's list of sister sites spells its own domain: no name of this page's.
    const sisters = `${body}\n\nOur sites\n\n GamesIndustry.biz\n\nContact: tips@gamesindustry.biz`;
    expect(clean(sisters).meta.outlet).toBe('gamesindustry.biz');
  });
});

describe('the byline and dateline read from more of the header (fit pages)', () => {
  const body =
    'Automakers rolled out new SUVs and electric vehicles at the Los Angeles Auto Show on Wednesday, betting on buyers who ' +
    'want both. Toyota is displaying a rechargeable hybrid version of the RAV4, the top-selling vehicle in the U.S. that is not a pickup.';
  const headline = 'New SUVs and electric vehicles highlight L.A. Auto Show';

  it('reads the headline over the densest prose when a kept menu comes first, as the title only (The Hill)', () => {
    const menu = Array.from({ length: 16 }, (_, i) => ` - Section ${i + 1}`);
    const title = 'Harbor man pleads guilty to threatening to kill council member';
    const story = [
      'A Harbor man pleaded guilty on Monday to charges he threatened to kill a member of the city council last spring.',
      'The man, 55, could face up to ten years in prison after pleading guilty to threatening to assault and kill the member.',
      'Prosecutors said the case showed that free speech does not protect threats against elected officials in the city.',
    ];
    // A photo's two-word caption over the story shares all its words with it: the classifier's placed headline, too short.
    const blocks = [...menu, 'Trending:', title, '© Jane Roe', 'Harbor council', ...story];
    const kept = blocks.map((b, i) => i < 6 || story.includes(b));
    const meta = readTextMetadata(blocks, kept, blocks.join('\n\n'), null, CLEAN_DEFAULTS);
    expect(meta.title).toBe(title);
    // The kept menu lines above it are left to the body: no header block, no headline block.
    expect(meta.headerBlocks).toEqual([]);
    expect(meta.headlineBlock).toBeNull();
  });

  it('reads the dateline printed right after the "By" line, far above the headline read (NBC 5)', () => {
    const menu = Array.from({ length: 16 }, (_, i) => `Section ${i + 1}`);
    const blocks = [...menu, headline, body];
    const kept = blocks.map((b) => b === body);
    const byLine = 'By Scott Gordon';
    const page = [byLine, 'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019', ...blocks].join('\n\n');
    expect(readTextMetadata(blocks, kept, page, null, CLEAN_DEFAULTS, byLine).published).toBe('2019-11-18');
    // A "By" line with a date of its own keeps it (the caller reads that one): nothing else is taken.
    const dated = 'By Tess Bonn - 11/19/19 06:56 AM EST';
    expect(readTextMetadata(blocks, kept, page.replace(byLine, dated), null, CLEAN_DEFAULTS, dated).published).toBeUndefined();
  });

  it('reads the byline and dateline under another copy of the headline when a gallery repeats it (CT Post)', () => {
    const blocks = [
      headline,
      'Tom Krisher, Ap Auto Writer',
      'Updated 1:39 am EST, Wednesday, November 20, 2019',
      ...Array.from({ length: 14 }, (_, i) => `Image ${i + 1} of 23`),
      `${headline} 1 / 23`,
      'Back to Gallery',
      body,
    ];
    const read = readTextMetadata(
      blocks,
      blocks.map((b) => b === body),
      blocks.join('\n\n'),
      null,
      CLEAN_DEFAULTS,
    );
    expect(read.title).toBe(headline);
    expect(read.headlineBlock).toBe(blocks.indexOf(`${headline} 1 / 23`));
    expect(read.byline).toBe('Tom Krisher');
    expect(read.published).toBe('2019-11-20');
  });

  it('reads a credit by its label, in the languages the dates are read in (Dealbreaker, Wday.ru)', () => {
    expect(clean(`${headline}\n\nAuthor:The Water CoolestPublish date:Nov 18, 2019\n\n${body}`).meta.byline).toBe('The Water Coolest');
    expect(clean(`${headline}\n\nТекст: Венера Ерофеева·24 сентября 2018\n\n${body}`).meta.byline).toBe('Венера Ерофеева');
  });

  it('reads a name followed by a date with only a space between, but not a dateline that starts with words (Como Educar)', () => {
    const line = 'Carlos Nadalim 27/09/2018 Comente! Alfabetização, Brinquedos e Brincadeiras, Música';
    expect(clean(`${headline}\n\n${line}\n\n${body}`).meta.byline).toBe('Carlos Nadalim');
    expect(clean(`${headline}\n\nUpdated Wednesday 1:39 am EST Nov 20, 2019\n\n${body}`).meta.byline).toBeNull();
  });

  it('reads a staff credit as the byline, with the place before it dropped (Detroit News, News Nation)', () => {
    expect(clean(`${headline}\n\nDetroit News wire services\n\n${body}`).meta.byline).toBe('Detroit News wire services');
    const dateline = 'New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM';
    expect(clean(`${headline}\n\n${dateline}\n\n${body}`).meta.byline).toBe('News Nation Bureau');
  });

  it("reads a name with the author's social handle after it (Moneycontrol)", () => {
    expect(clean(`${headline}\n\n${body}\n\nNishant Kumar @Nishantopines\n\n${body}`).meta.byline).toBe('Nishant Kumar');
  });

  it('reads the name of a "Name, OUTLET date" credit under the headline without its outlet (ScienceAlert)', () => {
    expect(clean(`${headline}\n\nVICTOR TANGERMANN, FUTURISM 18 NOV 2019\n\n${body}`).meta.byline).toBe('VICTOR TANGERMANN');
  });
});

describe('the headline among the lines of the header stack (fit pages)', () => {
  /** Three paragraphs of running text after a header written for the test. */
  const page = (header: string, ...paragraphs: string[]) => clean(`${header}\n\n${paragraphs.join('\n\n')}\n`);

  it('takes the line over the deck for the headline when no header line shares enough words with the article (WSJ)', () => {
    const opening = [
      'Gaming used to be so simple. We bought a cartridge, sat down in front of a console, played to the end, then did it again.',
      'Now we spend money over and over on virtual perks, and we play on phones while talking with friends far away from us.',
    ];
    const header = (headline: string) =>
      [
        'Tech',
        headline,
        'There are more devices and services to choose from than ever before. Here is how to figure out what suits you.',
        'By',
        'Jane Roe',
        'Nov. 19, 2019 8:03 am ET',
      ].join('\n\n');
    expect(page(header('Consoles, Clouds, Arcades: So Many Ways to Pay'), ...opening).meta.title).toBe(
      'Consoles, Clouds, Arcades: So Many Ways to Pay',
    );
    // A line with a sentence's full stop, or in capitals, is no headline.
    expect(page(header('CONSOLES, CLOUDS, ARCADES: SO MANY WAYS TO PAY'), ...opening).meta.title).toBeNull();
  });

  it('takes a headline ending in a quoted exclamation over an "Updated on:" dateline, not a video title under it (CBS News)', () => {
    const article = page(
      'Watch Live\n\nPolice video shows the rescue of a Springfield girl, 8, from a motel: "We got her!"\n\n' +
        'Updated on: March 3, 2021 / 10:07 AM / Springfield News\n\nVideo shows rescue of kidnapped girl',
      'Police released video showing the rescue of a girl who was kidnapped in Springfield on Monday. The girl was found safe in a motel room.',
      'The suspect told investigators that he had taken the girl from her mother outside a grocery store. He was arrested at the motel that night.',
      'Officers said the video shows the moment they found the girl and carried her out of the room to safety.',
    );
    expect(article.meta.title).toBe('Police video shows the rescue of a Springfield girl, 8, from a motel: "We got her!"');
    expect(article.text.startsWith('Police released video')).toBe(true);
    expect(fixture('cbs-first-published.txt').meta.title).toBe(
      'Video shows dramatic rescue of 8-year-old kidnapping victim: "We got her!"',
    );
  });

  it('counts a headline printed twice a few lines apart (breadcrumb, then headline) as printed again (Como Educar)', () => {
    const article = page(
      'Ebook: "Musical Games Children Play at Home With Parents"\n\n Home\n Music\n A taste of the musical games of the Lullaby Band\n\n' +
        'A taste of the musical games of the Lullaby Band\n\nJane Doe 27/09/2018 Comment! Music',
      'Have you never heard the musical games of the Lullaby Band, from Springfield? Take a short look at them here!',
      'The band plays songs for children with spoons, pots and their own voices, and the games teach rhythm to the youngest.',
      'Each song of the band is a game that children can play at home with their parents, and the band posts a new one each month.',
    );
    expect(article.meta.title).toBe('A taste of the musical games of the Lullaby Band');
  });

  it("takes the line the page's <title> names as the headline, far above a video's title by the text (NBC 5)", () => {
    // The <title> ("<headline> - Site") printed first, the headline as its own line, then a video player's furniture.
    const furniture = 'Facebook\nTwitter\nEmail\nPrint\nComments\n\nLink to this video\nCopy\nClose\nEmbed this video\nCopy\nClose';
    const article = page(
      'Council passes a budget after ten hours of debate - Springfield Gazette\n\n Home\n News\n\n' +
        'Council passes a budget after ten hours of debate\n\nThe vote came after midnight\n\nBy Jane Doe\n\n' +
        `Published Nov 18, 2019 at 4:07 PM\n\n${furniture}\n\nReplay\n\nMore videos (1 of 9)\n\nCouncil approves new school and road budget`,
      'The council approved a new budget for schools and roads on Tuesday, after a debate that ran past midnight.',
      'The new budget for schools and roads gives each school more teachers and repairs the roads of the east side.',
      'The council will vote on the budget for parks next month, after the mayor presents her plan for the parks.',
    );
    expect(article.meta.title).toBe('Council passes a budget after ten hours of debate');
    expect(article.text.startsWith('The council approved')).toBe(true);
  });

  it('takes the headline the <title> names from its own line of a text-node dump, though a label and a date run into it', () => {
    // BeautifulSoup's get_text("\n"): the <title> first, then each text node a line with no blank lines between; the line
    // over the headline (a search box's label) and the date under it are read as lines of one sentence with it.
    const raw = [
      '12 ferries a day for the harbour from May - Harbour Weekly',
      ...['Home', 'News', 'Sport', 'Weather', 'Search'],
      '12 ferries a day for the harbour from May',
      '3 Mar, 2026 09:15',
      ...['By', 'Jane Roe'],
      'The harbour board agreed on Monday to run twelve ferries a day between the two piers from the first week of May.',
      'Ferries have run only eight times a day since the winter, when two of the boats went in for repairs at the yard.',
      'The board said the new timetable would be printed at both piers and posted on its website before the end of April.',
      'Shop owners on the north pier said more ferries would bring back the visitors they had missed over the winter.',
      ...['Contact us', 'Privacy'],
    ].join('\n');
    const article = clean(raw);
    expect(article.meta.title).toBe('12 ferries a day for the harbour from May');
    expect(article.meta.byline).toBe('Jane Roe');
    expect(article.text.startsWith('The harbour board agreed')).toBe(true);
  });

  it('takes the headline over its deck, but not a kicker in capitals or a breadcrumb ending in the headline (IGN)', () => {
    const deals = page(
      'Deals\n\nDaily Deals: Winter Sale Prices on Game Consoles, Headphones, Laptops and More\n\n' +
        'Winter Sale is Next Week, But Several Deals Go Live Today\n\nUpdated: 18 Nov 2019 9:38 pm',
      'The winter sale is next week, but several deals go live today: welcome to the daily deals, your source for the best deals.',
      'We bring you the best deals we have found today on game consoles, headphones, laptops and a bunch of other things too.',
      'The price of one of the game consoles has dropped to winter sale levels already, and the headphones are cheaper than ever.',
    );
    expect(deals.meta.title).toBe('Daily Deals: Winter Sale Prices on Game Consoles, Headphones, Laptops and More');
    const phones = (above: string) =>
      page(
        `${above}\n\nPhone makers slow down their release plans for next year\n\nUpdated: 18 Nov 2019 9:38 pm`,
        'Phone makers are slowing down their release plans for next year, as fewer people buy a new phone every year.',
        'The makers say the release plans depend on how many people buy phones in the coming months and on the price of parts.',
        'Analysts expect the slowdown in release plans to last until the makers have sold the phones they have in stock.',
      ).meta.title;
    expect(phones('PHONE MAKERS TECH NEWS')).toBe('Phone makers slow down their release plans for next year');
    expect(phones('Home News Tech Phone makers slow down their release plans for next year')).toBe(
      'Phone makers slow down their release plans for next year',
    );
  });
});

/** A written story (not from any page) for the byline and dateline forms: its headline, opening and second paragraph. */
const STORY = {
  headline: 'Council approves new budget after long debate over schools',
  body:
    'The council approved the new budget on Tuesday after a long debate about school funding and roads in the city. ' +
    'Members voted seven to two in favour of the plan, which raises spending on schools by four percent next year.',
  second: 'The mayor said the vote showed that the council could still work together on the things that mattered most.',
};

describe('bylines as style guides and templates print them', () => {
  const { headline, body, second } = STORY;
  const byline = (line: string) =>
    clean(`Home\n News\n Sports\n\n${headline}\n\n${line}\n\n${body}\n\n${second}\n\n© 2019 Example Gazette. All rights reserved.`).meta
      .byline;

  it("drops a role or a wire agency printed after the name without a comma (AP style's bylines)", () => {
    expect(byline('By JOSH BOAK AP Economics Writer')).toBe('JOSH BOAK');
    expect(byline('By JANE ROE and JOHN DOE Associated Press')).toBe('JANE ROE and JOHN DOE');
    expect(byline('By Jane Roe, Associated Press')).toBe('Jane Roe');
    expect(byline('By Jane Roe Senior Staff Writer')).toBe('Jane Roe');
    expect(byline('Jane Roe Contributor')).toBe('Jane Roe');
    expect(byline('Analysis by Jane Roe, CNN')).toBe('Jane Roe');
    // Reuters credits the reporter, then the editor.
    expect(byline('Reporting by Jane Roe; Editing by John Doe')).toBe('Jane Roe');
    // A name is kept whole: no role word after it.
    expect(byline('By Jane Roe-Writer')).toBe('Jane Roe-Writer');
  });

  it.each([
    ['By: Jane Roe', 'Jane Roe'],
    ['Por Maria Silva', 'Maria Silva'],
    ['Von Jana Roth | 19.11.2019', 'Jana Roth'],
    ['Oleh Budi Santoso', 'Budi Santoso'],
    ['Por: Maria Silva', 'Maria Silva'],
    ['Reporter: Jane Roe', 'Jane Roe'],
    ['Jane Roe • 5 min read', 'Jane Roe'],
  ])('reads "By:", a credit label, a reading time and the word for "by" of the languages the dates are read in: %s', (line, name) => {
    expect(byline(line)).toBe(name);
  });

  it('reads the byline Korean papers print under the story: name, role, e-mail (Entermedia, fit page)', () => {
    const story = '이 사안이 보다 명백하게 무엇이 진실인가가 밝혀져야 하는 이유가 여기에 있다. 여론공방이 아닌 차분한 시선이 필요하다.';
    const page = (line: string) => clean(`${headline}\n\n${body}\n\n${story}\n\n${line}\n\n[사진=JTBC]`).meta.byline;
    expect(page('홍길동 칼럼니스트 hong@example.co.kr')).toBe('홍길동');
    expect(page('김민지 기자')).toBe('김민지');
    // A sentence that mentions a reporter is no byline.
    expect(page('기자들은 오늘 회의에 참석했다')).toBeNull();
  });

  it('ends the name at the first word in lower case, whatever the case of the label before it', () => {
    expect(byline('Posted by Jane Roe in News on November 19, 2019')).toBe('Jane Roe');
    expect(byline('POSTED BY Jane Roe in Schools')).toBe('Jane Roe');
    expect(byline('BY JANE ROE')).toBe('JANE ROE');
  });

  it('reads a user name alone credited as WordPress credits it, never a wire agency', () => {
    expect(byline('Posted by admin')).toBe('admin');
    expect(byline('By jdoe')).toBe('jdoe');
    expect(byline('By Reuters')).toBeNull();
  });

  it('reads several names alone on the line under the headline', () => {
    expect(byline('Jane Roe and John Doe')).toBe('Jane Roe and John Doe');
    expect(byline('Jane Roe, John Doe and Max Moe')).toBe('Jane Roe, John Doe and Max Moe');
    expect(byline('Jane Roe & John Doe')).toBe('Jane Roe & John Doe');
    // Names of things are not people: one of the two is a single word.
    expect(byline('Home Depot and Lowes')).toBeNull();
  });

  it("reads the author from a bio under the story when the header credits no one (an author box's one-line bio)", () => {
    const page = (...tail: string[]) =>
      clean([`Home\n News\n\n${headline}`, body, second, ...tail, '© 2019 Example Gazette. All rights reserved.'].join('\n\n')).meta.byline;
    expect(page('Jane Roe is a freelance writer living in Minneapolis.')).toBe('Jane Roe');
    // A "By" line elsewhere on the page names the author first.
    expect(page('Jane Roe is a freelance writer living in Minneapolis.', 'By John Doe')).toBe('John Doe');
    // Inside the story such a sentence is news about someone else.
    expect(page('John Doe is a reporter who covered the council for years, and he said the vote was close.', second)).toBeNull();
  });

  it("reads a blog entry's meta line that prints the date first, then the author", () => {
    expect(byline('November 19, 2019 Jane Roe')).toBe('Jane Roe');
    expect(byline('21/06/2014 | Jane Roe')).toBe('Jane Roe');
    // A dateline's label after the date is no name.
    expect(byline('November 19, 2019 Updated Wednesday')).toBeNull();
    expect(byline('Nov 19, 2019, 10:30 PM IST')).toBeNull();
    expect(byline('Nov 19, 2019 10:30 am EST | Jane Roe')).toBe('Jane Roe');
    expect(byline('Jane Roe / November 19, 2019')).toBe('Jane Roe');
  });
  it('takes no outlet from the words after "in" on a "By" line (a place or a blog\'s categories), only from a staff credit', () => {
    const outlet = (line: string) => clean(`Home\n News\n\n${headline}\n\n${line}\n\n${body}\n\n${second}`).meta.outlet;
    expect(outlet('By Jane Roe in Schools, Roads')).toBeNull();
    expect(outlet('By Jane Roe, Example Gazette')).toBe('Example Gazette');
  });
  it("reads the name before a dateline's label on its line, as CMS headers print author and date together", () => {
    expect(byline('Jane Roe Published 3 hours ago')).toBe('Jane Roe');
    expect(byline('Jane Roe Updated Nov. 19, 2019')).toBe('Jane Roe');
  });

  it('takes no credit of a photo, an illustration or the editing for the byline (AP and Reuters credits)', () => {
    expect(byline('Photo by Jane Roe')).toBeNull();
    expect(byline('Illustration by Jane Roe')).toBeNull();
    expect(byline('Edited by Jane Roe')).toBeNull();
    expect(byline('Nov. 19, 2019 | Photo by jroe')).toBeNull();
  });

  it('drops the outlet a byline credits after the name: "For The …" (AP style), ", The …"', () => {
    expect(byline('By Jane Roe For The Example Gazette')).toBe('Jane Roe');
    expect(byline('By Jane Roe, The Example Gazette')).toBe('Jane Roe');
    // A list of names stays whole.
    expect(byline('By Jane Roe, John Doe and Max Moe')).toBe('Jane Roe, John Doe and Max Moe');
  });

  it('reads several names in the foreign bylines and a handle in brackets after a name', () => {
    expect(byline('Por Maria Silva e João Souza')).toBe('Maria Silva e João Souza');
    expect(byline('Von Jana Roth und Max Moe | 19.11.2019')).toBe('Jana Roth und Max Moe');
    expect(byline('Jane Roe (@janeroe)')).toBe('Jane Roe');
  });
});

describe('datelines as news templates print them', () => {
  const { headline, body, second } = STORY;
  const published = (...lines: string[]) =>
    clean(`Home\n News\n\n${headline}\n\n${lines.join('\n\n')}\n\n${body}\n\n${second}\n\n© 2019 Example Gazette.`).meta.published;

  it('reads a dateline whose time ends in AP style\'s "p.m." as a dateline, not a sentence', () => {
    expect(published('Nov. 19, 2019 5:36 p.m.')).toBe('2019-11-19');
    expect(published('By Jane Roe', 'November 19, 2019 10:02 a.m.')).toBe('2019-11-19');
  });

  it('tells the publication from a change by the labels of the languages read, whichever comes first', () => {
    expect(published('Modified: November 20, 2019', 'Published: November 19, 2019')).toBe('2019-11-19');
    expect(published('Last modified on Wed 20 Nov 2019 10.05 GMT | First published on Tue 19 Nov 2019')).toBe('2019-11-19');
    expect(published('Mis à jour le 20/11/2019 Publié le 19/11/2019')).toBe('2019-11-19');
    expect(published('Aktualisiert am 20.11.2019 Veröffentlicht am 19.11.2019')).toBe('2019-11-19');
    expect(published('Atualizado em 20/11/2019 Publicado em 19/11/2019')).toBe('2019-11-19');
    // A change's date alone stands in for the publication's, as "Updated" does.
    expect(published('Last modified on Wed 20 Nov 2019 10.05 GMT')).toBe('2019-11-20');
  });
});

describe('outlets and titles as templates print them', () => {
  const { headline, body, second } = STORY;
  const page = (top: string[], foot: string[]) => clean([...top, headline, 'By Jane Roe', body, second, ...foot].join('\n\n')).meta;
  const outlet = (...foot: string[]) => page(['Home\n News'], foot).outlet;

  it('reads the owner of a notice that names it before the sign, and the languages\' "all rights reserved" as no name', () => {
    expect(outlet('Example Gazette © 2019. All rights reserved.')).toBe('Example Gazette');
    expect(outlet('Diario Ejemplo © 2019 Todos los derechos reservados')).toBe('Diario Ejemplo');
    expect(outlet('© 2019 Jornal Exemplo. Todos os direitos reservados.')).toBe('Jornal Exemplo');
    // The word "Copyright" before the sign is no owner.
    expect(outlet('Copyright © 2002-2019 - Designed by Example Web Studio')).toBeNull();
  });

  it("names the site as its app box does, before a parent company's copyright line", () => {
    expect(outlet('Download the Example Gazette app', 'Copyright © 2019 Example Media Group. All rights reserved.')).toBe(
      'Example Gazette',
    );
    // A newsletter may have a name of its own.
    expect(outlet('Sign up for the Morning Briefing newsletter')).toBeNull();
  });

  it("names the site from its <title> with a section between, or the separators Yoast offers, not a slideshow's counter", () => {
    const titled = (line: string) => page([line, 'Home\n News'], []).outlet;
    expect(titled(`${headline} | Local News | Example Gazette`)).toBe('Example Gazette');
    expect(titled(`${headline} - Politics - Example Gazette`)).toBe('Example Gazette');
    expect(titled(`${headline} » Example Gazette`)).toBe('Example Gazette');
    expect(titled(`${headline} · Example Gazette`)).toBe('Example Gazette');
    // Yoast SEO's colon, as the HTML reader reads it too.
    expect(titled(`${headline} : Example Gazette`)).toBe('Example Gazette');
    expect(titled(`${headline} 1 / 23`)).toBeNull();
    // A short title's keywords after the site are none of them the site.
    expect(page(['Budget vote | Example Gazette | Roads | Schools', 'Home'], []).outlet).toBeNull();
  });

  it('cuts the site from a headline read off the <title> line when the page prints the site in its furniture', () => {
    const title = (line: string, ...foot: string[]) =>
      clean(['Home\n News', line, 'By Jane Roe', body, second, ...foot].join('\n\n')).meta.title;
    expect(title(`${headline} | Example Gazette`, '© 2019 Example Gazette')).toBe(headline);
    expect(title(`${headline} - Example Gazette`, '© 2019 Example Gazette')).toBe(headline);
    // Not a suffix the page does not print again, nor words of the headline.
    expect(title(`${headline} - Example Gazette`)).toBe(`${headline} - Example Gazette`);
    expect(title(`${headline} – with roads to follow`, '© 2019 Example Gazette')).toBe(`${headline} – with roads to follow`);
  });

  it("names the wire service or network the story's dateline credits, when nothing else names the outlet", () => {
    const wire = (opening: string) => clean(['Home', headline, 'By Jane Roe', `${opening} ${body}`, second].join('\n\n')).meta.outlet;
    expect(wire('SPRINGFIELD, Ill. (AP) —')).toBe('Associated Press');
    expect(wire('BEIJING, Nov 19 (Reuters) -')).toBe('Reuters');
    expect(wire('(CNN) —')).toBe('CNN');
    // Brackets inside a sentence are no dateline.
    expect(wire('Officials in Springfield (CBC) — the council among them —')).toBeNull();
  });
});

describe('the header read by its place and the author box (written scrapes)', () => {
  const { headline, body, second } = STORY;
  const third = 'Opponents said the plan left too little for road repairs, and promised to raise the issue again in the spring.';
  const page = (head: string[], tail: string[] = []) =>
    clean(['Home\n News', ...head, body, second, third, ...tail, '© 2019 Example Gazette'].join('\n\n')).meta;

  it('takes the line right over the story for the headline when none shares enough words with it (a feature)', () => {
    const feature = 'The quiet fight over what a city owes its children';
    expect(page([feature, 'By Jane Roe', 'November 19, 2019']).title).toBe(feature);
    expect(page([feature, 'The city will spend more on schools next year, and less on roads.', 'By Jane Roe']).title).toBe(feature);
    // Not a dateline, nor a line of nothing the story speaks of.
    expect(page(['Published November 19, 2019 at 5:36 PM EST']).title).toBeNull();
    expect(page(['Weather forecast for the weekend ahead']).title).toBeNull();
  });

  it("reads the byline as the Guardian prints a correspondent's, with a role after a dash, or over a role line", () => {
    expect(page([headline, 'Jane Roe in Washington']).byline).toBe('Jane Roe');
    expect(page([headline, 'Jane Roe and John Doe in Washington']).byline).toBe('Jane Roe and John Doe');
    expect(page([headline, 'Jane Roe - Staff Writer']).byline).toBe('Jane Roe');
    expect(page([headline, 'Text and photos by Jane Roe']).byline).toBe('Jane Roe');
    const deck = 'The city will spend more on schools next year, and less on roads.';
    expect(page([headline, deck, 'Jane Roe', 'Staff Writer', 'November 19, 2019']).byline).toBe('Jane Roe');
    // A blog theme prints the date, then the author.
    expect(page([headline, deck, 'November 19, 2019', 'Jane Roe']).byline).toBe('Jane Roe');
  });

  it("reads the author from the author box's contact line when the header credits no one", () => {
    expect(page([headline], ['Jane Roe can be reached at jroe@example.com.']).byline).toBe('Jane Roe');
    expect(page([headline], ['Contact Jane Roe at jroe@example.com or 555-0100.']).byline).toBe('Jane Roe');
    expect(page([headline], ['Follow Jane Roe on Twitter @janeroe']).byline).toBe('Jane Roe');
    expect(page([headline], ['The Council can be reached at council@example.com.']).byline).toBeNull();
  });

  it('reads the owner of "© Copyright 2019, X" and of a notice that ends in a dash or a dot separator', () => {
    const owner = (line: string) => clean(['Home', headline, 'By Jane Roe', body, second, line].join('\n\n')).meta.outlet;
    expect(owner('© Copyright 2019, Example Gazette')).toBe('Example Gazette');
    expect(owner('Copyright 2019 Example Gazette LLC — All rights reserved')).toBe('Example Gazette');
    expect(owner('Copyright © 2019 Example Gazette · Theme by Example Themes')).toBe('Example Gazette');
  });
});

describe("names, outlets and dates the byline and the story's ends print (written scrapes)", () => {
  const { headline, body, second } = STORY;
  const page = (head: string[], tail: string[] = []) =>
    clean(['Home\n News', headline, ...head, body, second, ...tail, '© 2019 Example Gazette'].join('\n\n')).meta;

  it("drops the page's outlet credited after the names, and takes no site's name under the headline for the author", () => {
    expect(page(['By Jane Roe, Example Gazette']).byline).toBe('Jane Roe');
    expect(page(['By Jane Roe and John Doe, Example Gazette']).byline).toBe('Jane Roe and John Doe');
    expect(page(['By Jane Roe', 'Example Gazette']).byline).toBe('Jane Roe');
    expect(page(['Jane Roe / Example Gazette', 'November 19, 2019']).byline).toBe('Jane Roe');
  });

  it('reads names with particles and a generational suffix, a label without its colon, a comma before the date', () => {
    expect(page(['Jana van der Berg']).byline).toBe('Jana van der Berg');
    expect(page(['Luis de la Cruz', 'November 19, 2019']).byline).toBe('Luis de la Cruz');
    expect(page(['John Roe Jr.', 'November 19, 2019']).byline).toBe('John Roe Jr.');
    expect(page(['Author Jane Roe']).byline).toBe('Jane Roe');
    expect(page(['Jane Roe, 19 November 2019']).byline).toBe('Jane Roe');
  });

  it("reads the date of a syndication note under the story, and a wire dateline's date with the copyright year", () => {
    expect(page(['By Jane Roe'], ['This story was originally published November 19, 2019 5:36 PM.']).published).toBe('2019-11-19');
    expect(page(['By Jane Roe'], ['This article was first published on 19 November 2019.']).published).toBe('2019-11-19');
    const wire = clean(['Home', headline, 'By Jane Roe', `WASHINGTON, Nov 19 (Reuters) - ${body}`, second, '© 2019 Reuters'].join('\n\n'));
    expect(wire.meta.published).toBe('2019-11-19');
    expect(wire.meta.publishedInferred).toBe(true);
  });
});

describe('a <title> with the site first and a dateline without its year (written scrapes)', () => {
  const { headline, body, second } = STORY;
  const page = (...head: string[]) => clean(['Home\n News\n Opinion', ...head, body, second, '© 2019 Example Gazette'].join('\n\n')).meta;

  it('cuts the site or a section printed first from a headline read off the <title> line', () => {
    expect(page(`Example Gazette | ${headline}`, 'By Jane Roe').title).toBe(headline);
    expect(page(`Opinion | ${headline}`, 'By Jane Roe').title).toBe(headline);
    // Not a part the page does not print in its furniture.
    expect(page(`Springfield | ${headline}`, 'By Jane Roe').title).toBe(`Springfield | ${headline}`);
  });

  it('dates a dateline of a month and day alone by the copyright year, marked inferred (AP style leaves the year out)', () => {
    const dated = page(headline, 'By Jane Roe', 'Nov. 19, 5:36 PM');
    expect(dated.published).toBe('2019-11-19');
    expect(dated.publishedInferred).toBe(true);
    expect(page(headline, 'By Jane Roe', 'Tuesday, Nov. 19').published).toBe('2019-11-19');
    // A line that says more than a date is no dateline.
    expect(page(headline, 'By Jane Roe', 'Trending Nov. 18: Mayor to run again').published).toBeNull();
  });
});

describe('bylines read apart from where the headline was read (written scrapes)', () => {
  const { headline, body, second } = STORY;
  const deck = 'The city will spend more on schools next year, and less on roads.';
  const page = (head: string[]) => clean(['Home\n News', ...head, body, second, '© 2019 Example Gazette'].join('\n\n')).meta;

  it('takes no heading of common words under the headline for the author, a name still', () => {
    expect(page([headline, 'Most Read']).byline).toBeNull();
    expect(page([headline, 'Share This Article']).byline).toBeNull();
    expect(page([headline, 'Jane Roe']).byline).toBe('Jane Roe');
  });

  it('takes no heading of common words printed with a date for the author, a name still', () => {
    expect(page([headline, 'Morning Briefing 11.19.19']).byline).toBeNull();
    expect(page([headline, 'November 19, 2019 | Latest News']).byline).toBeNull();
    expect(page([headline, 'Jane Roe - November 19, 2019']).byline).toBe('Jane Roe');
  });

  it("reads the byline above the story when the headline is read below it, and the date beside it is the date chooser's", () => {
    const meta = page(['Jane Roe | November 19, 2019', 'Politics', 'Schools', 'Share on Facebook', 'Share on Twitter', headline]);
    expect(meta.byline).toBe('Jane Roe');
    // The byline's second look sets no date; no dateline rule reads one either, so the fitted chooser's fallback
    // (date-chooser.ts) takes the only date the page writes, on the byline's line in its header.
    expect(meta.published).toBe('2019-11-19');
  });

  it("reads a name over its handle or outlet line and the dateline, under the headline's deck", () => {
    expect(page([headline, deck, 'Jane Roe', '@janeroe', 'Tuesday 19 November 2019 10:23']).byline).toBe('Jane Roe');
    expect(page([headline, deck, 'Jane Roe', 'Example Gazette, Springfield', 'Updated: Nov 19, 2019 10:23 IST']).byline).toBe('Jane Roe');
  });

  it('takes no role before a date for the name, nor a wire agency for the author', () => {
    expect(page([headline, 'Jane Roe', 'Staff Reporter 10:23, 19 Nov 2019']).byline).toBe('Jane Roe');
    expect(page([headline, 'By JANE ROE and JOHN DOE', 'Associated Press', 'November 19, 2019']).byline).toBe('JANE ROE and JOHN DOE');
    expect(page([headline, 'By The Associated Press']).byline).toBeNull();
  });

  it('takes the "By" line over the outlet line printed under it, though a dateline follows that', () => {
    expect(page([headline, 'By Jane Roe', 'Example Business', 'Updated 10:57 AM ET, Tue November 19, 2019']).byline).toBe('Jane Roe');
  });

  it("reads the reporters a wire story credits under its text when the header credits no one (Reuters' credit line)", () => {
    const paragraphs = Array.from({ length: 14 }, (_, i) => `${second} It was the ${i + 1}th time the members had met.`);
    const story = (...tail: string[]) =>
      clean(['Home\n News', headline, body, ...paragraphs, ...tail, '© 2019 Example Gazette'].join('\n\n')).meta.byline;
    expect(story('Reporting by Jane Roe and John Doe; Editing by Max Moe')).toBe('Jane Roe and John Doe');
    expect(story('Reporting by Jane Roe in Springfield; Editing by Max Moe')).toBe('Jane Roe');
    expect(story('Editing by Max Moe')).toBeNull();
  });

  it('reads every author of a serial list and of a dateline that ends in the authors', () => {
    expect(page([headline, 'By Jane Roe, John Doe, and Max Moe']).byline).toBe('Jane Roe, John Doe, and Max Moe');
    expect(page([headline, 'November 19, 2019 by Jane Roe and John Doe']).byline).toBe('Jane Roe and John Doe');
  });
});
