import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/analyse/nlp.js';
import { readQuestion } from '../../../src/answer/question/read-question.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';

// What a question leans on outside itself (src/answer/question/follow-up.ts), as readQuestion reads it: the question
// before, or the coverage's central people.
const nlp = createNlp();
/** The seeds' central people, most mentioned first, as buildCoverage gives them. */
const PEOPLE = [['trump'], ['putin'], ['peskov']];

const read = (text: string) => readQuestion(nlp, text, null, PEOPLE, ANSWER_DEFAULTS);
const weights = (text: string) => Object.fromEntries(read(text).query.map((q) => [q.term, q.weight]));

describe('readQuestion pronouns', () => {
  it('expands "they" to the two most mentioned people when the question names nobody', () => {
    const w = weights('When did they meet?');
    expect(w.trump).toBe(ANSWER_DEFAULTS.expansionWeight);
    expect(w.putin).toBe(ANSWER_DEFAULTS.expansionWeight);
    expect(w.peskov).toBeUndefined();
  });

  it('expands "the two" like "they"', () => {
    const w = weights('Where did the two meet?');
    expect([w.trump, w.putin]).toEqual([ANSWER_DEFAULTS.expansionWeight, ANSWER_DEFAULTS.expansionWeight]);
  });

  it('expands "he" to the most mentioned person only', () => {
    const w = weights('What did he say about sanctions?');
    expect(w.trump).toBe(ANSWER_DEFAULTS.expansionWeight);
    expect(w.putin).toBeUndefined();
  });

  it('does not expand when the question names a person', () => {
    const w = weights('When did they speak with Zelenskyy?');
    expect(w.trump).toBeUndefined();
    expect(w.putin).toBeUndefined();
    expect(w.zelenskyy).toBe(1);
  });

  it('does not expand a question without pronouns', () => {
    const w = weights('When was the summit in Alaska?');
    expect(w.trump).toBeUndefined();
    expect(w.putin).toBeUndefined();
  });

  it('still expands "they" when the question names only a place', () => {
    const w = weights('When did they meet in Alaska?');
    expect(w.trump).toBe(ANSWER_DEFAULTS.expansionWeight);
    expect(w.putin).toBe(ANSWER_DEFAULTS.expansionWeight);
  });
});

describe('readQuestion follow-ups', () => {
  const previous = ['kremlin', 'spokesman'];
  const follow = (text: string) => readQuestion(nlp, text, null, PEOPLE, ANSWER_DEFAULTS, { previous });

  it('takes the previous subject whole for a question with no subject of its own ("and where?")', () => {
    const q = follow('and where?');
    expect(q.own).toEqual(previous);
    expect(q.answerType).toBe('place');
    expect(Object.fromEntries(q.query.map((t) => [t.term, t.weight]))).toMatchObject({ kremlin: 1, spokesman: 1 });
  });

  it('keeps the previous subject in view at the expansion weight when the follow-up refers back with a pronoun', () => {
    const q = follow('what did he say about the calls?');
    expect(q.own).toEqual(expect.arrayContaining(['say', 'call']));
    const w = Object.fromEntries(q.query.map((t) => [t.term, t.weight]));
    expect(w.kremlin).toBe(ANSWER_DEFAULTS.expansionWeight);
    expect(w.spokesman).toBe(ANSWER_DEFAULTS.expansionWeight);
  });

  it('asks its own words of the previous subject when the follow-up refers back with "it"', () => {
    const q = follow('And when was it published?');
    expect(q.own).toEqual(['publish', ...previous]);
    expect(q.inherited).toEqual([]);
    expect(Object.fromEntries(q.query.map((t) => [t.term, t.weight]))).toMatchObject({ publish: 1, kremlin: 1, spokesman: 1 });
  });

  it('asks what the question before asked in a fragment follow-up, with no verb or wh-word of its own', () => {
    const after = (text: string) =>
      readQuestion(nlp, text, null, PEOPLE, ANSWER_DEFAULTS, { previous, previousType: 'description' }).answerType;
    expect(after('and Sergey Lavrov?')).toBe('description');
    expect(after('what about Lavrov?')).toBe('description');
    // A question of its own keeps its own type.
    expect(after('and where?')).toBe('place');
    expect(after('And did Lavrov resign?')).not.toBe('description');
    expect(readQuestion(nlp, 'and Sergey Lavrov?', null, PEOPLE, ANSWER_DEFAULTS, { previous }).answerType).toBe('any');
  });

  it('asks the measure the question before asked in a fragment follow-up: its whole wh-phrase, "how far" a length', () => {
    const after = (text: string) =>
      readQuestion(nlp, text, null, PEOPLE, ANSWER_DEFAULTS, { previous, previousType: 'number', previousQuantity: 'size' });
    expect(after('And on the older keyboard?')).toMatchObject({ answerType: 'number', quantity: 'size' });
    // A question of its own asks its own measure.
    expect(after('And how many keys does it have?')).toMatchObject({ answerType: 'number', quantity: 'count' });
  });

  it('keeps no previous subject for a question that names its own subject with a verb ("Who is Putin?")', () => {
    expect(follow('Who is Putin?').inherited).toEqual([]);
    expect(follow('Where is Alaska?').inherited).toEqual([]);
    // One content word that is no name leaves its subject to the question before.
    expect(follow('Who won?').inherited).toEqual(previous);
    // A bare name with no verb is a fragment follow-up ("and Volker?"), not a question of its own.
    expect(follow('Volker?').inherited).toEqual(previous);
  });

  it('reads a copular question with a singular "be" and nothing coordinated as about one person or thing', () => {
    expect(read('who is the Kremlin spokesman?').aboutOne).toBe(true);
    expect(read('What is Interfax?').aboutOne).toBe(true);
    expect(read('Who are the Kremlin spokesmen?').aboutOne).toBe(false);
    expect(read('Who was Putin talking to?').aboutOne).toBe(false);
    expect(read('Who did Trump speak with?').aboutOne).toBe(false);
    expect(read('Who is Peskov and who is Lavrov?').aboutOne).toBe(false);
    // A follow-up that keeps the question before is about what that was about, which it does not say.
    expect(follow('Who is he?').aboutOne).toBe(false);
  });

  it('lets a reciprocal "they" after a question about one person stand for the central people, not for that person', () => {
    const after = (text: string) => readQuestion(nlp, text, null, PEOPLE, ANSWER_DEFAULTS, { previous, previousAboutOne: true });
    expect(after('where did they meet').inherited).toEqual([]);
    expect(after('when have they never talked?').inherited).toEqual([]);
    expect(after('where did they meet').query.map((t) => t.term)).toEqual(expect.arrayContaining(PEOPLE.slice(0, 2).flat()));
    // A co-participant or an object gives the verb its other party: "they" may be the one person.
    expect(after('where did they meet with Zelensky?').inherited).toEqual(previous);
    expect(after('when did they meet Zelensky?').inherited).toEqual(previous);
    expect(after('where were they born?').inherited).toEqual(previous);
    // Without the question before being about one, "they" refers back as before.
    expect(follow('where did they meet').inherited).toEqual(previous);
  });

  it('reads a subject or possessive pronoun after a name of the same question as that name, not as a follow-up', () => {
    expect(follow('Who did Trump say he would call?').inherited).toEqual([]);
    expect(follow('What did Trump tell Putin during his call?').inherited).toEqual([]);
    expect(follow('Which network did Clinton give her interview to?').inherited).toEqual([]);
    // An object pronoun is never its clause's subject, and a pronoun with no name before it looks back.
    expect(follow('What did Putin tell him?').inherited).toEqual(previous);
    expect(follow('When did Trump call her?').inherited).toEqual(previous);
    expect(follow('Who did he say Trump would call?').inherited).toEqual(previous);
  });

  it('ignores the previous subject for a new, self-contained question', () => {
    const q = follow('Which polling firm surveyed several European countries?');
    expect(q.query.map((t) => t.term)).not.toContain('kremlin');
  });

  it('reads "that" and "this" as referring back only where they stand alone, not as a subordinator or a determiner', () => {
    expect(follow('Who reported that Russia was weighing a summit in the Gulf?').inherited).toEqual([]);
    expect(follow('Which leaders will visit the United States this week to discuss peace?').inherited).toEqual([]);
    expect(follow('And when did Putin say that?').inherited).toEqual(previous);
    expect(follow('When did Putin say that?').inherited).toEqual(previous);
    expect(follow('What did this mean for the talks?').inherited).toEqual(previous);
  });
});
