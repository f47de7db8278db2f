import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/analyse/nlp.js';
import { askedQuestion, withoutDiscourse, withoutFocusingAdverb } from '../../../src/answer/question/request.js';

const nlp = createNlp();
const asked = (text: string) => askedQuestion(nlp, text);

describe('withoutDiscourse', () => {
  it('takes off an opening greeting, interjection or "please" that punctuation sets off', () => {
    expect(withoutDiscourse('hi, who opened the bridge?')).toBe('who opened the bridge?');
    expect(withoutDiscourse('Hello! When does the ferry leave?')).toBe('When does the ferry leave?');
    expect(withoutDiscourse('um, how many lanes does it have?')).toBe('how many lanes does it have?');
    expect(withoutDiscourse('please, what did the mayor promise?')).toBe('what did the mayor promise?');
    expect(withoutDiscourse('thanks! and where?')).toBe('and where?');
  });

  it('takes off the vocative after a greeting ("hey bot,", "hi there!")', () => {
    expect(withoutDiscourse('hey bot, where is the depot?')).toBe('where is the depot?');
    expect(withoutDiscourse('hi there! who runs the depot?')).toBe('who runs the depot?');
    expect(withoutDiscourse('good morning, who runs the depot?')).toBe('who runs the depot?');
  });

  it('takes off an opening word with no punctuation only before a question\'s first word ("yo which …")', () => {
    expect(withoutDiscourse('yo which team won the regatta')).toBe('which team won the regatta');
    expect(withoutDiscourse('Hello Kitty was designed by whom?')).toBe('Hello Kitty was designed by whom?');
    expect(withoutDiscourse('Well-known for what?')).toBe('Well-known for what?');
  });

  it('takes off closing thanks, "please" or a vocative after punctuation, keeping the question mark', () => {
    expect(withoutDiscourse('who won the regatta? thanks!')).toBe('who won the regatta?');
    expect(withoutDiscourse('when does the ferry leave, bot?')).toBe('when does the ferry leave?');
    expect(withoutDiscourse('when does the ferry leave, please?')).toBe('when does the ferry leave?');
    expect(withoutDiscourse('Can members vote as they please?')).toBe('Can members vote as they please?');
  });

  it('takes off the vocative after a greeting with no punctuation only when it is a word of address ("hey bot who …")', () => {
    expect(withoutDiscourse('hey bot who runs the depot')).toBe('who runs the depot');
    expect(withoutDiscourse('good evening folks when does the ferry leave')).toBe('when does the ferry leave');
    expect(withoutDiscourse('hello again where is the depot')).toBe('where is the depot');
    expect(withoutDiscourse('hello harbour master who runs the depot')).toBe('hello harbour master who runs the depot');
  });

  it('takes off an apology, a change of topic, an announced question or leave asked to ask before the question ("sorry", "btw")', () => {
    expect(withoutDiscourse('sorry who runs the depot')).toBe('who runs the depot');
    expect(withoutDiscourse('btw when does the ferry leave')).toBe('when does the ferry leave');
    expect(withoutDiscourse('quick question how many lanes does the bridge have')).toBe('how many lanes does the bridge have');
    expect(withoutDiscourse('can I ask you a question, who runs the depot')).toBe('who runs the depot');
    expect(withoutDiscourse('can I ask you something? who runs the depot')).toBe('who runs the depot');
    expect(withoutDiscourse('Sorry for what?')).toBe('Sorry for what?');
  });

  it('takes off an interjection before a follow-up connective and keeps the connective ("oh and where …")', () => {
    expect(withoutDiscourse('oh and where is the depot')).toBe('and where is the depot');
    expect(withoutDiscourse('okay then who won the regatta')).toBe('then who won the regatta');
  });

  it('takes off a word of address or an acknowledgement that punctuation or thanks sets off ("bot, who …", "cool, and …")', () => {
    expect(withoutDiscourse('hi, bot, who runs the depot?')).toBe('who runs the depot?');
    expect(withoutDiscourse('cool, and where is the depot?')).toBe('and where is the depot?');
    expect(withoutDiscourse('great thanks! when does the ferry leave')).toBe('when does the ferry leave');
    expect(withoutDiscourse('ok thanks and who won the regatta')).toBe('and who won the regatta');
    expect(withoutDiscourse('everyone who sailed won what?')).toBe('everyone who sailed won what?');
    expect(withoutDiscourse('right whales feed where?')).toBe('right whales feed where?');
  });

  it('takes off a closing "please" or thanks with no punctuation unless it is the verb "please" or the noun "thanks"', () => {
    expect(withoutDiscourse('when does the ferry leave please')).toBe('when does the ferry leave');
    expect(withoutDiscourse('who won the regatta pls thank you')).toBe('who won the regatta');
    expect(withoutDiscourse('where is the depot thanks?')).toBe('where is the depot?');
    expect(withoutDiscourse('may ferry crews moor where they please')).toBe('may ferry crews moor where they please');
    expect(withoutDiscourse('can members vote as the board pleases')).toBe('can members vote as the board pleases');
    expect(withoutDiscourse('do members vote as the club rules please')).toBe('do members vote as the club rules please');
    expect(withoutDiscourse('who did the mayor give thanks')).toBe('who did the mayor give thanks');
    expect(withoutDiscourse('what did the crew send as a token of thanks')).toBe('what did the crew send as a token of thanks');
  });

  it('keeps a closing "thank you" that is the verb after an operator and its pronoun subject ("did she thank you")', () => {
    expect(withoutDiscourse('did the skipper say she would thank you')).toBe('did the skipper say she would thank you');
    expect(withoutDiscourse('did she thank you')).toBe('did she thank you');
    expect(withoutDiscourse('when did the crews meet thank you')).toBe('when did the crews meet');
  });

  it('takes off laughter and emoticons before or after the question, with or without punctuation ("lol", "haha", ":D")', () => {
    expect(withoutDiscourse('lol where does the ferry leave')).toBe('where does the ferry leave');
    expect(withoutDiscourse('haha, who won the regatta?')).toBe('who won the regatta?');
    expect(withoutDiscourse(':D who won the regatta')).toBe('who won the regatta');
    expect(withoutDiscourse('who won the regatta lmaooo')).toBe('who won the regatta');
    expect(withoutDiscourse('who won the regatta hahaha?')).toBe('who won the regatta?');
    expect(withoutDiscourse('who is the harbour master xD')).toBe('who is the harbour master');
    expect(withoutDiscourse('when does the ferry leave, lol :-)')).toBe('when does the ferry leave');
    expect(withoutDiscourse('where is the depot ;P')).toBe('where is the depot');
  });

  it('keeps a laughter word the question asks about and a name that begins like one ("what does lol mean", "Lola")', () => {
    expect(withoutDiscourse('what does lol mean')).toBe('what does lol mean');
    expect(withoutDiscourse('what is lol')).toBe('what is lol');
    expect(withoutDiscourse('who is the meaning of haha')).toBe('who is the meaning of haha');
    expect(withoutDiscourse('who rescued Lola')).toBe('who rescued Lola');
    expect(withoutDiscourse('where did Hahn sail')).toBe('where did Hahn sail');
  });

  it('takes off an aside after the question that says why it is asked ("? asking for a friend", ", btw")', () => {
    expect(withoutDiscourse('when does the ferry leave? asking for a friend')).toBe('when does the ferry leave?');
    expect(withoutDiscourse('who runs the depot, btw')).toBe('who runs the depot');
    expect(withoutDiscourse('who runs the depot btw')).toBe('who runs the depot');
    expect(withoutDiscourse('who won the regatta? just curious')).toBe('who won the regatta?');
    expect(withoutDiscourse("how long is the bridge, I'm curious")).toBe('how long is the bridge');
    expect(withoutDiscourse('when was the depot built, out of curiosity?')).toBe('when was the depot built?');
  });

  it('keeps an aside\'s words where they may be the question\'s own ("who is curious", "what does btw mean")', () => {
    expect(withoutDiscourse('who is curious')).toBe('who is curious');
    expect(withoutDiscourse('what does btw mean')).toBe('what does btw mean');
    expect(withoutDiscourse('which cart stood by the way')).toBe('which cart stood by the way');
  });

  it('takes off a list number or a "Q:" label before the question\'s first word, not a year fronted as its topic', () => {
    expect(withoutDiscourse('1. where is the depot?')).toBe('where is the depot?');
    expect(withoutDiscourse('2) when does the ferry leave')).toBe('when does the ferry leave');
    expect(withoutDiscourse('Q: who runs the depot?')).toBe('who runs the depot?');
    expect(withoutDiscourse('2019. who won the regatta?')).toBe('2019. who won the regatta?');
    expect(withoutDiscourse('3. Lanes were closed when?')).toBe('3. Lanes were closed when?');
  });

  it('leaves a message that is nothing but a greeting as it is', () => {
    expect(withoutDiscourse('hello!')).toBe('hello!');
  });
});

describe('askedQuestion', () => {
  it('reads an embedded wh-question as the direct question, the operator inverted ("tell me when they met")', () => {
    expect(asked('please tell me when the ferry left')).toBe('when did the ferry leave');
    expect(asked('do you know who the harbour master is?')).toBe('who is the harbour master?');
    expect(asked("I'd like to know where the regatta was held")).toBe('where was the regatta held');
    expect(asked('any idea why the bridge could not open?')).toBe('why could the bridge not open?');
    expect(asked('could you tell me how long the works have lasted?')).toBe('how long have the works lasted?');
    expect(asked('I wonder which lanes the council closes')).toBe('which lanes does the council close');
  });

  it('reads an embedded yes/no question ("whether", "if") as the direct one, without its subordinator', () => {
    expect(asked('I wonder whether the ferry will run')).toBe('will the ferry run');
    expect(asked('can you tell me if the council approved the plan?')).toBe('did the council approve the plan?');
  });

  it('leaves an embedded question whose wh-phrase is its subject in its order ("who won the regatta")', () => {
    expect(asked('tell me who won the regatta')).toBe('who won the regatta');
    expect(asked('do you happen to know which crew finished first?')).toBe('which crew finished first?');
  });

  it('reads a request for a noun phrase as the what-question it conceals', () => {
    expect(asked('pls give me the date of the harbour festival')).toBe('what is the date of the harbour festival');
  });

  it('reads a request about a topic ("tell me about …", "explain …") as its definition question, "what is …"', () => {
    expect(asked('tell me about the harbour festival')).toBe('what is the harbour festival');
    expect(asked('explain tidal locking')).toBe('what is tidal locking');
    expect(asked('what can you tell me about the ferry company?')).toBe('what is the ferry company?');
    expect(asked('can you explain why the bridge closed?')).toBe('why did the bridge close?');
  });

  it('reads a question put to the coverage ("do the articles say where …") as the question it embeds', () => {
    expect(asked('do the articles say where the regatta was held?')).toBe('where was the regatta held?');
    expect(asked('does the coverage mention whether the ferry runs?')).toBe('does the ferry run?');
  });

  it('reads a direct question with none of these as typed', () => {
    expect(asked('When did the ferry leave?')).toBe('When did the ferry leave?');
  });
});

describe('withoutFocusingAdverb', () => {
  it('takes off "exactly" or "precisely" right after a wh-word, where it focuses the wh-phrase ("and where exactly")', () => {
    expect(withoutFocusingAdverb('and where exactly')).toBe('and where');
    expect(withoutFocusingAdverb('What exactly did Peskov say about the calls?')).toBe('What did Peskov say about the calls?');
    expect(withoutFocusingAdverb('when precisely did the talks in Riyadh start')).toBe('when did the talks in Riyadh start');
    expect(asked('hi, tell me where exactly the leaders met')).toBe('where did the leaders meet');
  });

  it('keeps it after "how", whose degree it is asked, elsewhere in the question, and inside a hyphenated word', () => {
    expect(withoutFocusingAdverb('how precisely can the clock measure time?')).toBe('how precisely can the clock measure time?');
    expect(withoutFocusingAdverb('did Tesla weigh almost exactly the same amount?')).toBe(
      'did Tesla weigh almost exactly the same amount?',
    );
    expect(withoutFocusingAdverb('what precisely-timed launch was delayed?')).toBe('what precisely-timed launch was delayed?');
  });
});
