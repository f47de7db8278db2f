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

  it('reads a negated question whose wh-phrase is the subject as asking the subject of its verb, "do" carrying the negation', () => {
    // Questions as typed in chat about the seeds and a news page, and two of SQuAD dev's (fold B).
    expect(read('who did not confirm the phone call').subjectVerb).toBe('confirm');
    const unchanged = read('which age group didnt change');
    expect(unchanged.subjectVerb).toBe('change');
    expect(unchanged.objectVerb).toBeNull();
    const plants = read("What plants don't need light to make chloroplasts?");
    expect(plants.subjectVerb).toBe('need');
    expect(plants.objectVerb).toBeNull();
    expect(read('Who cannot be employed by a school in any manner?').asksPassiveSubject).toBe(true);
    // A subject between the operator and the negation: the wh-phrase is the object, as without the negation.
    expect(read('What did the Kremlin not confirm?').objectVerb).toEqual({ verb: 'confirm', subject: ['kremlin'], preposition: null });
    expect(read('What did the Kremlin not confirm?').subjectVerb).toBeNull();
    expect(read("Why didn't Peskov confirm the call?").subjectVerb).toBeNull();
  });

  it('reads the answer before as what a "who else" question asks besides, in a conversation only', () => {
    // The seeds' conversation: "who did trump mention talking with after his victory" showed "Volodymyr Zelenskyy".
    const after = (text: string) => readQuestion(nlp, text, null, PEOPLE, ANSWER_DEFAULTS, { previousAnswer: 'Volodymyr Zelenskyy' });
    expect(after('who else did he mention').elseThan).toEqual(['volodymyr', 'zelenskyy']);
    expect(after('who did he mention').elseThan).toEqual([]);
    // "anyone else" is no wh-phrase: asked besides nothing.
    expect(after('did he mention anyone else').elseThan).toEqual([]);
    // Asked alone (SQuAD v1.1 dev fold B, Nikola Tesla), with no answer before.
    expect(read('Who else did Tesla make the acquaintance of in 1886?').elseThan).toEqual([]);
  });

  it('reads the present period a when-question places its event in ("this year", "today"), and none for another period', () => {
    expect(read('when was the first call between trump and putin this year').presentPeriod).toBe('year');
    expect(read('When did Peskov comment today?').presentPeriod).toBe('day');
    expect(read('When did Trump and Putin speak last year?').presentPeriod).toBeNull();
    expect(read('Who did Trump call this week?').presentPeriod).toBeNull();
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
