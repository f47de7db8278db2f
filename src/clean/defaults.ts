import cleanerWeights from './boilerplate/cleaner-weights.json' with { type: 'json' };
import dateWeights from './metadata/date-weights.json' with { type: 'json' };
import outletWeights from './metadata/outlet-weights.json' with { type: 'json' };
import type { CleanerModel } from './boilerplate/boilerplate.js';
import type { DateModel } from './metadata/date-chooser.js';
import type { OutletModel } from './metadata/outlet-chooser.js';
import { CORPUS_DEFAULTS } from '../corpus/defaults.js';

/** Tuning values for cleaning an article; the measurement or source behind each is beside it. */
export const CLEAN_DEFAULTS = {
  /** A headline has at most this many words (news headlines run 6–12 words; 25 leaves room for long feature titles). */
  headlineMaxWords: 25,
  /**
   * Words for a line to count as running text, for the densest run of prose and the neighbours'
   * features: jusText's "length_low" of 70 characters is about 12 English words; 10 gave the same
   * cross-validated F1 on the fit pages.
   */
  proseMinWords: 10,
  /**
   * What a non-prose line costs the densest run of prose, in words: a few menu lines or a caption do
   * not split an article; a related-links block of a dozen lines does.
   */
  gapCost: 8,
  /**
   * The headline, byline and dateline sit at most this many blocks above the article's first paragraph (templates put a
   * few share or tag lines between them).
   */
  headerWindow: 12,
  /**
   * jusText's context rule on the classifier's output (boilerplate.ts, applyEdgeRule). Measured on the
   * 59 fit pages with the weights fitted without it: body F1 0.9171 without, 0.9167 with (neutral);
   * it is kept because the seeds' footers ("Comments0", a menu after the last paragraph) need it. Restricted to short
   * blocks as jusText's context pass is (long ones are not reclassified): CV body F1 0.9246 → 0.9261 (session 6).
   */
  edgeRule: true,
  /** Longest run of short blocks between two kept paragraphs that is taken as the article's (a list). */
  sandwichMax: 12,
  /**
   * Dropped non-empty blocks in a row that end a region of kept text (boilerplate.ts, cutAfterMainRegion:
   * regions after the one with the most running text go). 5-fold CV body F1 on the 59 fit pages, weights
   * refitted: 0.9171 without the rule; gap 2: 0.9231, gap 3: 0.9216; cutting the regions before it too: 0.9228, and it
   * cost the header reading 2 headlines of the fit pages (40 → 38), so only the tail is cut.
   */
  regionGap: 2,
  /**
   * A label over other stories is a few words ("More in Trump Impeachment Inquiry" is 5). The rule (boilerplate.ts,
   * dropRelatedStories), CV body F1 on the 59 fit pages: 0.9261 → 0.9292 (0.9269 when it ran before the region cut).
   */
  relatedLabelMaxWords: 6,
  /** An alt text and its caption are at most this many non-empty lines apart. */
  captionRepeatWindow: 2,
  /**
   * The fitted models, as their weights files ship them: the form of each file is checked where a program starts
   * (checkShippedModels, src/models/shipped-models.ts) and by its fit script's --check, not here, so that a fit script, which imports
   * the reader, still runs to rewrite a file of a form this code no longer reads.
   * The line classifier (npm run eval:fit-cleaner; cross-validated F1 inside the file).
   */
  cleaner: cleanerWeights as CleanerModel,
  /** The publication-date chooser (npm run eval:fit-dates). */
  dateChooser: dateWeights as DateModel,
  /** The outlet chooser (npm run eval:fit-outlet). */
  outletChooser: outletWeights as OutletModel,
  /**
   * A byline or dateline is a short line ("By Jane Doe | November 19, 2019, 6:21 AM EST"); a caption with a date is
   * longer. Also the longest line between headline and first paragraph taken as header, not text (fit pages, body F1
   * 0.924 → 0.926: openings whose full stop the scrape lost stayed in the article).
   */
  datelineMaxWords: 16,
  /**
   * A parent company's copyright line ("CBS Interactive") stands for the brand the page prints at least this often
   * ("CBS News": in the dateline, the menu, the app box). Fit pages: outlet named 28 → 33 of 59 with 3 or 4, none
   * named wrongly that was right before; with 2 a programme wins on 3 pages ("Al Jazeera World", "FOX News Investigates").
   */
  brandMinCount: 3,
  /** Non-empty lines above the byline or dateline the headline may sit: on the fit pages up to 13 (a 12-line share bar between). */
  headlineAboveDateline: 16,
  /**
   * What a line in the header stack adds to its headline score (text-metadata.ts, headerStack): above the byline or dateline,
   * where news style puts the headline, more than below it, where some templates do. Fit pages: titles 41 → 47 of 59 with
   * the stack (0.3/0.15), body F1 0.9350 → 0.9357.
   */
  stackBonus: { above: 0.3, below: 0.15 },
  /** A headline line printed again on the page (findHeadline). Fit pages: titles 47 → 49 of 59 with 0.05 or 0.1, 48 with 0.2. */
  repeatedHeadlineBonus: 0.1,
  /** How many years either side of the latest year the article mentions a weekday anchor may fall. */
  weekdayAnchorYears: 11,
  /** HTML extraction (html-article.ts, html-meta.ts), each value with its reason. */
  html: {
    /**
     * A page with more elements than this is not read: the extraction dataset's largest page has 1,636
     * start tags (counted as markupShape counts), so this is 30 times that; a 10 MB page of repeated tags
     * has ~180,000, which Readability scored for 85 s on this machine.
     */
    maxElements: 50_000,
    /**
     * Tags nested deeper than this make the page unreadable: the dataset's deepest page reaches 135 (as
     * counted by markupShape, where unclosed `<p>`s count as open), and recursive DOM walks overflow the
     * stack in the tens of thousands.
     */
    maxDepth: 1_000,
    /**
     * The parsed page (end tags the markup leaves out closed as HTML parsers close them) nested deeper than this is not
     * read: the extraction dataset's fit pages reach 50 (held-out 30), so this is 4 times that. Readability's passes read
     * an element's text and descendants once for each element around it, so one chain of nested tags costs about the cube
     * of its depth: measured in session 37, a single chain 400 deep took 2-5 s to extract, 990 deep 35 s.
     */
    maxParsedDepth: 200,
    /**
     * The parsed page's nesting in all (each element counted once per element around it) past which it is not read:
     * Readability's work grows with it. The fit pages' largest is 19,847 (held-out 22,316), so this is 20 times that.
     * Measured in session 37 (load ~2): a 542 kB page of 49 chains 990 deep (24 million) took 8 min 7 s; pages just
     * under both limits (chains 25-195 deep, 380,000-394,000) 4.7-6.8 s, less than 48,000 shallow elements (maxElements) take.
     */
    maxNesting: 400_000,
    /** Readability's default (500 characters): an article shorter than this is retried with looser rules. */
    charThreshold: 500,
    /** The corpus layer's bound on one paragraph (src/corpus/defaults.ts, where it is measured), for pages added by link too. */
    maxParagraphChars: CORPUS_DEFAULTS.maxParagraphChars,
    /** The corpus layer's bound on all of a page's text (src/corpus/defaults.ts, where it is measured), for pages added by link too. */
    maxTextChars: CORPUS_DEFAULTS.maxTextChars,
    /** A date label is short: "PUBLISHED: November 19, 2019 at 8:59 pm" is 40 characters. */
    shownDateMaxChars: 100,
    /** A byline element is short: Mozilla Readability takes one of under 100 characters (_isValidByline). */
    bylineElementMaxChars: 100,
    /**
     * A byline element's text as its markup holds it, template indentation and all: on the extraction dataset's fit pages
     * the byline element read runs to 10–275 characters so; read no further than this.
     */
    bylineElementMaxRawChars: 1_000,
    /**
     * A copyright notice with the links around it: on the extraction dataset's fit pages, notices followed by their
     * reproduction terms run to 199–232 characters; a longer element is a block of the footer, of which the notice's own
     * text is read.
     */
    copyrightLineMaxChars: 300,
    /**
     * How alike a visible `<h1>` and a declared title must be for the `<h1>` to be the headline. On the
     * extraction dataset's fit pages, the story's own `<h1>` scores 0.75–1 against some declared title
     * (the declared one adds "Opinion |", a site name, or differs in quotes and case), while `<h1>`s that
     * are site names, section names or other stories score at most 0.57. It bounds the `<h1>`'s length too: Dice
     * 2s / (m + n) ≥ 0.65 of an `<h1>` of m distinct words and a title of n, s ≤ n shared, needs m ≤ 2.08 n, so an `<h1>`
     * wrapping the headline with its standfirst is no headline (the fit pages' `<h1>`s read: 5–128 characters, session 30).
     */
    sameHeadline: 0.65,
    /**
     * The share of a declared body's length (JSON-LD `articleBody`, read by html-article.ts's declaredText) under which the
     * text Readability finds is a fragment of the article, a notice or a teaser where a script renders the story, and the
     * declared body is read instead. On the 7 extraction dataset's fit pages whose JSON-LD declares a body, Readability's
     * text is 0.998–1.005 times its length and scores about as well (body F1 1.000 against 1.000 on 4 pages, 1.000 against
     * 0.993, 0.978 against 0.976, 0.958 against 0.963): the declared body is no better where Readability finds the
     * article, and half is a wide margin under what those pages show.
     */
    declaredBodyShare: 0.5,
    /**
     * How many headlines of the site's other pages (headings that are links to them) an article element opens with, at
     * the least, for the page to be a list of stories (listing-page.ts's listingProblem): a front page, a section, a tag
     * page or search results show one headline per story. On the extraction dataset's 59 fit pages the article element
     * holds at most 1 such heading; on the session 43 probe's listing of 8 teaser cards (56 fit pages) it holds 8–14.
     */
    listingHeadlines: 3,
    /**
     * The share of an article element's letters and digits inside links to other pages at or over which it is a list of
     * links, not a story: trafilatura's limit on a block's link text (0.8: link_density_test in
     * trafilatura/htmlprocessing.py; Barbaresi 2021), link density being the strongest single feature of boilerplate
     * (Kohlschütter et al. 2010, "Boilerplate detection using shallow text features"). On the 59 fit pages the article
     * element's share runs to 0.31.
     */
    listingLinkShare: 0.8,
  },
};

export type CleanSettings = typeof CLEAN_DEFAULTS;
export type HtmlSettings = CleanSettings['html'];
