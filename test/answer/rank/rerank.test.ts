import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../src/analyse/analyse-article.js';
import { answerSpanIn } from '../../../src/answer/span/answer-span.js';
import type { Nlp } from '../../../src/analyse/nlp.js';
import { candidateFeatures, FEATURE_COUNT, localIdfOf, questionTerms, RANKER_FEATURES } from '../../../src/answer/rank/ranker-features.js';
import { readQuestion } from '../../../src/answer/question/read-question.js';
import type { Ranked } from '../../../src/answer/rank/rerank.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';
import { buildCoverage } from '../../../src/coverage/build-coverage.js';
import type { Coverage } from '../../../src/coverage/types.js';
import { seedCoverage } from '../../support/seed-coverage.js';
import { NO_META } from '../../support/articles.js';
import { rankedFor } from '../../support/ranked.js';

// The seeds' wink instance, the one of this process (one winkNLP per process).
let nlp: Nlp;
let seeds: Coverage;
let coverage: Coverage;
beforeAll(async () => {
  seeds = await seedCoverage();
  nlp = seeds.nlp;
  coverage = buildCoverage(nlp, [
    analyseArticle(nlp, {
      id: 'briefing',
      hash: 'h1',
      meta: NO_META,
      text:
        'Kremlin spokesman Dmitry Peskov said the call between the two presidents lasted two hours. ' +
        'Why did the Kremlin wait so long to confirm the call?\n\n' +
        'Peskov said the Kremlin delayed its statement because the talks were still under way. ' +
        'A second call could take place in Riyadh next week.\n\n' +
        'Peskov confirmed the call.',
    }),
    analyseArticle(nlp, {
      id: 'envoy',
      hash: 'h3',
      meta: NO_META,
      text: 'The envoy of the United States arrived in Moscow.\n\nIs the envoy staying for the talks?  ',
    }),
    analyseArticle(nlp, {
      id: 'summit',
      hash: 'h2',
      meta: NO_META,
      text: 'The leaders met in Anchorage on August 15. The summit ended without a deal.\n\nForeign Minister Sergey Lavrov said the talks in Anchorage were useful.',
    }),
  ]);
});

/** The reranked candidates of a question. */
function ranked(text: string): { ranked: Ranked[] } {
  const question = readQuestion(
    nlp,
    text,
    null,
    coverage.people.map((p) => p.terms),
    ANSWER_DEFAULTS,
  );
  return { ranked: rankedFor(coverage, question) };
}
const sentenceOf = (r: Ranked) => r.article.text.slice(r.sentence.start, r.sentence.end);
/** A candidate's value of one ranker input. */
const featureOf = (r: Ranked, name: (typeof RANKER_FEATURES)[number]) => r.features[RANKER_FEATURES.indexOf(name)];
const spanOf = (r: Ranked) => (r.span ? r.article.text.slice(r.span.start, r.span.end) : null);
const find = (list: Ranked[], prefix: string) => {
  const r = list.find((x) => sentenceOf(x).startsWith(prefix));
  if (!r) throw new Error(`no candidate starts with "${prefix}"`);
  return r;
};

describe('rerank', () => {
  it('marks an entity of the expected type that the question does not name, and ranks its sentence first', () => {
    const top = ranked('Who is the Kremlin spokesman?').ranked[0];
    expect(sentenceOf(top)).toMatch(/^Kremlin spokesman Dmitry Peskov said/);
    expect(spanOf(top)).toBe('Dmitry Peskov');
    expect(top.span?.entity?.type).toBe('PERSON');
  });

  it('marks the place where a place is asked', () => {
    const top = ranked('Where did the leaders meet?').ranked[0];
    expect(sentenceOf(top)).toBe('The leaders met in Anchorage on August 15.');
    expect(spanOf(top)).toBe('Anchorage');
  });

  it('marks a reason from its causal connective to the end of the clause', () => {
    const top = ranked('Why did the Kremlin delay its statement?').ranked[0];
    expect(spanOf(top)).toBe('because the talks were still under way');
    expect(top.span?.entity).toBeNull();
  });

  it('never offers a sentence that is itself a question, even one repeating the question word for word', () => {
    const list = ranked('Why did the Kremlin wait so long to confirm the call?').ranked;
    expect(() => find(list, 'Why did the Kremlin wait')).toThrow(/no candidate/);
    expect(sentenceOf(list[0])).toMatch(/^Peskov said the Kremlin delayed its statement because/);
  });

  it('scores a sentence with a modal lower for a question about the past than for one about the future', () => {
    const past = find(ranked('Where did the second call take place?').ranked, 'A second call could');
    const future = find(ranked('Where will the second call take place?').ranked, 'A second call could');
    expect(spanOf(past)).toBe('Riyadh');
    expect(past.score).toBeLessThan(future.score);
  });

  it("orders candidates by the model's probability, best first: each one's share of exp(score) among the question's candidates", () => {
    for (const q of ['Who is the Kremlin spokesman?', 'Did the Kremlin confirm the call?', 'When did the call take place?']) {
      const list = ranked(q).ranked;
      const scores = list.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      const total = list.reduce((sum, r) => sum + Math.exp(r.logit - list[0].logit), 0);
      for (const r of list) expect(r.score).toBeCloseTo(Math.exp(r.logit - list[0].logit) / total, 12);
    }
  });

  it('marks the duration, not a count of people, as the answer to "how long"', () => {
    const top = ranked('How long did the call between the presidents last?').ranked[0];
    expect(sentenceOf(top)).toMatch(/lasted two hours\.$/);
    expect(spanOf(top)).toBe('two hours');
  });

  it('holds a full name the question types in a sentence naming the person by the surname alone, once the article names them in full, and no other given name', () => {
    // "Kremlin spokesman Dmitry Peskov said …" first; "Peskov said the Kremlin delayed …" after (AP style, second reference).
    const full = find(ranked('Why did Dmitry Peskov say the Kremlin delayed its statement?').ranked, 'Peskov said the Kremlin delayed');
    const surname = find(ranked('Why did Peskov say the Kremlin delayed its statement?').ranked, 'Peskov said the Kremlin delayed');
    expect(featureOf(full, 'sentenceCoverage')).toBeCloseTo(1, 12);
    expect(featureOf(surname, 'sentenceCoverage')).toBeCloseTo(1, 12);
    expect(featureOf(full, 'localCoverage')).toBeCloseTo(1, 12);
    // A given name the article never writes before that surname is not held ("Andrei Peskov" where it names Dmitry Peskov).
    const other = find(ranked('Why did Andrei Peskov say the Kremlin delayed its statement?').ranked, 'Peskov said the Kremlin delayed');
    expect(featureOf(other, 'sentenceCoverage')).toBeLessThan(1);
  });

  it('shows for every candidate the span answerSpanIn finds in its sentence, whichever way it was found', () => {
    const asked = [
      'Who is the Kremlin spokesman?',
      'Who is Lavrov?',
      'When did the leaders meet?',
      'How long did the call between the presidents last?',
      'Why did the Kremlin delay its statement?',
      'Did the Kremlin confirm the call?',
    ];
    for (const text of asked) {
      const question = readQuestion(nlp, text, null, [], ANSWER_DEFAULTS);
      const list = rankedFor(coverage, question);
      const own = new Set(question.own);
      for (const r of list) expect(r.span).toEqual(answerSpanIn(r.article, r.sentence, question, own)?.span ?? null);
      expect(list.some((r) => r.span !== null)).toBe(true);
    }
  });

  it('meets a multi-word related form written in capitals ("United States" for "American")', () => {
    const list = ranked('Where did the American envoy arrive?').ranked;
    const soft = RANKER_FEATURES.indexOf('softCoverage');
    expect(find(list, 'The envoy of the United States').features[soft]).toBeGreaterThan(0);
  });

  it('meets a multi-word related form the same whatever the index read first (its words are numbered as they come)', () => {
    const rank = (c: Coverage, text: string) => {
      const question = readQuestion(nlp, text, null, [], ANSWER_DEFAULTS);
      return rankedFor(c, question);
    };
    const fresh = buildCoverage(nlp, coverage.articles);
    const direct = rank(fresh, 'Where did the American envoy arrive?');
    const other = buildCoverage(nlp, coverage.articles);
    rank(other, 'Why did the Kremlin wait so long to confirm the call?');
    const later = rank(other, 'Where did the American envoy arrive?');
    expect(later.map((r) => [r.doc, ...r.features])).toEqual(direct.map((r) => [r.doc, ...r.features]));
    expect(find(later, 'The envoy of the United States').features[RANKER_FEATURES.indexOf('softCoverage')]).toBeGreaterThan(0);
  });

  it('leaves out a sentence ending in a question mark, and offers the one ending otherwise', () => {
    const list = ranked('Is the envoy staying in Moscow for the talks?').ranked;
    const offered = list.map(sentenceOf);
    expect(offered).toContain('The envoy of the United States arrived in Moscow.');
    expect(offered.filter((text) => text.startsWith('Is the envoy'))).toEqual([]);
  });

  it('offers a quoted question: reported speech, which may be what the asker wants', () => {
    const presser = buildCoverage(nlp, [
      analyseArticle(nlp, {
        id: 'presser',
        hash: 'h4',
        meta: NO_META,
        text: 'A reporter asked Peskov, “Will the presidents meet in Riyadh?”\n\nPeskov declined to answer.',
      }),
    ]);
    const question = readQuestion(nlp, 'What did the reporter ask Peskov?', null, [], ANSWER_DEFAULTS);
    const list = rankedFor(presser, question);
    expect(list.map(sentenceOf)).toContain('A reporter asked Peskov, “Will the presidents meet in Riyadh?”');
  });

  it('gives a candidate the same features whatever was asked before, also when question terms are reused out of turn', () => {
    const first = ranked('Why did the Kremlin delay its statement?').ranked;
    ranked('Where did the American envoy arrive?');
    expect(ranked('Why did the Kremlin delay its statement?').ranked.map((r) => [...r.features])).toEqual(
      first.map((r) => [...r.features]),
    );

    const read = (text: string) => {
      const q = readQuestion(nlp, text, null, [], ANSWER_DEFAULTS);
      return questionTerms(coverage.index, q.own, q.past, q.answerType);
    };
    const kremlin = read('Why did the Kremlin delay its statement?');
    const envoy = read('Where did the American envoy arrive?');
    const r = find(first, 'Peskov said the Kremlin delayed');
    const features = (q: typeof kremlin) => [
      ...candidateFeatures(
        q,
        r.article,
        r.sentence,
        0,
        { sentence: 1, passage: 1, article: 1 },
        { strength: null, start: 0, end: 0 },
        0,
        0,
        false,
        localIdfOf(q, coverage.index, r.doc - coverage.index.sentence[r.doc], r.article.sentences.length),
        0,
        new Uint8Array(q.terms.length),
      ),
    ];
    const before = features(kremlin);
    features(envoy);
    expect(features(kremlin)).toEqual(before);
    expect(before[RANKER_FEATURES.indexOf('sentenceCoverage')]).toBeGreaterThan(0.5);
    expect(before).toHaveLength(FEATURE_COUNT);
  });
});

describe("rerank: candidates' features in one shared buffer", () => {
  it("keeps a question's candidates' features, each in a place of its own, while later questions are ranked", () => {
    const first = ranked('Why did the Kremlin delay its statement?').ranked;
    const copies = first.map((r) => [...r.features]);
    const later = [
      ranked('Where did the American envoy arrive?').ranked,
      ranked('How long did the call last?').ranked,
      ranked('Who confirmed the call?').ranked,
    ];
    expect(first.map((r) => [...r.features])).toEqual(copies);
    const places = [first, ...later]
      .flat()
      .map((r) => ({ buffer: r.features.buffer, from: r.features.byteOffset, to: r.features.byteOffset + r.features.byteLength }));
    for (const a of places) {
      const overlapping = places.filter((b) => b.buffer === a.buffer && b.from < a.to && a.from < b.to);
      expect(overlapping).toHaveLength(1);
    }
  });
});

describe('rerank on a seed article: terms weighed within the article, neighbouring sentences', () => {
  const SEED = '004_e0ba8cc3a8df5508';
  const rankedIn = (text: string) => {
    const question = readQuestion(seeds.nlp, text, null, [], ANSWER_DEFAULTS);
    return { question, list: rankedFor(seeds, question) };
  };
  const feature = (r: Ranked, name: (typeof RANKER_FEATURES)[number]) => r.features[RANKER_FEATURES.indexOf(name)];

  it("weighs the name most of the article's sentences use below a word few of them hold, and a word it lacks as the rarest", () => {
    const { question } = rankedIn('Is Putin willing to collaborate with the Pope?');
    const q = questionTerms(seeds.index, question.own, question.past, question.answerType);
    const article = seeds.byId.get(SEED)!;
    const first = seeds.index.article.indexOf(seeds.articles.indexOf(article));
    const local = localIdfOf(q, seeds.index, first, article.sentences.length);
    const at = (term: string) => local[q.terms.indexOf(term)];
    expect(at('putin')).toBeLessThan(at('collaborate'));
    expect(at('pope')).toBeGreaterThan(at('collaborate'));
    const n = q.terms.length;
    expect(local[n]).toBeCloseTo(
      [...local.subarray(0, n)].reduce((a, b) => a + b, 0),
      12,
    );
    expect(local[n + 1]).toBeCloseTo(local[n] - at('pope'), 12);
  });

  it("ranks the sentence holding the rare words above one holding only the article's main name", () => {
    const { list } = rankedIn('Is Putin willing to collaborate with any head of state?');
    const he = find(list, 'He further noted that he is willing to collaborate');
    const named = find(list, 'Putin commented that he sees some value');
    expect(feature(he, 'localCoverage')).toBeGreaterThan(feature(named, 'localCoverage'));
    expect(list.indexOf(he)).toBeLessThan(list.indexOf(named));
  });

  it('credits a sentence with the question words of its neighbours in the paragraph, and none across a paragraph break', () => {
    const { list } = rankedIn('What did Putin say about the assassination attempt on Trump?');
    const said = find(list, 'Commenting on the assassination attempt');
    const brave = find(list, 'He turned out to be a brave man');
    expect(feature(brave, 'previousCoverage')).toBeCloseTo(feature(said, 'sentenceCoverage'), 12);
    expect(feature(brave, 'nextCoverage')).toBe(0);
    expect(feature(brave, 'windowCoverage')).toBeGreaterThanOrEqual(feature(said, 'sentenceCoverage'));
    // The sentence before "Commenting ..." starts another paragraph: nothing from it.
    expect(feature(said, 'previousCoverage')).toBe(0);
    expect(feature(said, 'nextCoverage')).toBeCloseTo(feature(brave, 'sentenceCoverage'), 12);
    // One paragraph: one paragraph coverage, at least what either sentence covers, terms weighed within the article.
    expect(feature(brave, 'localPassageCoverage')).toBe(feature(said, 'localPassageCoverage'));
    expect(feature(said, 'localPassageCoverage')).toBeGreaterThanOrEqual(feature(said, 'localCoverage'));
  });

  it('meets a question word spelt with another ending by its first five letters ("Zelenskyy" / "Zelensky"), only where no exact match is', () => {
    const { list } = rankedIn('When did Trump receive Zelenskyy at the White House?');
    const variant = find(list, 'Trump received Volodymyr Zelensky and European leaders');
    const exact = find(list, 'On Friday, Donald Trump announced that he would likely meet with Ukrainian President Volodymyr Zelenskyy');
    expect(feature(variant, 'prefixCoverage')).toBeGreaterThan(0);
    expect(feature(variant, 'softCoverage')).toBe(0);
    expect(feature(exact, 'prefixCoverage')).toBe(0);
    // Weighed like the exact coverage, by the coverage's idf and by the article's.
    const { question } = rankedIn('When did Trump receive Zelenskyy at the White House?');
    const q = questionTerms(seeds.index, question.own, question.past, question.answerType);
    expect(feature(variant, 'prefixCoverage')).toBeCloseTo(q.idf[q.terms.indexOf('zelenskyy')] / q.totalIdf, 12);
  });

  it('gives no prefix match to a question word shorter than five letters ("war" / "warned")', () => {
    const { list } = rankedIn('Would Putin encounter a rough situation in the war?');
    const warned = list.filter((r) => /\bwarn/.test(sentenceOf(r)));
    expect(warned.length).toBeGreaterThan(0);
    for (const r of warned) expect(feature(r, 'prefixCoverage')).toBe(0);
  });

  it('marks the answer that is the object of the preposition the question strands, and no answer when none is stranded', () => {
    const stranded = rankedIn('Which broadcaster did Trump warn of a rough situation to?').list;
    expect(feature(find(stranded, '“I hope President Putin is going to be good'), 'prepositionMatch')).toBe(1);
    expect(feature(find(stranded, 'Trump had previously warned'), 'prepositionMatch')).toBe(0);
    const none = rankedIn('Which broadcaster heard Trump warn of a rough situation?').list;
    expect(none.length).toBeGreaterThan(0);
    for (const r of none) expect(feature(r, 'prepositionMatch')).toBe(0);
  });
});
