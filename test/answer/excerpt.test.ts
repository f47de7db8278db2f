import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { answerSpanIn } from '../../src/answer/span/answer-span.js';
import { answerRanked } from '../../src/answer/answer.js';
import {
  excerptOf,
  excerptUnit,
  leansOnPrevious,
  MAX_EXCERPT_SENTENCES,
  RUNNER_UP_SHARE,
  SPLIT_MATCH_SHARE,
} from '../../src/answer/excerpt.js';
import { readQuestion } from '../../src/answer/question/read-question.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { NODE_RELEASES, PYTHON_HISTORY } from '../support/address-texts.js';
import { expectAnswerContract } from '../support/answer-contract.js';
import { writtenArticle } from '../support/articles.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';

const A000 = '000_9fa6195cd0faa982';
const A001 = '001_6cafe41d9e784b11';
const A003 = '003_31b76e603aeb2cfa';
const A004 = '004_e0ba8cc3a8df5508';
let coverage: Coverage;
/** SQUAD_TEXT as one article. */
let squad: AnalysedArticle;
beforeAll(async () => {
  coverage = await seedCoverage();
  squad = writtenArticle(coverage.nlp, 'squad', SQUAD_TEXT);
});

function article(id: string): AnalysedArticle {
  const a = coverage.byId.get(id);
  if (!a) throw new Error(`no seed ${id}`);
  return a;
}
/** The ordinal of the article's sentence that starts with `prefix`. */
function ordinalOf(a: AnalysedArticle, prefix: string): number {
  const i = a.sentences.findIndex((s) => a.text.slice(s.start, s.end).startsWith(prefix));
  if (i < 0) throw new Error(`no sentence starts with "${prefix}"`);
  return i;
}
function unitText(a: AnalysedArticle, question: string, prefix: string) {
  const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
  const unit = excerptUnit(a, ordinalOf(a, prefix), null, q);
  return { unit, text: a.text.slice(a.sentences[unit.first].start, a.sentences[unit.last].end) };
}

/**
 * Every sentence's unit holds it and is at most MAX_EXCERPT_SENTENCES sentences of its paragraph, also when every
 * other sentence of the article is a runner-up of the ranker.
 */
function expectBoundedUnits(articles: readonly AnalysedArticle[], question: string) {
  const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
  for (const a of articles) {
    const all = new Set(a.sentences.map((_, i) => i));
    for (let i = 0; i < a.sentences.length; i++) {
      const unit = excerptUnit(a, i, null, q, all);
      expect(unit.first).toBeLessThanOrEqual(i);
      expect(unit.last).toBeGreaterThanOrEqual(i);
      expect(unit.last - unit.first + 1).toBeLessThanOrEqual(MAX_EXCERPT_SENTENCES);
      expect(a.sentences[unit.first].passage).toBe(a.sentences[unit.last].passage);
    }
  }
}

describe('excerptUnit', () => {
  it('shows a quotation whole when it continues past a sentence break', () => {
    const a = article(A004);
    const { text } = unitText(a, 'What did Putin say about Trump?', 'Commenting on the assassination attempt');
    expect(text).toMatch(/^Commenting on the assassination attempt.*“His behavior.*He turned out to be a brave man\.”$/s);
  });

  it('starts a quotation at its opening when the matched sentence is its continuation', () => {
    const a = article(A004);
    const { text } = unitText(a, 'Was Trump brave?', 'He turned out to be a brave man');
    expect(text).toMatch(/^Commenting on the assassination attempt.*brave man\.”$/s);
  });

  it('brings the sentence before one that opens with a pronoun or "This"', () => {
    const a = article(A004);
    expect(unitText(a, 'What was his first public statement?', 'This marks Putin’s first public statement').text).toMatch(
      /^Russian President Vladimir Putin has congratulated Trump.*This marks Putin’s first public statement regarding the U\.S\. election\.$/s,
    );
    expect(unitText(a, 'Would he initiate contact?', 'He stated he would not initiate contact').text).toMatch(
      /^He added that European leaders.*initiate contact with Trump\.$/s,
    );
  });

  it('never reaches into the paragraph before', () => {
    const a = article(A004);
    const i = ordinalOf(a, 'He further noted that he is willing');
    expect(a.sentences[i - 1].passage).not.toBe(a.sentences[i].passage);
    expect(leansOnPrevious(a, a.sentences[i])).toBe(true);
    const { unit } = unitText(a, 'Is he willing to collaborate?', 'He further noted that he is willing');
    expect(unit.first).toBe(i);
  });

  it('keeps a sentence that stands on its own alone, unless a what-question finds the next one leaning on it', () => {
    const a = article(A004);
    const q = readQuestion(coverage.nlp, 'Who did Putin congratulate?', null, [], ANSWER_DEFAULTS);
    const i = ordinalOf(a, 'Russian President Vladimir Putin has congratulated');
    const unit = excerptUnit(a, i, answerSpanIn(a, a.sentences[i], q, new Set(q.own))?.span ?? null, q);
    expect([unit.first, unit.last]).toEqual([i, i]);
    expect(unitText(a, 'What did Putin express?', 'Russian President Vladimir Putin has congratulated').text).toMatch(
      /^Russian President Vladimir Putin has congratulated.*This marks Putin’s first public statement regarding the U\.S\. election\.$/s,
    );
  });

  it('takes the typed answer the matched sentence lacks from the next one leaning on it, and shows both', () => {
    const a = article(A000);
    const q = readQuestion(coverage.nlp, 'When did Putin say Trump knows he is open to conversations?', null, [], ANSWER_DEFAULTS);
    const i = ordinalOf(a, 'He knows that I’m open to these conversations');
    const unit = excerptUnit(a, i, null, q);
    const text = a.text.slice(a.sentences[unit.first].start, a.sentences[unit.last].end);
    expect(text).toMatch(/He knows that I’m open.*Putin stated on Friday \(September 5\)\.$/s);
    expect(unit.span && a.text.slice(unit.span.start, unit.span.end)).toMatch(/^(?:Friday|September 5)$/);
  });

  it('takes the answer the matched sentence lacks from a sentence two on, when each one between leans on the one before', () => {
    // Written for this test in a local-paper style.
    const q = readQuestion(coverage.nlp, 'Why are lorries kept off the old bridge?', null, [], ANSWER_DEFAULTS);
    const chained = writtenArticle(
      coverage.nlp,
      'chain',
      'The council has kept lorries off the old bridge since May. That adds an hour to deliveries. ' +
        'But the ban will stay because engineers found cracks in its piers.',
    );
    const unit = excerptUnit(chained, 0, null, q);
    expect([unit.first, unit.last]).toEqual([0, 2]);
    expect(unit.span && chained.text.slice(unit.span.start, unit.span.end)).toMatch(/^because engineers found cracks/);
    const broken = writtenArticle(
      coverage.nlp,
      'unchained',
      'The council has kept lorries off the old bridge since May. Deliveries take an hour longer. ' +
        'But the ban will stay because engineers found cracks in its piers.',
    );
    expect(excerptUnit(broken, 0, null, q)).toMatchObject({ first: 0, last: 0, span: null });
  });

  it('takes the typed answer from the sentence, one or two before, whose noun the matched one repeats with "the"', () => {
    // Written for this test in wire-service style.
    const q = readQuestion(coverage.nlp, 'Which newspaper interviewed the mayor aboard the ferry?', null, [], ANSWER_DEFAULTS);
    const interview = 'In an interview with the Harbor Times, the mayor spoke of the budget.';
    const during = 'During the interview aboard the ferry, she gave no figures.';
    const cases: [string, number][] = [
      [`${interview} ${during}`, 0],
      [`${interview} She said cuts were coming. ${during}`, 0],
    ];
    for (const [text, first] of cases) {
      const a = writtenArticle(coverage.nlp, 'definite', text);
      const i = ordinalOf(a, 'During the interview');
      const unit = excerptUnit(a, i, null, q);
      expect([unit.first, unit.last]).toEqual([first, i]);
      expect(unit.span && a.text.slice(unit.span.start, unit.span.end)).toBe('Harbor Times');
    }
    const other = writtenArticle(
      coverage.nlp,
      'indefinite',
      'In a speech to the Harbor Club, she spoke of the port. During the trip aboard the ferry, she gave no figures.',
    );
    const unit = excerptUnit(other, 1, null, q);
    expect([unit.first, unit.last, unit.span]).toEqual([1, 1, null]);
  });

  it('takes no answer from a neighbour not tied to the matched sentence', () => {
    const a = article(A001);
    const q = readQuestion(coverage.nlp, 'When did the Kremlin deny the report?', null, [], ANSWER_DEFAULTS);
    const i = ordinalOf(a, "The Kremlin denied Woodward's report.");
    const unit = excerptUnit(a, i, null, q);
    expect([unit.first, unit.last, unit.span]).toEqual([i, i, null]);
  });

  it('never spans more than three sentences of one paragraph, on every sentence of every seed', () => {
    expectBoundedUnits(coverage.articles, 'When did it happen?');
  });

  it('shows with the matched sentence the one next to it that states the other alternative an "A or B?" question offers', () => {
    // Written for this test in a city-desk style.
    const a = writtenArticle(
      coverage.nlp,
      'alternatives',
      'Among drivers over 30, speeding tickets rose by 12 percent after the cameras went up. ' +
        'Parking fines climbed by 20 percent, from 1.2 million to 1.44 million. ' +
        'The council will review the program in March.',
    );
    const ask = (question: string, prefix: string) => {
      const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
      const unit = excerptUnit(a, ordinalOf(a, prefix), null, q);
      return [unit.first, unit.last];
    };
    expect(ask('Which rose more among drivers over 30, speeding tickets or parking fines?', 'Among drivers')).toEqual([0, 1]);
    expect(ask('Which climbed more, parking fines or speeding tickets?', 'Parking fines')).toEqual([0, 1]);
    // No alternative offered, or none of them in the matched sentence: the sentence alone.
    expect(ask('Which tickets rose among drivers over 30?', 'Among drivers')).toEqual([0, 0]);
    expect(ask('What will the council review, the fines or the cameras?', 'The council')).toEqual([2, 2]);
  });
});

describe('the answer shown in the excerpt', () => {
  it('marks the amount at the rate the question states in the next sentence of the excerpt, not the one-off sum of the top', () => {
    // Written for this test in a deals column's style.
    const deal = writtenArticle(
      coverage.nlp,
      'w-rate',
      'The Lark streaming service has a deal this week.\n\nSign up for four months of Lark Music for just $1. ' +
        "Normally you'd be paying $9.99/month for this service (or $7.99/mo for members).",
    );
    const { answer } = answerRanked(buildCoverage(coverage.nlp, [deal]), 'How much is Lark Music per month normally?', null);
    expect(answer.excerpts[0].text).toMatch(/^Sign up .* \$1\. Normally/);
    expect(answer.excerpts[0].answer).toBe('$9.99');
  });
});

describe('the count shown in the excerpt', () => {
  it('marks the number counting the asked noun in another sentence of the excerpt when the ranked one counts none', () => {
    // A fit page's review (article-extraction 30b771a40a, morebikes.co.uk): 256 counts kbit/s, "seven" counts the tracks.
    const review = writtenArticle(
      coverage.nlp,
      'w-count',
      'If you want a book that makes you feel great about being a biker, this is it. The 180 page coffee-table publication ' +
        'comes with a 10-inch vinyl featuring seven classic rock tracks, including Born to be Wild and The Road to Hell. ' +
        'While we all know vinyl is best, there’s also a download code to get all the tracks as 256kps MP3s.',
    );
    const { answer } = answerRanked(buildCoverage(coverage.nlp, [review]), 'how many tracks are on the vinyl', null);
    expect(answer.excerpts[0].text).toContain('seven classic rock tracks');
    expect(answer.excerpts[0].answer).toBe('seven classic rock tracks');
  });
});

describe('the reason shown in the excerpt', () => {
  // A fit page's recipe (article-extraction 4219d09690, theantijunecleaver.com): the ranked sentence states no reason, the
  // sentence before states it with "because".
  const recipe =
    'I like to use honey because it has more flavor than sugar. In general, when substituting honey for sugar in a recipe ' +
    'you will use about half the amount.';

  it('marks the clause of cause in another sentence of the excerpt when the ranked one states no reason', () => {
    const page = writtenArticle(coverage.nlp, 'w-reason', recipe);
    const local = buildCoverage(coverage.nlp, [page]);
    const { ranked, question } = answerRanked(local, 'why use honey instead of sugar', null);
    expect(page.text.slice(ranked[0].sentence.start, ranked[0].sentence.end)).toMatch(/^In general, when substituting/);
    const excerpt = excerptOf(local, ranked[0], question, ranked);
    expect(excerpt.text).toBe(recipe);
    expect(excerpt.answer).toBe('because it has more flavor than sugar');
  });
});

describe('the predicate shown for a yes/no question', () => {
  it('marks the predicate of the sentence stating the question’s proposition by a synonym of its verb, not a bare match of the verb', () => {
    const { answer } = answerRanked(coverage, 'did trump talk to more than 50 leaders after he won', null);
    expect(answer.excerpts[0].text).toMatch(/^Trump disclosed that he has spoken with leaders .* He mentioned talking/);
    expect(answer.excerpts[0].answer).toBe('has spoken');
  });

  it('keeps the ranked sentence’s predicate when the sentence before holds no more of the question’s words', () => {
    // Written for this test in a local paper's style.
    const council = writtenArticle(
      coverage.nlp,
      'w-mayor-talk',
      'The mayor spoke with residents at the library on Monday. She also talked about the budget for the new year.',
    );
    const { answer } = answerRanked(buildCoverage(coverage.nlp, [council]), 'Did the mayor talk about the budget?', null);
    expect(answer.excerpts[0].text).toMatch(/^The mayor spoke .* She also talked/);
    expect(answer.excerpts[0].answer).toBe('also talked');
  });
});

describe('the answer shown for a which-question closing with alternatives', () => {
  it('marks no figure for "Which rose more, A or B?", and still marks one when the question offers no alternatives', () => {
    // Written for this test in a business page's style.
    const bakery = writtenArticle(
      coverage.nlp,
      'w-bakery-sales',
      "In the first quarter, the bakery's bread sales rose by 8 percent. Its cake sales climbed by 15 percent, the owner said.",
    );
    const sales = buildCoverage(coverage.nlp, [bakery]);
    const top = (question: string) => answerRanked(sales, question, null).answer.excerpts[0];
    expect(top('Which rose more in the first quarter, bread sales or cake sales?')).toMatchObject({ text: /^In the first/, answer: null });
    expect(top('How much did bread sales rise in the first quarter?').answer).toBe('8 percent');
  });
});

describe('the figure shown for a follow-up that asks it of something new', () => {
  it('marks the figure the follow-up’s new word governs, not the one the question before was answered with', () => {
    // Written for this test in a hardware review's style.
    const review = writtenArticle(
      coverage.nlp,
      'w-card',
      'In our copy test the memory card showed a write speed of 240 megabytes per second and a read speed of 310 megabytes ' +
        'per second.',
    );
    const cards = buildCoverage(coverage.nlp, [review]);
    const first = answerRanked(cards, 'How fast did the memory card write in the copy test?', null).answer;
    expect(first.excerpts[0].answer).toBe('240');
    const followUp = (question: string) =>
      answerRanked(cards, question, null, { previous: first.subject, previousType: first.answerType }).answer.excerpts[0].answer;
    expect(followUp('And how fast did it read?')).toBe('310');
    // Nothing new asked: the figure stays.
    expect(followUp('And how fast did it write?')).toBe('240');
  });
});

describe('excerptUnit with the ranker’s runners-up', () => {
  const question = (text: string) => readQuestion(coverage.nlp, text, null, [], ANSWER_DEFAULTS);
  const textOf = (a: AnalysedArticle, unit: { first: number; last: number }) =>
    a.text.slice(a.sentences[unit.first].start, a.sentences[unit.last].end);

  it('shows a runner-up right before the matched sentence, and its answer when the matched sentence has none', () => {
    const a = article(A003);
    const q = question('When did the leaders meet at the military base in Anchorage?');
    const i = ordinalOf(a, 'The leaders met at the Elmendorf-Richardson military base');
    const unit = excerptUnit(a, i, null, q, new Set([i - 1]));
    expect(textOf(a, unit)).toBe(
      'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump. ' +
        'The leaders met at the Elmendorf-Richardson military base in Anchorage.',
    );
    expect(unit.span && a.text.slice(unit.span.start, unit.span.end)).toBe('August 15');
  });

  it('shows a runner-up right after the matched sentence and keeps the answer the matched sentence has', () => {
    const a = article(A003);
    const q = question('When were talks held in Alaska?');
    const i = ordinalOf(a, 'On August 15, talks were held in Alaska');
    const span = answerSpanIn(a, a.sentences[i], q, new Set(q.own))?.span ?? null;
    const unit = excerptUnit(a, i, span, q, new Set([i + 1]));
    expect([unit.first, unit.last]).toEqual([i, i + 1]);
    expect(unit.span && a.text.slice(unit.span.start, unit.span.end)).toBe('August 15');
  });

  it('shows a runner-up that ends a quotation with the quotation whole, or not at all', () => {
    const a = article(A003);
    const q = question('When were talks held in Alaska?');
    const i = ordinalOf(a, 'On August 15, talks were held in Alaska');
    const span = answerSpanIn(a, a.sentences[i], q, new Set(q.own))?.span ?? null;
    expect(textOf(a, excerptUnit(a, i, span, q, new Set([i - 1])))).toMatch(
      /^"Very soon\. Over the next couple of days," Trump told.*Donald Trump\.$/,
    );
    // With the sentence after joined first, the quotation's three sentences would make four.
    const unit = excerptUnit(a, i, span, q, new Set([i - 1, i + 1]));
    expect([unit.first, unit.last]).toEqual([i, i + 1]);
  });

  it('joins no runner-up of another paragraph, and none that is not next to the unit', () => {
    const a = article(A001);
    const q = question('Who reported that Trump and Putin spoke in early November?');
    const i = ordinalOf(a, 'Reuters, The Washington Post and Axios reported');
    expect(a.sentences[i + 1].passage).not.toBe(a.sentences[i].passage);
    const unit = excerptUnit(a, i, null, q, new Set([i + 1, i - 2]));
    expect([unit.first, unit.last]).toEqual([i, i]);
  });

  it('shows with the top sentence each one next to it that the ranker found nearly as likely, up to three sentences', () => {
    let runnersUp = 0;
    for (const text of [
      'When did the leaders meet at the military base in Anchorage?',
      'Did Trump speak to Netanyahu?',
      'Which broadcaster did Trump warn of a rough situation to?',
      'Who reported that Trump and Putin spoke in early November?',
      'What did Putin say about Trump after the assassination attempt?',
      'What does Trump say happens every day in the war?',
    ]) {
      const { answer, ranked } = answerRanked(coverage, text, null);
      const [top] = ranked;
      const sentences = top.article.sentences;
      const i = sentences.indexOf(top.sentence);
      const shown = answer.excerpts[0];
      const count = sentences.filter((s) => s.start >= shown.start && s.end <= shown.end).length;
      for (const r of ranked) {
        if (r.score < RUNNER_UP_SHARE * top.score) break;
        const j = sentences.indexOf(r.sentence);
        if (r.article !== top.article || Math.abs(j - i) !== 1 || sentences[j].passage !== top.sentence.passage) continue;
        runnersUp++;
        const inside = shown.start <= r.sentence.start && r.sentence.end <= shown.end;
        expect(inside || count === MAX_EXCERPT_SENTENCES, `${text}: ${r.sentence.id} not shown`).toBe(true);
      }
    }
    expect(runnersUp).toBeGreaterThan(0);
  });
});

/** The unit shown in `a` for `question` when the ranker put first the sentence starting with `prefix`, with its span. */
function shownFor(a: AnalysedArticle, question: string, prefix: string) {
  const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
  const i = ordinalOf(a, prefix);
  const span = answerSpanIn(a, a.sentences[i], q, new Set(q.own))?.span ?? null;
  const unit = excerptUnit(a, i, span, q);
  return { i, unit, text: a.text.slice(a.sentences[unit.first].start, a.sentences[unit.last].end) };
}

/**
 * Paragraphs of SQuAD v1.1 dev (Wikipedia; fit data: both folds are cross-fitted), verbatim: "Normans",
 * "Computational complexity theory", two consecutive paragraphs of "Martin Luther", "Nikola Tesla" and "Kenya".
 */
const SQUAD_TEXT = [
  'In April 1191 Richard the Lion-hearted left Messina with a large fleet in order to reach Acre. But a storm dispersed the fleet. ' +
    'After some searching, it was discovered that the boat carrying his sister and his fiancée Berengaria was anchored on the south ' +
    'coast of Cyprus, together with the wrecks of several other ships, including the treasure ship.',
  'The complexity class P is often seen as a mathematical abstraction modeling those computational tasks that admit an efficient ' +
    'algorithm. This hypothesis is called the Cobham–Edmonds thesis.',
  'Luther objected to a saying attributed to Johann Tetzel that "As soon as the coin in the coffer rings, the soul from purgatory ' +
    "(also attested as 'into heaven') springs.\"",
  "He insisted that, since forgiveness was God's alone to grant, those who claimed that indulgences absolved buyers from all " +
    'punishments and granted them salvation were in error. Christians, he said, must not slacken in following Christ on account of ' +
    'such false assurances.',
  'On 30 July 1891, at the age of 35, Tesla became a naturalized citizen of the United States, and established his South Fifth ' +
    'Avenue laboratory, and later another at 46 E. Houston Street, in New York. He lit electric lamps wirelessly at both ' +
    'locations, demonstrating the potential of wireless power transmission. In the same year, he patented the Tesla coil.',
  "Kenya's first system of education was introduced by British colonists. After Kenya's independence on 12 December 1963, an " +
    "authority named the Ominde Commission was formed to introduce changes that would reflect the nation's sovereignty. The " +
    'commission focused on identity and unity, which were critical issues at the time.',
].join('\n\n');

describe('excerptUnit for a question that asks for no typed answer', () => {
  const shown = (question: string, prefix: string) => shownFor(squad, question, prefix);

  it('shows the matched sentence with the next one, which leans on it and holds the answer', () => {
    const { i, unit, text } = shown("What ruined Richard's plans to reach Acre?", 'In April 1191 Richard');
    expect([unit.first, unit.last]).toEqual([i, i + 1]);
    expect(text).toBe(
      'In April 1191 Richard the Lion-hearted left Messina with a large fleet in order to reach Acre. But a storm dispersed the fleet.',
    );
    const thesis = shown('What hypothesis is associated with the complexity class P?', 'The complexity class P is often seen');
    expect(thesis.text).toMatch(/^The complexity class P is often seen.*This hypothesis is called the Cobham–Edmonds thesis\.$/s);
  });

  it('does not widen when the matched sentence already holds an answer of the expected type', () => {
    const { i, unit } = shown('When did Richard leave Messina?', 'In April 1191 Richard');
    expect([unit.first, unit.last]).toEqual([i, i]);
    expect(unit.span && squad.text.slice(unit.span.start, unit.span.end)).toMatch(/^April/);
  });

  it('does not widen into the next paragraph, even when it opens leaning on the sentence before', () => {
    const next = ordinalOf(squad, 'He insisted that');
    expect(leansOnPrevious(squad, squad.sentences[next])).toBe(true);
    const { i, unit } = shown('What did Luther object to?', 'Luther objected to a saying');
    expect(squad.sentences[next].passage).not.toBe(squad.sentences[i].passage);
    expect([unit.first, unit.last]).toEqual([i, i]);
  });

  it('never spans more than three sentences of one paragraph, on every sentence of the seeds and of these paragraphs', () => {
    expectBoundedUnits([...coverage.articles, squad], 'What did they say?');
  });

  it("shows a list's items, kept on lines of their own under the sentence introducing them, with that sentence", () => {
    const text = 'The ferry carries very little.\nthree lifeboats\na first-aid chest\na radio\n\nIt sails at dawn.';
    const ferry = writtenArticle(coverage.nlp, 'ferry', text);
    const q = readQuestion(coverage.nlp, 'What does the ferry carry?', null, [], ANSWER_DEFAULTS);
    const unit = excerptUnit(ferry, ordinalOf(ferry, 'The ferry carries'), null, q);
    expect(ferry.text.slice(ferry.sentences[unit.first].start, ferry.sentences[unit.last].end)).toBe(
      'The ferry carries very little.\nthree lifeboats\na first-aid chest\na radio',
    );
    const fromItems = excerptUnit(ferry, ordinalOf(ferry, 'three lifeboats'), null, q);
    expect([fromItems.first, fromItems.last]).toEqual([unit.first, unit.last]);
  });
});

describe('excerptUnit when the question’s words run on into the sentence next to it', () => {
  const shown = (question: string, prefix: string) => shownFor(squad, question, prefix).text;

  it('shows the next sentence when it holds two of the question’s words, one of them a word the excerpt lacks', () => {
    // "patent" is only in the third sentence, "Tesla" in all three: the match runs over the whole paragraph.
    expect(shown('What did Tesla patent in 1891?', 'On 30 July 1891')).toMatch(/^On 30 July 1891.*he patented the Tesla coil\.$/s);
    // "unity" and "commission", of which the excerpt lacks "unity".
    expect(shown('Which commission was formed to promote unity?', "After Kenya's independence")).toMatch(
      /^After Kenya's independence.*The commission focused on identity and unity, which were critical issues at the time\.$/s,
    );
  });

  it('does not show a sentence next to the excerpt holding only words of the question the excerpt holds, or only one word', () => {
    // The third sentence names Tesla again, and nothing else the question asks about.
    expect(shown('Where did Tesla establish his laboratory?', 'On 30 July 1891')).not.toMatch(/Tesla coil/);
    // The first sentence holds "Kenya" and "introduced", both of which the excerpt holds.
    expect(shown("What did Kenya's commission introduce?", "After Kenya's independence")).toMatch(/^After Kenya's independence/);
    // The first sentence holds "education", which the excerpt lacks, but no other word of the question.
    expect(shown('What changes did the Ominde Commission make to education?', "After Kenya's independence")).toMatch(
      /^After Kenya's independence/,
    );
  });
});

describe('excerptUnit when one word of the question runs on into a sentence the ranker nearly chose', () => {
  const question = (text: string) => readQuestion(coverage.nlp, text, null, [], ANSWER_DEFAULTS);
  const ominde = "After Kenya's independence";

  it('shows the sentence next to the excerpt holding one question word the excerpt lacks when the ranker nearly chose it', () => {
    // "education" is only in the first sentence, the excerpt holds the question's other words.
    const q = question('What changes did the Ominde Commission make to education?');
    const i = ordinalOf(squad, ominde);
    expect(excerptUnit(squad, i, null, q, undefined, new Set([i - 1]))).toMatchObject({ first: i - 1, last: i });
    // Not a sentence the ranker did not nearly choose, nor one whose question words the excerpt holds.
    expect(excerptUnit(squad, i, null, q, undefined, new Set([i + 1]))).toMatchObject({ first: i, last: i });
    const held = question("What did Kenya's commission introduce?");
    expect(excerptUnit(squad, i, null, held, undefined, new Set([i - 1]))).toMatchObject({ first: i, last: i });
  });

  it('reads the sentences the ranker nearly chose from its ranking, down to SPLIT_MATCH_SHARE of the top', () => {
    const text = 'What changes did the Ominde Commission make to education?';
    const { answer, ranked } = answerRanked(buildCoverage(coverage.nlp, [squad]), text, null);
    const [top] = ranked;
    const before = ranked.find((r) => r.sentence === squad.sentences[ordinalOf(squad, "Kenya's first system")]);
    expect(top.sentence).toBe(squad.sentences[ordinalOf(squad, ominde)]);
    // Below a runner-up's share: only the one question word brings it in.
    expect(before && before.score / top.score).toBeGreaterThanOrEqual(SPLIT_MATCH_SHARE);
    expect(before && before.score / top.score).toBeLessThan(RUNNER_UP_SHARE);
    expect(answer.excerpts[0].text).toMatch(/^Kenya's first system of education was introduced by British colonists\. After Kenya's/);
  });
});

describe('the date an excerpt places its answer on', () => {
  it('places a relative year ("two years ago") against the publication date, and adds none to a year the answer writes', () => {
    // Written for this test in a local paper's style.
    const bakery = writtenArticle(
      coverage.nlp,
      'w-bakery',
      'The couple moved to the coast two years ago and opened a bakery near the harbour. Their first shop had opened in 2010.',
      { published: '2014-09-15' },
    );
    const shop = buildCoverage(coverage.nlp, [bakery]);
    const tuning = { tuning: { ...ANSWER_DEFAULTS, abstainBelow: -1 } };
    const moved = answerRanked(shop, 'When did the couple move to the coast?', null, tuning).answer.excerpts[0];
    expect([moved.answer, moved.date]).toEqual(['two years ago', '2012']);
    const opened = answerRanked(shop, 'When did their first shop open?', null, tuning).answer.excerpts[0];
    expect([opened.answer, opened.date]).toEqual(['2010', null]);
  });
});

describe('an excerpt at a cut the segmenter made inside a web address', () => {
  it('is shown whole across the cut at either end, the matched sentence and the answer unchanged', () => {
    const releases = writtenArticle(coverage.nlp, 'releases', NODE_RELEASES);
    const history = writtenArticle(coverage.nlp, 'history', PYTHON_HISTORY);
    const cut = buildCoverage(coverage.nlp, [releases, history]);
    const asked = (question: string) => {
      const { answer } = answerRanked(cut, question, null);
      expectAnswerContract(cut, answer);
      return answer.excerpts[0];
    };
    // Ranked: "org for details on patched vulnerabilities.", the end of a sentence wink cut at "Node." and "nodejs.".
    const advice = asked('Where should users read about the patched vulnerabilities?');
    expect(advice.sentenceId).toBe(releases.sentences[3].id);
    expect(advice.text).toBe(
      'All Node.js users should consult the security release summary at nodejs.org for details on patched vulnerabilities.',
    );
    // Ranked: "pkg file that was published to nodejs.", cut on both sides.
    expect(asked('Where was the bad pkg file published?').text).toBe(
      'New version published due to a bad node-v9.7.0.pkg file that was published to nodejs.org in the previous release.',
    );
    // Ranked: the sentence's first part, "… moved to BeOpen."; its answer in bold as before.
    const moved = asked('When did the Python core development team move to BeOpen?');
    expect(moved.text).toBe(
      'In May 2000, Guido and the Python core development team moved to BeOpen.com to form the BeOpen PythonLabs team.',
    );
    expect(moved.text.slice(moved.answerStart ?? 0, moved.answerEnd ?? 0)).toBe('May 2000');
  });
});
