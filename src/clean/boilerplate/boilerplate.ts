import { foldLine } from '../../corpus/shared-lines.js';
import { checkedLinear, checkedVersion, linearScore, sigmoid, type LinearModel, type WeightsFile } from '../../models/linear-model.js';
import {
  commentStart,
  countWords,
  densestRun,
  endsSentenceAnyScript,
  FEATURE_NAMES,
  isListItem,
  isProseLine,
  lineFeatures,
  type FeatureSettings,
  type LineFeatures,
} from './line-features.js';
import { endsSentence, endsWithAbbreviation } from './sentence-end.js';
import { commonWordsOnly, NAME_ONLY } from '../metadata/byline.js';

/** A line ending on a comma or a function word stops mid-sentence; a menu item or a headline does not. */
export const DANGLING = /(?:,|\b(?:a|an|the|and|or|but|of|to|in|on|at|by|for|from|with|as|that|than|is|are|was|were))$/i;
/** A list item of the scrape (html-to-text's leading space, or a bullet): never a continuation. */
const LIST_MARK = /^(?:\s|[•·▪▫►▸◦‣∙*]\s)/u;

/**
 * The scrape's lines grouped into blocks, the units the classifier decides on: a line broken inside
 * a sentence continues into the next one when the next starts in lower case or with a digit
 * (`on Feb.` / `12 and on March 18`), when it ends on an abbreviation (`… Putin and U.S.` /
 * `President Donald Trump …`), or when it is running text ending on a comma or a function word.
 * A list item always starts a block of its own. Each block is one line of the result, whitespace
 * folded; blank lines stay as blank blocks. `listItems` marks the blocks a list item starts.
 */
export function toBlocks(lines: readonly string[], proseMinWords: number): { blocks: string[]; listItems: boolean[] } {
  const blocks: string[] = [];
  const listItems: boolean[] = [];
  let current = '';
  let currentItem = false;
  for (const raw of lines) {
    const line = foldLine(raw);
    const continues =
      current !== '' &&
      line !== '' &&
      !LIST_MARK.test(raw) &&
      ((/^\p{Ll}/u.test(line) && !/^(?:https?:\/\/|www\.)/i.test(line)) ||
        (/^\p{N}/u.test(line) && !endsSentence(current)) ||
        endsWithAbbreviation(current) ||
        (DANGLING.test(current) && countWords(current) >= proseMinWords));
    if (continues) {
      current = `${current} ${line}`;
      continue;
    }
    if (current !== '') {
      blocks.push(current);
      listItems.push(currentItem);
    }
    if (line === '') {
      blocks.push('');
      listItems.push(false);
    }
    current = line;
    currentItem = LIST_MARK.test(raw);
  }
  if (current !== '') {
    blocks.push(current);
    listItems.push(currentItem);
  }
  return { blocks, listItems };
}

/**
 * The fitted line classifier (src/clean/boilerplate/cleaner-weights.json, written by `npm run eval:fit-cleaner`),
 * in two stages as jusText classifies: `line` scores each line from its own features, `context`
 * rescores it from its own score and its neighbours' (a short line between paragraphs belongs to
 * the article; a long one amid menus does not).
 */
export interface CleanerModel {
  line: LinearModel<keyof LineFeatures>;
  context: LinearModel<ContextFeature>;
  /** A line is article text when its context probability reaches this. */
  threshold: number;
}

export const CLEANER_WEIGHTS: WeightsFile = {
  path: 'src/clean/boilerplate/cleaner-weights.json',
  version: 3,
  script: 'npm run eval:fit-cleaner',
};

/**
 * Stage-one scores are clipped to ±this, so one extreme neighbour does not decide for a line. Measured in session 53 on
 * the 59 fit pages, refitting at each limit (`npm run eval:fit-cleaner -- --pages --check`, the limit changed):
 * cross-validated body F1 0.9306 at ±2 (4 pages lower, 2 higher), 0.9315 at ±4 (1 page lower) and 0.9315 at ±6, ±8,
 * ±12, ±16 and unclipped (every page's F1 the same to 0.001). With the shipped weights 40 of the fit pages' 10,369
 * lines score beyond ±8, none beyond ±12, and the fit pages' body F1 (the eval's extraction-text FIT row) is 0.9357 at
 * every limit from ±6 up: on pages like the fit ones the clip does not bind; it bounds a line unlike any of them.
 */
const LOGIT_LIMIT = 8;

/**
 * The context layer's inputs: the line's own score, the two nearest lines' on each side, and the mean
 * score of the 4 (`near`) and 12 (`far`) nearest lines on each side — the neighbourhood a run of
 * article paragraphs or of menu items forms (jusText's context pass looks only at the nearest "good"
 * or "bad" blocks; wider windows let a teaser amid furniture read as furniture).
 */
export const CONTEXT_FEATURES = ['self', 'prev', 'next', 'prev2', 'next2', 'near', 'far'] as const;
type ContextFeature = (typeof CONTEXT_FEATURES)[number];
export type ContextFeatures = Record<ContextFeature, number>;

/** A cleaner-weights file's contents when of this code's form and features (linear-model.ts); else an Error naming the fit script. */
export function checkedCleaner(data: unknown): CleanerModel {
  const shipped = data as { version: number; line: LinearModel<string>; context: LinearModel<string>; threshold: number };
  const { line, context, threshold } = checkedVersion(shipped, CLEANER_WEIGHTS);
  return {
    line: checkedLinear(line, FEATURE_NAMES, CLEANER_WEIGHTS),
    context: checkedLinear(context, CONTEXT_FEATURES, CLEANER_WEIGHTS),
    threshold,
  };
}

/** A layer's score of a line, clipped to ±LOGIT_LIMIT. */
export function clippedScore<F extends string>(layer: LinearModel<F>, features: Readonly<Record<F, number>>): number {
  return Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, linearScore(layer, features)));
}

/**
 * The context features of every line from the stage-one scores `z`: its own score, those of the two
 * nearest non-empty lines on each side and the mean over wider windows (0, undecided, past the ends of
 * the page). Empty lines get 0s.
 */
export function contextFeatures(z: readonly number[], empty: readonly boolean[]): ContextFeatures[] {
  const order = z.map((_, i) => i).filter((i) => !empty[i]);
  const out: ContextFeatures[] = z.map(() => ({ self: 0, prev: 0, next: 0, prev2: 0, next2: 0, near: 0, far: 0 }));
  const at = (j: number) => (j >= 0 && j < order.length ? z[order[j]] : 0);
  const mean = (k: number, span: number) => {
    let sum = 0;
    for (let j = k - span; j <= k + span; j++) if (j !== k) sum += at(j);
    return sum / (2 * span);
  };
  order.forEach((i, k) => {
    out[i] = { self: z[i], prev: at(k - 1), next: at(k + 1), prev2: at(k - 2), next2: at(k + 2), near: mean(k, 4), far: mean(k, 12) };
  });
  return out;
}

/** Probability that each line is article text, by the two stages of `model`. */
export function lineProbabilities(
  lines: readonly string[],
  model: CleanerModel,
  settings: FeatureSettings,
  shared: ReadonlySet<string> = new Set(),
): number[] {
  const features = lineFeatures(lines, settings, shared);
  const empty = lines.map((l) => l.trim() === '');
  const z = features.map((f) => clippedScore(model.line, f));
  return contextFeatures(z, empty).map((c) => sigmoid(clippedScore(model.context, c)));
}

/**
 * Image credits ending a caption: "… / AFP-Yonhap", "Photo: Jane Doe", "(Reuters)", "(AP Photo/John Smith)",
 * "Photo by Jane Doe", "Credit: …", "Getty Images" — the credit forms of the AP and Reuters style guides.
 */
const PHOTO_CREDIT = [
  /\s*\((?:Reuters|AP|AFP|EPA|Getty Images|Xinhua|Shutterstock|Bloomberg|Anadolu|AP Photo)(?:[\s/][^)]*)?\)$/u,
  /\s+\/\s*\p{Lu}[^/.!?]{1,60}$/u,
  /\s*(?:\(|\b)(?:photo|photograph|image|picture|credit|photo credit)s?(?:\s+by)?\s*[:/]\s*\S[^.!?]{0,80}\)?$/iu,
  /\s*\b(?:photo|image)\s+by\s+\p{Lu}[^.!?]{0,60}$/iu,
];

/** The caption without its trailing photo credit. */
export function stripCredit(line: string): string {
  for (const credit of PHOTO_CREDIT) {
    const stripped = line.replace(credit, '');
    if (stripped !== line && stripped.trim() !== '') return stripped.trimEnd();
  }
  return line;
}

/**
 * An image's alt text followed by its caption (the same text twice within `window` lines, as scrapes
 * of `<img alt>` + `<figcaption>` give it): one copy stays, credit stripped, marked so that a caption
 * carrying a sentence is kept as article text; the other copy becomes a blank line.
 */
function mergeCaptionPairs(lines: string[], window: number): Set<number> {
  const captions = new Set<number>();
  const norm = lines.map(foldLine);
  for (let i = 0; i < lines.length; i++) {
    if (norm[i] === '' || norm[i].split(' ').length < 4) continue;
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < window; j++) {
      if (norm[j] === '') continue;
      seen++;
      if (norm[j] !== norm[i]) continue;
      lines[j] = '';
      norm[j] = '';
      lines[i] = stripCredit(norm[i]);
      if (endsSentenceAnyScript(lines[i])) captions.add(i);
      break;
    }
  }
  return captions;
}

/**
 * A photo caption shown once and ending in its credit ("… lose its autonomy (Image: GETTY)", "(AP Photo/Jane Doe)") is
 * the picture's, not the article's text: the extraction benchmark's true bodies leave such captions out, as reader
 * modes do (Readability drops figure captions with their images). A caption shown twice (alt text and figcaption,
 * mergeCaptionPairs) that reads as a sentence stays: it may carry a fact the text does not (seed 004's summit date).
 * CV body F1 on the 59 fit pages: 0.9292 → 0.9317.
 */
function dropCreditedCaptions(blocks: readonly string[], keep: boolean[], captions: ReadonlySet<number>): void {
  blocks.forEach((line, i) => {
    if (keep[i] && !captions.has(i) && stripCredit(line) !== line) keep[i] = false;
  });
}

/**
 * jusText's context-sensitive pass (Pomikálek 2011, §3.2), on the classifier's decisions: short blocks
 * (fewer than proseMinWords words) that are not sentences after the article's last paragraph of running text
 * are furniture (a "Comments0" counter, the first item of the footer menu); as in jusText, a long block is
 * never reclassified by its context (a list's lead-in ending on ":" or an emoji stays); a run of at most `sandwichMax` short
 * blocks with kept running text on both sides is the article's (a list, a subheading). Captions kept
 * as such are left alone. Short blocks before the first paragraph are left to the header reading
 * (text-metadata.ts): dropping them here too cost 0.002 F1 on the fit pages.
 */
function applyEdgeRule(blocks: readonly string[], keep: boolean[], captions: ReadonlySet<number>, settings: BoilerplateSettings): void {
  const prose = blocks.map((line, i) => keep[i] && isProseLine(line, settings.proseMinWords));
  const last = prose.lastIndexOf(true);
  if (last < 0) return;
  blocks.forEach((_, i) => {
    if (keep[i] && !endsSentenceAnyScript(blocks[i]) && countWords(blocks[i]) < settings.proseMinWords && !captions.has(i) && i > last) {
      keep[i] = false;
    }
  });
  let run: number[] = [];
  let opened = false;
  blocks.forEach((line, i) => {
    if (line === '') return;
    if (prose[i]) {
      if (opened && run.length > 0 && run.length <= settings.sandwichMax) for (const j of run) keep[j] = true;
      opened = true;
      run = [];
    } else if (!keep[i] && countWords(line) < settings.proseMinWords) run.push(i);
    else if (!keep[i]) {
      opened = false;
      run = [];
    }
  });
}

/**
 * A quotation that runs over several paragraphs opens each of them with a quotation mark and closes only the last
 * (Chicago Manual of Style 13.30; AP Stylebook, "quotation marks"): a dropped block that opens with one, right after
 * a kept block whose quotation is still open, is the same speaker's next paragraph and stays, however short.
 */
function keepQuotationContinued(blocks: readonly string[], keep: boolean[], end: number): void {
  let open = false;
  for (let i = 0; i < end; i++) {
    const line = blocks[i];
    if (line === '') continue;
    if (!keep[i] && open && /^["“]/.test(line)) keep[i] = true;
    open = keep[i] && quotationOpen(line);
  }
}

/** Whether a paragraph leaves a quotation open: more “ than ”, or an odd number of straight double quotes. */
function quotationOpen(line: string): boolean {
  const count = (mark: string) => line.split(mark).length - 1;
  return count('“') > count('”') || count('"') % 2 === 1;
}

/**
 * The labels news templates put over a list of other stories, and before a single teaser ("READ MORE: …"), in the
 * languages of the pages: trafilatura drops such "related stories" boxes by their markup (class names "related",
 * "more-stories", "read-more"); in a scrape only the label is left to see. The HTML reader judges its promos' labels by
 * them too (promos.ts, isPromoLabel).
 */
export const RELATED_LABEL = new RegExp(
  `^(?:${[
    'related(?: stories| articles| news| posts| content| coverage| links| reading)?',
    'more(?: stories| news| like this| to read)?',
    'more (?:from|in|on|about) \\S.*',
    '(?:read|see|watch) (?:more|also|next)',
    'also read',
    'read this next',
    'what to read next',
    'you (?:may|might) (?:also )?like',
    'recommended(?: for you| stories| reading)?',
    "don'?t miss",
    'most (?:read|popular|viewed)',
    'trending(?: now| stories)?',
    'top stories',
    'latest(?: news| stories)?',
    'up next',
    // Portuguese, German, French, Italian, Spanish, Russian, Indonesian.
    'leia (?:também|mais)',
    'veja também',
    'lesen sie (?:auch|mehr)',
    'mehr zum thema',
    '(?:à )?lire aussi',
    'leggi anche',
    'lee también',
    'te puede interesar',
    'читайте также',
    'baca juga',
  ].join('|')})$`,
  'iu',
);

/**
 * Other stories' teasers inside or after the article (trafilatura's related-stories detection): a label line
 * (RELATED_LABEL, a few words: "Related Stories", "More in Politics", "DON'T MISS") and the headlines under it,
 * lines that are not sentences, go; so does a one-line teaser "READ MORE: <headline>". The list ends at the
 * first sentence (the article's next paragraph).
 */
function dropRelatedStories(blocks: readonly string[], keep: boolean[], settings: BoilerplateSettings): void {
  const label = (line: string) => RELATED_LABEL.test(line) && countWords(line) <= settings.relatedLabelMaxWords;
  for (let i = 0; i < blocks.length; i++) {
    const line = blocks[i];
    if (!keep[i] || line === '') continue;
    const colon = /^([^:]{1,40}):\s*(\S.*)$/u.exec(line);
    if (colon !== null && RELATED_LABEL.test(colon[1]) && !endsSentenceAnyScript(colon[2])) {
      keep[i] = false;
      continue;
    }
    if (!label(line.replace(/[:»›>…\s]+$/u, ''))) continue;
    keep[i] = false;
    for (let j = i + 1; j < blocks.length; j++) {
      if (blocks[j] === '') continue;
      if (endsSentenceAnyScript(blocks[j])) break;
      keep[j] = false;
    }
  }
}

/**
 * The article ends where its region of kept text ends (trafilatura's tail trimming; the "largest
 * contiguous article region" of density-based extractors such as boilerpipe's ArticleExtractor): kept
 * blocks are grouped into regions wherever at least `gap` non-empty blocks in a row were dropped; the
 * region with the most words of running text is the article, and the regions after it go (a teaser
 * list, a newsletter box or an author box the classifier kept after the article's end). Regions above
 * it stay: the header reading (text-metadata.ts) takes the headline and dateline from there. The gap and
 * its measurement: CLEAN_DEFAULTS.regionGap.
 */
function cutAfterMainRegion(blocks: readonly string[], keep: boolean[], gap: number, minWords: number): void {
  const regions: { start: number; end: number; words: number }[] = [];
  let current: { start: number; end: number; words: number } | null = null;
  let dropped = 0;
  blocks.forEach((line, i) => {
    if (line === '') return;
    if (!keep[i]) {
      dropped++;
      if (dropped >= gap && current !== null) {
        regions.push(current);
        current = null;
      }
      return;
    }
    dropped = 0;
    current ??= { start: i, end: i, words: 0 };
    current.end = i;
    if (isProseLine(line, minWords)) current.words += countWords(line);
  });
  if (current !== null) regions.push(current);
  if (regions.length < 2) return;
  const main = regions.reduce((a, b) => (b.words > a.words ? b : a));
  for (const region of regions) if (region.start > main.end) for (let i = region.start; i <= region.end; i++) keep[i] = false;
}

export interface BoilerplateSettings extends FeatureSettings {
  headlineMaxWords: number;
  captionRepeatWindow: number;
  edgeRule: boolean;
  sandwichMax: number;
  regionGap: number;
  relatedLabelMaxWords: number;
}

/**
 * What Wikipedia's text carries after a sentence when copied: its editors' inline notes ("[citation needed]", "[1]":
 * Wikipedia:Inline cleanup tags) and a cited page after a colon (":12", ":283, 286": Template:Rp).
 */
const EDITORS_NOTES = /(?:\[[^\]\n]{1,40}\]|:\d{1,4}(?:[,–-]\s?\d{1,4})*)+$/u;

/**
 * Whether a text was written as prose rather than scraped from a page: it holds a sentence, no line twice, and every line
 * is a sentence (or a list's lead-in ending on ":"), a list item, or a heading (at most `headlineMaxWords` words; the
 * first line: a title; no person's name alone) standing alone over them. A scrape carries its page's furniture, which
 * templates print as runs of short lines that are no sentences (menus, share bars, footers) and as lines printed twice
 * (a menu at the top and the bottom, an alt text and its caption); a written text has neither, and the classifier,
 * fitted on scrapes, reads its short paragraphs, headings and lists as furniture (session 36: a text of 150 words in
 * short paragraphs kept its first two). On the extraction dataset's 59 fit scrapes none is written prose: 56 print a
 * line twice, the other 3 have two short non-sentences in a row.
 */
export function isWrittenProse(blocks: readonly string[], settings: BoilerplateSettings): boolean {
  const lines = blocks.filter((b) => b !== '');
  if (new Set(lines).size < lines.length) return false;
  let sentences = 0;
  let heading = false;
  for (const [k, line] of lines.entries()) {
    // A paragraph copied from Wikipedia ends in a sentence all the same when an editors' note follows it (EDITORS_NOTES).
    const sentence = endsSentenceAnyScript(line.replace(EDITORS_NOTES, ''));
    if (sentence) sentences++;
    if (sentence || line.endsWith(':') || isListItem(line)) heading = false;
    else if (heading || countWords(line) > settings.headlineMaxWords) return false;
    // A person's name alone under the title is a credit: a byline, or an author box over its bio ("Jane Doe" / "Senior
    // editor at …"), as the text reader takes it (text-metadata.ts), which only a page prints.
    else if (k > 0 && NAME_ONLY.test(line) && !commonWordsOnly(line)) return false;
    else heading = true;
  }
  // A heading heads text: a short line last is a page's furniture ("Read more", a tag).
  return sentences > 0 && !heading;
}

/**
 * Keeps the article's lines of a text scrape and drops the page furniture around them (menus,
 * share bars, other stories' headlines and teasers, comments, footers), line by line, with the
 * fitted classifier over the features of line-features.ts. Every block is a paragraph of its own, so
 * no sentence is ever joined across text that was removed. A caption shown
 * twice (alt text and figcaption) keeps one copy without its credit; when it is a sentence it stays.
 * Decides on blocks (toBlocks): returns them (whitespace folded, the caption's second copy emptied),
 * which are kept and which are list items, and whether the text is written prose (isWrittenProse), all of it kept.
 */
export function classifyBlocks(
  text: string,
  model: CleanerModel,
  settings: BoilerplateSettings,
  shared: ReadonlySet<string> = new Set(),
): { blocks: string[]; kept: boolean[]; listItems: boolean[]; written: boolean } {
  const { blocks: lines, listItems } = toBlocks(text.split('\n'), settings.proseMinWords);
  // A written text is all article: nothing in it is a page's furniture.
  if (isWrittenProse(lines, settings)) return { blocks: lines, kept: lines.map((line) => line !== ''), listItems, written: true };
  const captions = mergeCaptionPairs(lines, settings.captionRepeatWindow);
  const probabilities = lineProbabilities(lines, model, settings, shared);
  // Readers' comments are not the article: everything from the comment section's opener on goes.
  const comments = commentStart(lines);
  const end = comments > 0 ? comments : lines.length;
  const folded = lines.map(foldLine);
  const keep = folded.map((line, i) => i < end && line !== '' && (captions.has(i) || probabilities[i] >= model.threshold));
  if (settings.edgeRule) applyEdgeRule(folded, keep, captions, settings);
  dropCreditedCaptions(folded, keep, captions);
  keepQuotationContinued(folded, keep, end);
  cutAfterMainRegion(folded, keep, settings.regionGap, settings.proseMinWords);
  // After the region cut: a teaser box amid the article is not a gap that ends the article's region.
  dropRelatedStories(folded, keep, settings);
  // A page the classifier empties entirely (a results table under two sentences of intro) keeps
  // its densest run of prose rather than nothing.
  if (!keep.some(Boolean)) {
    const main = densestRun(lines.slice(0, end), settings.proseMinWords, settings.gapCost);
    for (let i = main.start; i <= main.end; i++) keep[i] = isProseLine(folded[i], settings.proseMinWords);
  }
  return { blocks: folded, kept: keep, listItems, written: false };
}
