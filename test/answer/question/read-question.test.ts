import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/analyse/nlp.js';
import { caseNames, readQuestion } from '../../../src/answer/question/read-question.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';
import type { AskCommand } from '../../../src/answer/types.js';

const nlp = createNlp();
/** The seeds' central people, most mentioned first, as buildCoverage gives them. */
const PEOPLE = [['trump'], ['putin'], ['peskov']];

const read = (text: string, command: AskCommand | null = null) => readQuestion(nlp, text, command, PEOPLE, ANSWER_DEFAULTS);
const weights = (text: string, command: AskCommand | null = null) =>
  Object.fromEntries(read(text, command).query.map((q) => [q.term, q.weight]));

describe('readQuestion terms', () => {
  it("searches the question's own content lemmas at weight 1", () => {
    const q = read('Where did Putin and Trump meet last month?');
    expect(q.own).toEqual(['putin', 'trump', 'meet', 'last', 'month']);
    for (const term of q.own) expect(weights(q.text)[term]).toBe(1);
  });

  it('adds synonyms of event words at the reduced expansion weight', () => {
    const w = weights('When did Putin and Trump meet?');
    expect(w.meet).toBe(1);
    for (const synonym of ['summit', 'talk', 'meeting', 'visit']) expect(w[synonym]).toBe(ANSWER_DEFAULTS.expansionWeight);
    expect(ANSWER_DEFAULTS.expansionWeight).toBeLessThan(1);
  });

  it('keeps weight 1 for a word that is both asked and a synonym of another asked word', () => {
    const w = weights('Did Putin and Trump talk by phone?');
    expect(w.talk).toBe(1);
    expect(w.phone).toBe(1);
    expect(w.call).toBe(ANSWER_DEFAULTS.expansionWeight);
  });

  it('does not search the word completing "how", which names what is asked', () => {
    expect(read('How many calls did Putin and Trump have?').own).toEqual(['call', 'putin', 'trump']);
    expect(read('soon will Trump talk to Putin', 'how').own).not.toContain('soon');
  });

  it('gives no terms for a question of stop words only', () => {
    expect(read('What is it that they were doing there?').own).toEqual([]);
  });
});

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

describe('readQuestion answer type and tense', () => {
  it('flags questions asked with did/was/were/had as about the past', () => {
    expect(read('When did Putin and Trump meet?').past).toBe(true);
    expect(read('Where were the talks held?').past).toBe(true);
    expect(read('When will Trump talk to Putin?').past).toBe(false);
    expect(read('Who is the Kremlin spokesman?').past).toBe(false);
  });

  it('flags questions asked with will/shall as about the future', () => {
    expect(read('When will Trump talk to Putin?').future).toBe(true);
    expect(read("Why won't Putin call first?").future).toBe(true);
    expect(read('When did Putin and Trump meet?').future).toBe(false);
  });

  it('flags a question asking who spoke, "who" and then a reporting verb, but not one asking whom someone told', () => {
    expect(read('Who said the calls could not be confirmed?').asksSpeaker).toBe(true);
    expect(read('Who has confirmed the call?').asksSpeaker).toBe(true);
    expect(read('said the calls could not be confirmed', 'who').asksSpeaker).toBe(true);
    expect(read('Who did Trump tell about the calls?').asksSpeaker).toBe(false);
    expect(read('Who met Putin in Alaska?').asksSpeaker).toBe(false);
  });

  it('flags a number question whose wh-phrase asks a percentage, but not one asking a count or what a share is', () => {
    expect(read('What percentage of voters backed the levy?').asksPercentage).toBe(true);
    expect(read('What is the percentage of homes without power?').asksPercentage).toBe(true);
    expect(read('What share of the vote did the party win?').asksPercentage).toBe(true);
    expect(read('How many voters backed the levy?').asksPercentage).toBe(false);
    expect(read('What did the leaders share?').asksPercentage).toBe(false);
  });

  it('flags a question whose wh-phrase is the subject of a passive, but not one whose passive has another subject', () => {
    expect(read('Which commission was censured by the parliament?').asksPassiveSubject).toBe(true);
    expect(read('Who was quickly arrested after the march?').asksPassiveSubject).toBe(true);
    expect(read('Who was the poem written by?').asksPassiveSubject).toBe(false);
    expect(read('Who wrote the poem?').asksPassiveSubject).toBe(false);
    expect(read('Who is the mayor?').asksPassiveSubject).toBe(false);
    expect(read('Who has been elected to the board?').asksPassiveSubject).toBe(true);
    expect(read('Who could have been chosen instead?').asksPassiveSubject).toBe(true);
    expect(read('Who is being considered for the post?').asksPassiveSubject).toBe(true);
    expect(read('Who is chairing the board?').asksPassiveSubject).toBe(false);
    expect(read('Who has been chairing the board?').asksPassiveSubject).toBe(false);
  });

  it('reads the noun heading the complement of a copular wh-question', () => {
    expect(read('Who was the first female mayor of the county?').copularNoun).toBe('mayor');
    expect(read('What is the name of the largest city?').copularNoun).toBe('city');
    expect(read('Who did the mayor meet?').copularNoun).toBeNull();
    expect(read('Who is Jane Roe?').copularNoun).toBeNull();
  });

  it("reads the noun a number question asks a measure of, the of-phrase's noun after a quantity noun", () => {
    expect(read('At what price did the shares close?').measureNoun).toBe('price');
    expect(read('What was the price of oil in March?').measureNoun).toBe('price');
    expect(read('In what amount of time was the bridge built?').measureNoun).toBe('time');
    expect(read('How much did the shares cost?').measureNoun).toBeNull();
    expect(read('Which city hosted the summit?').measureNoun).toBeNull();
  });

  it('reads the preposition of time a when-question opens with, but not one of time position', () => {
    expect(read('Since what year has the band played the festival?').timePreposition).toBe('since');
    expect(read('Until when will the bridge stay closed?').timePreposition).toBe('until');
    expect(read('In what year did the band form?').timePreposition).toBeNull();
    expect(read('When did the band form?').timePreposition).toBeNull();
  });

  it('reads the verb whose object a what-question asks, with its subject, and none when the wh-phrase is the subject', () => {
    expect(read('What did the lab develop last year?').objectVerb).toEqual({ verb: 'develop', subject: ['lab'], preposition: null });
    expect(read('What can the new engine not burn?').objectVerb).toEqual({ verb: 'burn', subject: ['new', 'engine'], preposition: null });
    expect(read('What did the lab replace the cells with?').objectVerb).toEqual({ verb: 'replace', subject: ['lab'], preposition: 'with' });
    expect(read('What will replace the old engine?').objectVerb).toBeNull();
    expect(read('What did the lab do with the money?').objectVerb).toBeNull();
  });

  it('reads the active verb whose subject the wh-phrase is, and none when it asks an object or a passive subject', () => {
    expect(read('Who first formulated the theory?').subjectVerb).toBe('formulate');
    expect(read('Which agency considers the county a separate area?').subjectVerb).toBe('consider');
    expect(read('Who did the mayor meet?').subjectVerb).toBeNull();
    expect(read('Who was quickly arrested after the march?').subjectVerb).toBeNull();
    expect(read('Who is the mayor?').subjectVerb).toBeNull();
  });

  it('reads the verb past the operators of a question whose wh-phrase is the subject, and none past "be" or "do"', () => {
    expect(read('Who will play the lead?').subjectVerb).toBe('play');
    expect(read('Who has finally signed the deal?').subjectVerb).toBe('sign');
    expect(read('What could delay the harbor project?').subjectVerb).toBe('delay');
    expect(read('Who will the mayor meet?').subjectVerb).toBeNull();
    expect(read('Who has been elected mayor?').subjectVerb).toBeNull();
    expect(read('What does pumping water into the tank do?').subjectVerb).toBeNull();
  });

  it('reads the preposition a question strands at its end or opens with as the one whose object it asks for', () => {
    expect(read('Which broadcaster did Trump warn of a rough situation to?').preposition).toBe('to');
    expect(read('In which city did the Russian side put forward its proposal?').preposition).toBe('in');
    expect(read('Who did Putin speak with?').preposition).toBe('with');
    expect(read('Which state television journalist questioned Peskov about subtleties?').preposition).toBeNull();
    expect(read('Where did Putin and Trump meet last month?').preposition).toBeNull();
    expect(read('What did Trump talk about?', 'ask').preposition).toBe('about');
  });

  it('takes the answer type from the command hint', () => {
    expect(read('did they meet', 'when').answerType).toBe('date');
    expect(read('did they meet').answerType).toBe('polarity');
  });

  it('reads the same type with emoji or an emoticon anywhere in the question', () => {
    expect(read('Who is Jane Roe? 🤔🤔').answerType).toBe('description');
    expect(read('Who is Jane Roe :)').answerType).toBe('description');
    expect(read('👍🏽 Did the mayor resign?').answerType).toBe('polarity');
    expect(read('How 🙏 much did the city pay?')).toMatchObject({ answerType: 'number', quantity: 'money' });
  });

  it('reads a request for a noun phrase ("give me the date of …") as the what-question it conceals, without its verb', () => {
    const asked = read('give me the date of the harbour festival');
    expect(asked.answerType).toBe('date');
    expect(asked.own).toEqual(read('What is the date of the harbour festival?').own);
    expect(asked.own).not.toContain('give');
    // "can you …" no longer opens a yes/no question.
    const polite = read('can you tell me the name of the mayor of Tarvik');
    expect(polite.answerType).toBe(read('What is the name of the mayor of Tarvik?').answerType);
    expect(polite.answerType).not.toBe('polarity');
    expect(read('Show me the population of Tarvik').answerType).toBe('number');
  });

  it('reads a request whose object is a clause as that clause ("tell me who won") and one about a topic without its verb', () => {
    expect(read('tell me who won the regatta').answerType).toBe('person');
    const topic = read('tell me about the harbour festival');
    expect(topic.own).not.toContain('tell');
    expect(topic.own).toEqual(read('What is the harbour festival?').own);
  });

  it('reads a chat message as the question it asks: no greeting, vocative or thanks, with or without punctuation, an embedded question as the direct one', () => {
    const plain = read('When did the ferry leave Tarvik?');
    const chats = ['hey bot, when did the ferry leave Tarvik? thanks', 'hey bot when did the ferry leave Tarvik please'];
    for (const chat of [...chats, 'sorry when did the ferry leave Tarvik thanks', 'please tell me when the ferry left Tarvik']) {
      const q = read(chat);
      expect(q.text).toBe(chat);
      expect(q.own).toEqual(plain.own);
      expect(q).toMatchObject({ answerType: plain.answerType, past: true });
    }
    expect(read('do you know who the harbour master of Tarvik is?').own).toEqual(read('Who is the harbour master of Tarvik?').own);
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

describe('caseNames', () => {
  const people = [
    { name: 'Vladimir Putin', terms: ['putin'], mentions: 9 },
    { name: 'Dmitry Peskov', terms: ['peskov'], mentions: 4 },
    { name: 'Will Price', terms: ['price'], mentions: 1 },
  ];
  /** Each word is held by one sentence of the coverage. */
  const oneSentence = () => 1;

  it("restores the capitals of the coverage's names in a question typed in lower case", () => {
    expect(caseNames('who is dmitry peskov?', people, oneSentence)).toBe('who is Dmitry Peskov?');
    expect(caseNames('did putin call?', people, oneSentence)).toBe('did Putin call?');
  });

  it('never capitalises a stop word, even when it is part of a name', () => {
    expect(caseNames('will putin call?', people, oneSentence)).toBe('will Putin call?');
  });

  it('leaves a word the coverage mostly uses outside the name as typed', () => {
    // The people and counts of session 29's probe coverage: Gizmodo's "Touch Bar" (a keyboard strip) tagged a person with
    // two mentions, beside "oxygen bar" in the News Nation page's sentences: twelve sentences hold "bar".
    const touchBar = [{ name: 'Touch Bar', terms: ['bar'], mentions: 2 }];
    const holding = (term: string) => (term === 'bar' ? 12 : 2);
    expect(caseNames('what is the oxygen bar called?', touchBar, holding)).toBe('what is the oxygen bar called?');
    expect(caseNames('what does the touch bar do?', touchBar, holding)).toBe('what does the Touch bar do?');
    expect(read('what is the oxygen bar called?').namingNoun).toBe('bar');
  });

  it('leaves a question its writer cased alone', () => {
    expect(caseNames('Did putin meet Trump?', people, oneSentence)).toBe('Did putin meet Trump?');
  });

  it('restores the names of a lower-case question whose only capitals are in what chat adds to it ("OK,", "xD", ":P")', () => {
    expect(caseNames('who is peskov xD', people, oneSentence)).toBe('who is Peskov xD');
    expect(caseNames('OK, did putin call? :P', people, oneSentence)).toBe('OK, did Putin call? :P');
    expect(caseNames('did putin call Dmitry? xD', people, oneSentence)).toBe('did putin call Dmitry? xD');
  });

  it('reads "who is peskov" typed in lower case as a definitional question', () => {
    expect(read(caseNames('who is peskov?', people, oneSentence)).answerType).toBe('description');
    expect(read('who is peskov?').answerType).not.toBe('description');
  });

  it('reads a question whose capitals caseNames restored as naming no one, and otherwise as typed with them', () => {
    const text = caseNames('did dmitry peskov call putin?', people, oneSentence);
    const typed = read(text);
    const cased = readQuestion(nlp, text, null, PEOPLE, ANSWER_DEFAULTS, { casedByCoverage: true });
    expect(typed.names).toEqual(['dmitry', 'peskov', 'putin']);
    expect(cased.names).toEqual([]);
    expect(cased.typed.size).toBe(0);
    expect({ ...cased, names: typed.names, typed: typed.typed }).toEqual(typed);
  });
});
