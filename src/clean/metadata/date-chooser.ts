/**
 * The publication date of a text scrape whose header the dateline rules (text-metadata.ts) could not read: every complete
 * date written on the page is a candidate, and a logistic model fitted on the fit pages (`npm run eval:fit-dates`,
 * weights and cross-validated counts in date-weights.json) gives each the probability that it is the date the page was
 * published. The best is taken when that probability is over one half: a date given is scored right or wrong, so one
 * less likely right than wrong is better not given.
 */
import { commentStart, countWords } from '../boilerplate/line-features.js';
import { checkedLinear, checkedVersion, linearScore, sigmoid, type LinearModel, type WeightsFile } from '../../models/linear-model.js';
import { BYLINE, TRAILING_BYLINE } from './byline.js';
import { PUBLISH_LABEL, UPDATE_LABEL, endsSentenceNotClock, everyWrittenDate } from './written-dates.js';

/**
 * What the model reads of a candidate date, in the order of the weights. Where a date sits: how far (log of non-empty
 * lines) from the headline and from the first line the classifier kept as text, and on which side (templates print the
 * dateline between headline and text; related links and comments, with dates of their own, come after the text). How
 * it is written: after a publication or a change label (schema.org's datePublished and dateModified: the publication is
 * the date asked for), beside a time of day, on a short line (a dateline), on the byline's line. Among the page's
 * dates: how often it is written, whether it is the latest, whether it is its first mention.
 */
export const DATE_FEATURES = [
  'fromHeadline',
  'aboveHeadline',
  'fromText',
  'aboveText',
  'publishLabel',
  'updateLabel',
  'timeBeside',
  'shortLine',
  'inText',
  'afterText',
  'inComments',
  'byline',
  'repeats',
  'latest',
  'firstMention',
] as const;

type DateFeature = (typeof DATE_FEATURES)[number];
export type DateModel = LinearModel<DateFeature>;

export const DATE_WEIGHTS: WeightsFile = { path: 'src/clean/metadata/date-weights.json', version: 1, script: 'npm run eval:fit-dates' };

/** A date-weights file's contents when of this code's form and features (linear-model.ts); else an Error naming the fit script. */
export function checkedDateModel(data: unknown): DateModel {
  return checkedLinear(checkedVersion(data as { version: number } & LinearModel<string>, DATE_WEIGHTS), DATE_FEATURES, DATE_WEIGHTS);
}

/** The last label before a date on its line: a change's (UPDATE_LABEL) or the publication's (PUBLISH_LABEL). */
const UPDATE = new RegExp(`^(?:${UPDATE_LABEL})$`, 'iu');
const LABEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${UPDATE_LABEL}|${PUBLISH_LABEL})(?![\\p{L}\\p{N}])`, 'giu');
const HAS_LABEL = new RegExp(LABEL.source, 'iu');
/** A clock time ("8:03", "18.54", "4:40PM", "9 a.m."). */
const CLOCK = /(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)|(?<!\d)\d{1,2}\s*[ap]\.?m\b/i;

export interface DateCandidate {
  date: string;
  features: Record<DateFeature, number>;
}

/**
 * Every complete date written on the page (everyWrittenDate), with the features the model reads (DATE_FEATURES):
 * `blocks` and `kept` as the cleaner left them, `headline` the headline's block (null when none was found) and
 * `authorLine` the byline the byline reader took out of the blocks (placed right under the headline, where templates
 * print it).
 */
export function dateCandidates(
  blocks: readonly string[],
  kept: readonly boolean[],
  headline: number | null,
  authorLine: string | undefined,
  settings: { datelineMaxWords: number },
): DateCandidate[] {
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true);
  const comments = commentStart(blocks);
  // Distances count non-empty lines: a scrape's blank lines vary with its template, not with the page's order.
  const rank: number[] = [];
  for (let i = 0, r = 0; i < blocks.length; i++) {
    rank.push(r);
    if (blocks[i] !== '') r++;
  }
  const top = headline ?? Math.max(first, 0);
  const lines = [
    ...(authorLine === undefined ? [] : [{ at: rank[top] + 0.5, i: top, line: authorLine, byline: true }]),
    ...blocks.map((line, i) => ({ at: rank[i], i, line, byline: false })),
  ];
  // A date in a sentence is news about that day, not the page's ("The deal was signed on 4 June 2019."), and so is one in
  // a kept line longer than a dateline (the story's text, a caption); unless a label says whose it is ("This story was
  // originally published November 19, 2019 5:36 PM.").
  const dateline = (line: string, i: number, byline: boolean) =>
    byline || HAS_LABEL.test(line) || (!endsSentenceNotClock(line) && !(kept[i] && countWords(line) > settings.datelineMaxWords));
  const found = lines.flatMap(({ at, i, line, byline }) =>
    line === '' || !dateline(line, i, byline) ? [] : everyWrittenDate(line).map((d) => ({ ...d, at, i, line, byline })),
  );
  const latest = found
    .map((d) => d.date)
    .sort()
    .at(-1);
  return found.map((d, n) => {
    const label = [...d.before.matchAll(LABEL)].at(-1)?.[0];
    const inText = !d.byline && kept[d.i];
    const short = countWords(d.line) <= settings.datelineMaxWords;
    const features: Record<DateFeature, number> = {
      fromHeadline: Math.log1p(Math.abs(d.at - rank[top])),
      aboveHeadline: d.at < rank[top] ? 1 : 0,
      fromText: first < 0 ? 0 : Math.log1p(Math.abs(d.at - rank[first])),
      aboveText: first >= 0 && d.at < rank[first] ? 1 : 0,
      publishLabel: label !== undefined && !UPDATE.test(label) ? 1 : 0,
      updateLabel: label !== undefined && UPDATE.test(label) ? 1 : 0,
      timeBeside: CLOCK.test(d.before.slice(-15)) || CLOCK.test(d.after.slice(0, 25)) ? 1 : 0,
      shortLine: short ? 1 : 0,
      inText: inText ? 1 : 0,
      afterText: !d.byline && last >= 0 && d.i > last ? 1 : 0,
      inComments: !d.byline && comments >= 0 && d.i >= comments ? 1 : 0,
      byline: d.byline || BYLINE.test(d.line) || TRAILING_BYLINE.test(d.line) ? 1 : 0,
      repeats: Math.log(found.filter((o) => o.date === d.date).length),
      latest: d.date === latest ? 1 : 0,
      firstMention: found.findIndex((o) => o.date === d.date) === n ? 1 : 0,
    };
    return { date: d.date, features };
  });
}

/** The probability the model gives a candidate of being the page's publication date. */
function dateProbability(features: Readonly<Record<DateFeature, number>>, model: DateModel): number {
  return sigmoid(linearScore(model, features));
}

/** The candidate most probably the publication date (dateCandidates), when it is more likely right than wrong. */
export function chooseWrittenDate(candidates: readonly DateCandidate[], model: DateModel): string | undefined {
  let best: { date: string; p: number } | undefined;
  for (const c of candidates) {
    const p = dateProbability(c.features, model);
    if (best === undefined || p > best.p) best = { date: c.date, p };
  }
  return best !== undefined && best.p > 0.5 ? best.date : undefined;
}
