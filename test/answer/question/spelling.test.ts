import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../src/analyse/analyse-article.js';
import { createNlp } from '../../../src/analyse/nlp.js';
import { answerRanked } from '../../../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';
import { readQuestion } from '../../../src/answer/question/read-question.js';
import {
  boundedEdits,
  correctionNotices,
  correctionOf,
  editsAllowed,
  transliterationVariants,
  withContractionApostrophes,
  withWhWordSpelt,
} from '../../../src/answer/question/spelling.js';
import { buildCoverage } from '../../../src/coverage/build-coverage.js';
import type { Coverage } from '../../../src/coverage/types.js';
import { Bm25Index } from '../../../src/index/bm25-index.js';
import { renderAnswer } from '../../../src/present/answer.js';
import { seedCoverage } from '../../support/seed-coverage.js';
import { NO_META, writtenArticle } from '../../support/articles.js';
import { confidenceExtras } from '../../../src/answer/confidence.js';

const nlp = createNlp();
const AS_TYPED = { ...ANSWER_DEFAULTS, correctSpelling: 'none' as const };

/** A vocabulary of one document per entry, so a term's document frequency is how often it is listed. */
const vocabulary = (...terms: string[]) => Bm25Index.build(terms.map((t) => [t]));

describe('correctionOf', () => {
  it('reads a term the vocabulary lacks as the closest term within the edits its length allows', () => {
    const index = vocabulary('zelenskyy', 'sigismund', 'genghis', 'carlsbad', 'talks');
    expect(correctionOf(index, 'zelenskiy')).toBe('zelenskyy');
    expect(correctionOf(index, 'sigimund')).toBe('sigismund');
    // Two neighbours swapped is one edit (Damerau); "ghengis" is two from "genghis".
    expect(correctionOf(index, 'carslbad')).toBe('carlsbad');
    expect(correctionOf(index, 'ghengis')).toBe('genghis');
    expect(correctionOf(index, 'tlaks')).toBe('talks');
  });

  it('never corrects a term the vocabulary has, nor a word of one or two letters', () => {
    const index = vocabulary('zelensky', 'zelenskyy', 'ox', 'un');
    expect(correctionOf(index, 'zelensky')).toBeNull();
    expect(correctionOf(index, 'ux')).toBeNull();
    expect(correctionOf(index, 'u')).toBeNull();
    expect([1, 2].map((n) => editsAllowed(n))).toEqual([0, 0]);
    expect([3, 5, 6, 12].map((n) => editsAllowed(n))).toEqual([1, 1, 2, 2]);
  });

  it('leaves a word the dictionary has as typed: a country is no misspelt nationality word ("russia", "russian")', () => {
    const index = vocabulary('russian', 'slovenian', 'zelenskyy');
    expect(correctionOf(index, 'russia')).toBeNull();
    expect(correctionOf(index, 'slovenia')).toBeNull();
    expect(correctionOf(index, 'zelenskiy')).toBe('zelenskyy');
  });

  it('needs the first letter to match, stays within the edits allowed, and leaves numbers alone', () => {
    const index = vocabulary('kremlin', 'talks', '1986', 'peskov');
    expect(correctionOf(index, 'cremlin')).toBeNull();
    // Five letters allow one edit: "tlkas" is two away.
    expect(correctionOf(index, 'tlkas')).toBeNull();
    expect(correctionOf(index, '1987')).toBeNull();
    expect(correctionOf(index, 'peskof')).toBe('peskov');
  });

  it('prefers the fewest edits, then the most frequent term, then code-point order: ties are deterministic', () => {
    expect(correctionOf(vocabulary('carts', 'cart', 'cart'), 'carx')).toBe('cart');
    // Equal edits: the more frequent wins, whatever the vocabulary's order.
    expect(correctionOf(vocabulary('card', 'cart', 'cart'), 'carx')).toBe('cart');
    expect(correctionOf(vocabulary('cart', 'cart', 'card'), 'carx')).toBe('cart');
    // Equal edits and frequency: code-point order.
    expect(correctionOf(vocabulary('cart', 'card'), 'carx')).toBe('card');
    expect(correctionOf(vocabulary('card', 'cart'), 'carx')).toBe('card');
  });
});

describe('transliterationVariants', () => {
  it("gives the vocabulary's other romanizations of a name's -ий ending: -y, -yy, -iy, -yi, -ii, -ij", () => {
    const index = vocabulary('zelenskyy', 'zelenskiy', 'zelenskyi', 'dmitrii', 'zelensky');
    expect(transliterationVariants(index, 'zelensky')).toEqual(['zelenskyy', 'zelenskiy', 'zelenskyi']);
    expect(transliterationVariants(index, 'zelenskyy')).toEqual(['zelensky', 'zelenskiy', 'zelenskyi']);
    expect(transliterationVariants(index, 'dmitry')).toEqual(['dmitrii']);
  });

  it('merges no plain -i, no doubled letter elsewhere, no ending after a vowel and no other edit', () => {
    const index = vocabulary('henri', 'zelenski', 'khaan', 'johnston', 'freyy');
    // "Henry" / "Henri" are two names; the Polish "-ski" no romanization of -ий.
    expect(transliterationVariants(index, 'henry')).toEqual([]);
    expect(transliterationVariants(index, 'zelensky')).toEqual([]);
    expect(transliterationVariants(index, 'khan')).toEqual([]);
    expect(transliterationVariants(index, 'johnson')).toEqual([]);
    expect(transliterationVariants(index, 'frey')).toEqual([]);
    // Only a stem of three letters or more.
    expect(transliterationVariants(vocabulary('taij'), 'tay')).toEqual([]);
  });
});

describe('correctionNotices', () => {
  it("says how the question was read, the term in the typed word's case", () => {
    expect(correctionNotices([])).toEqual([]);
    expect(correctionNotices([{ typed: 'Zelenskiy', term: 'zelenskiy', read: 'zelenskyy' }])).toEqual(['Read Zelenskiy as Zelenskyy.']);
    expect(correctionNotices([{ typed: 'ZELENSKIY', term: 'zelenskiy', read: 'zelenskyy' }])).toEqual(['Read ZELENSKIY as ZELENSKYY.']);
    expect(
      correctionNotices([
        { typed: 'Sigimund', term: 'sigimund', read: 'sigismund' },
        { typed: 'tlaks', term: 'tlaks', read: 'talks' },
        { typed: 'Ghengis', term: 'ghengis', read: 'genghis' },
      ]),
    ).toEqual(['Read Sigimund as Sigismund, tlaks as talks and Ghengis as Genghis.']);
  });

  it('says nothing of a plural read as its singular, which is no misspelling, and still names a misspelt word beside it', () => {
    expect(correctionNotices([{ typed: 'Norwegians', term: 'norwegians', read: 'norwegian' }])).toEqual([]);
    expect(correctionNotices([{ typed: 'Duchies', term: 'duchies', read: 'duchy' }])).toEqual([]);
    expect(
      correctionNotices([
        { typed: 'Norwegians', term: 'norwegians', read: 'norwegian' },
        { typed: 'Sigimund', term: 'sigimund', read: 'sigismund' },
      ]),
    ).toEqual(['Read Sigimund as Sigismund.']);
  });
});

describe('withContractionApostrophes', () => {
  it("spells a wh-word's contraction typed without its apostrophe with it, in the typed case, and leaves other words alone", () => {
    expect(withContractionApostrophes('whos the mayor of Tarvik')).toBe("who's the mayor of Tarvik");
    expect(withContractionApostrophes('Whats the toll, and wheres the bridge')).toBe("What's the toll, and where's the bridge");
    expect(withContractionApostrophes("WhatsApp, what's on, somewhats, whatsoever")).toBe("WhatsApp, what's on, somewhats, whatsoever");
  });

  it('makes a question typed "whos …" or "whats …" ask what it asks typed with the apostrophe, not anything', () => {
    const typeOf = (text: string) => readQuestion(nlp, text, null, [], AS_TYPED).answerType;
    expect(typeOf('whos the mayor of tarvik')).toBe('person');
    expect(typeOf('wheres the new bridge')).toBe('place');
    expect(typeOf('whats the population of tarvik')).toBe(typeOf("what's the population of tarvik"));
    expect(typeOf('whats the population of tarvik')).not.toBe('any');
  });
});

describe('withWhWordSpelt', () => {
  const spelt = (text: string, vocabulary?: Bm25Index) => withWhWordSpelt(text, vocabulary).text;

  it('reads an opening word one edit from one wh-word, before an operator, as that wh-word, in the typed case', () => {
    expect(withWhWordSpelt('wen did the bridge open')).toEqual({
      text: 'when did the bridge open',
      corrected: { typed: 'wen', term: 'wen', read: 'when' },
    });
    expect(spelt('Wat is the toll on the bridge?')).toBe('What is the toll on the bridge?');
    expect(spelt('wehn will the ferry stop')).toBe('when will the ferry stop');
    expect(spelt('hw many people cross it')).toBe('how many people cross it');
  });

  it('leaves a question alone that has a wh-word, opens with a function word or an adverb, or is two wh-words away', () => {
    for (const text of [
      'There is a toll on the bridge?',
      'That is the new bridge?',
      'Now is the bridge open?',
      'There are tolls on which bridges?',
      'whi did the bridge close',
      'wen the bridge opened',
      'Wen is the mayor?',
    ]) {
      expect(spelt(text, text.startsWith('Wen') ? vocabulary('wen') : undefined), text).toBe(text);
    }
  });
});

describe('boundedEdits', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours, and gives bound + 1 past the bound', () => {
    expect(boundedEdits('zelenskiy', 'zelenskyy', 2)).toBe(1);
    expect(boundedEdits('sigimund', 'sigismund', 2)).toBe(1);
    expect(boundedEdits('carslbad', 'carlsbad', 2)).toBe(1);
    expect(boundedEdits('ghengis', 'genghis', 2)).toBe(2);
    expect(boundedEdits('same', 'same', 1)).toBe(0);
    expect(boundedEdits('kitten', 'sitting', 1)).toBe(2);
    expect(boundedEdits('a', 'abcdef', 2)).toBe(3);
  });
});

describe('a question read with the coverage spelling', () => {
  let seeds: Coverage;
  let paragraph: Coverage;
  beforeAll(async () => {
    seeds = await seedCoverage();
    // A SQuAD-like paragraph (written for this test): three rulers, the same verbs, only the names tell them apart.
    const text =
      'Sigismund became king of Hungary in 1387 after marrying Queen Mary. ' +
      'Wenceslaus became king of Bohemia in 1378 on the death of his father. ' +
      'Albert became king of Germany in 1438 and died the following year.';
    paragraph = buildCoverage(nlp, [analyseArticle(nlp, { id: 'kings', hash: 'h1', meta: NO_META, text })]);
  });

  it('answers "What did Zelenskiy say about the talks?" from the seeds, which write Zelenskyy, as if typed their way', () => {
    const typo = answerRanked(seeds, 'What did Zelenskiy say about the talks?', null);
    const theirs = answerRanked(seeds, 'What did Zelenskyy say about the talks?', null);
    expect(typo.question.names).toEqual(['zelenskyy']);
    expect(typo.question.corrected).toEqual([{ typed: 'Zelenskiy', term: 'zelenskiy', read: 'zelenskyy' }]);
    expect(typo.answer.abstained).toBe(false);
    expect(typo.answer.excerpts.map((e) => e.text)).toEqual(theirs.answer.excerpts.map((e) => e.text));
    expect(typo.answer.confidence).toBe(theirs.answer.confidence);
    // The reply quotes what was typed; no article is said to lack the name.
    expect(typo.answer.question).toBe('What did Zelenskiy say about the talks?');
    expect(typo.answer.unmentioned).toEqual([]);
    // It says how it read the question, on the terminal (CLI, REPL) as every notice: first.
    expect(typo.answer.notices).toEqual(['Read Zelenskiy as Zelenskyy.']);
    expect(renderAnswer(typo.answer).split('\n')[0]).toBe('note: Read Zelenskiy as Zelenskyy.');
    expect(theirs.answer.notices).toEqual([]);
    // Read as typed, the name is missing from every article, and the same question abstains.
    const asTyped = answerRanked(seeds, 'What did Zelenskiy say about the talks?', null, { tuning: AS_TYPED });
    expect(asTyped.question.names).toEqual(['zelenskiy']);
    expect(asTyped.answer.abstained).toBe(true);
  });

  it('answers "wen did they meet" over the seeds as "when did they meet", and says how it read it', () => {
    const typo = answerRanked(seeds, 'wen did they meet', null).answer;
    const spelt = answerRanked(seeds, 'when did they meet', null).answer;
    expect(typo.answerType).toBe('date');
    expect(typo.excerpts.map((e) => e.text)).toEqual(spelt.excerpts.map((e) => e.text));
    expect(typo.notices).toEqual(['Read wen as when.']);
  });

  it('claims no correction that found no answer: abstaining, it speaks of the names as typed', () => {
    // Read as the seeds' Peskov, the question still finds nothing: the reply says nothing of "Peskov" and quotes the name.
    const { answer, question } = answerRanked(seeds, 'Which team did Pezkov coach?', null);
    expect(question.corrected).toEqual([{ typed: 'Pezkov', term: 'pezkov', read: 'peskov' }]);
    expect(answer.abstained).toBe(true);
    expect(answer.notices).toEqual([]);
    expect(answer.unmentioned).toEqual(['Pezkov']);
    // A spelling variant of a name the coverage has is still not reported missing ("zelen…" is theirs).
    const pope = answerRanked(seeds, 'Where did Zelenskiy meet the Pope?', null).answer;
    expect(pope.abstained).toBe(true);
    expect(pope.unmentioned).toEqual(['Pope']);
  });

  it('says nothing of a country the coverage names only by its nationality word, and still finds its sentence', () => {
    // Written for this test: the coverage has "Slovenian", the question "Slovenia's".
    const text =
      'The Slovenian prime minister met the German chancellor in Vienna on Tuesday to discuss gas supplies. ' +
      'Both leaders said afterwards that the talks had gone well.';
    const coverage = buildCoverage(nlp, [analyseArticle(nlp, { id: 'visit', hash: 'h2', meta: NO_META, text })]);
    const { answer, question } = answerRanked(coverage, "When did Slovenia's prime minister meet the chancellor?", null, {
      tuning: { ...ANSWER_DEFAULTS, abstainBelow: -1 },
    });
    expect(question.corrected).toEqual([]);
    expect(answer.notices).toEqual([]);
    expect(answer.excerpts[0].text).toContain('on Tuesday');
  });

  it('searches a name the coverage romanizes two ways under both, ranks either as the name and counts neither missing', () => {
    // Written for this test: one article writes "Borodinskyy", the other "Borodinsky".
    const coverage = buildCoverage(nlp, [
      writtenArticle(
        nlp,
        'bridge',
        'The council met on Monday to discuss the budget. Mayor Vitaliy Borodinskyy said the repairs to the river bridge ' +
          'would cost twice what was planned. The bridge will reopen in May.',
      ),
      writtenArticle(
        nlp,
        'school',
        'Borodinsky opened a new school in the north of the city. Teachers said the building was finished early. ' +
          'The repairs to the old school were paid by the region.',
      ),
    ]);
    const tuning = { ...ANSWER_DEFAULTS, abstainBelow: -1 };
    const chat = answerRanked(coverage, 'what did borodinsky say about the repairs', null, { tuning });
    expect(chat.question.variants).toEqual(new Map([['borodinsky', ['borodinskyy']]]));
    expect(chat.question.query).toContainEqual({ term: 'borodinskyy', weight: 1 });
    expect(chat.answer.excerpts[0].text).toContain('Borodinskyy said the repairs');
    // Typed as a name, it is no name the article writing it otherwise lacks (nameMissing).
    const typed = answerRanked(coverage, 'What did Borodinsky say about the repairs?', null, { tuning });
    const top = typed.ranked[0];
    expect(top.article.id).toBe('bridge');
    expect(confidenceExtras(coverage, typed.question, top)[0]).toBe(0);
    // Read as typed (correctSpelling 'none'), the name has one spelling.
    expect(answerRanked(coverage, 'What did Borodinsky say about the repairs?', null, { tuning: AS_TYPED }).question.variants.size).toBe(0);
  });

  it('finds the sentence of a name typed with a typo in a paragraph that spells it right', () => {
    const { answer, question } = answerRanked(paragraph, 'When did Sigimund become king?', null, {
      tuning: { ...ANSWER_DEFAULTS, abstainBelow: -1 },
    });
    expect(question.own).toContain('sigismund');
    expect(answer.excerpts[0].text).toContain('1387');
  });

  it('reads names of six letters or more, by one edit at most ("AUTO:6,∞")', () => {
    const read = (text: string) => readQuestion(nlp, text, null, [], ANSWER_DEFAULTS, { vocabulary: seeds.index.sentences });
    // "Mars" is one edit from the seeds' "mark", "Ghengis" two from a word of theirs: neither is read otherwise.
    expect(read('What did Mars say to Peskov?').corrected).toEqual([]);
    expect(read('What did Pezkov say to Trump?').corrected).toEqual([{ typed: 'Pezkov', term: 'pezkov', read: 'peskov' }]);
    expect(correctionOf(vocabulary('genghis'), 'ghengis', ANSWER_DEFAULTS.spellingFuzziness)).toBeNull();
    expect(correctionOf(vocabulary('genghis'), 'ghengis')).toBe('genghis');
    expect(editsAllowed(5, ANSWER_DEFAULTS.spellingFuzziness)).toBe(0);
    expect(editsAllowed(40, ANSWER_DEFAULTS.spellingFuzziness)).toBe(1);
  });

  it('leaves a name the coverage has, words of two letters and lower-case words as typed (names only)', () => {
    const read = (text: string) => readQuestion(nlp, text, null, [], ANSWER_DEFAULTS, { vocabulary: seeds.index.sentences });
    const spelt = read('What did Zelensky say about the talks?');
    expect(spelt.names).toEqual(['zelensky']);
    expect(spelt.corrected).toEqual([]);
    expect(read('What did Xi say to Ze?').corrected).toEqual([]);
    // Not a name: read as typed (correcting every term lost a fit news answer, spelling.ts).
    expect(read('What did Zelenskyy say about the tlaks?').own).toContain('tlaks');
  });
});
