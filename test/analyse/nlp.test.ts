import { beforeAll, describe, expect, it } from 'vitest';
import { baseLetters, readText, readWords, type Nlp } from '../../src/analyse/nlp.js';
import { writtenArticle } from '../support/articles.js';
import { seedCoverage } from '../support/seed-coverage.js';

let nlp: Nlp;
let seedTexts: string[];
beforeAll(async () => {
  const coverage = await seedCoverage();
  nlp = coverage.nlp;
  seedTexts = coverage.articles.map((article) => article.text);
});

const tokens = (text: string) => nlp.readDoc(text).tokens().out();

describe('the wink-nlp instance', () => {
  it('tokenizes a text the same whatever the process read before', () => {
    // A possessive of a word outside wink's lexicon: split when first met, but kept whole before the
    // fix once the bare form had been read in any earlier document ("Brandtworth's." is one token).
    const text = "Brandtworth's anchor spoke to the Qorvalli Institute's director.";
    const first = tokens(text);
    expect(first.slice(0, 3)).toEqual(['Brandtworth', "'s", 'anchor']);
    tokens("He works at Brandtworth's. The Qorvalli Institute's.");
    expect(tokens(text)).toEqual(first);
  });

  it('still reads a word it met earlier in the same document as wink does', () => {
    // Within one document wink's own cache still applies: the form kept whole first stays whole.
    const doc = "Brandtworth's. Then Brandtworth's anchor spoke.";
    expect(tokens(doc)).toEqual(["Brandtworth's", '.', 'Then', "Brandtworth's", 'anchor', 'spoke', '.']);
    expect(tokens(doc)).toEqual(tokens(doc));
  });

  it("keeps a word's lemma and part of speech when it is read again in a later document", () => {
    const read = (text: string) => readText(nlp, text).columns;
    const first = read('The Qorvalli delegates were zorbifying the accords.');
    read('Zorbifying Qorvalli delegates.');
    expect(read('The Qorvalli delegates were zorbifying the accords.')).toEqual(first);
  });

  it('types a number the same in a later document, whatever an earlier one split it as', () => {
    // wink files a word outside its lexicon under the type of its first reading: "58293" cut out of a ticker line is
    // a word, standing alone it is a number. Before the fix, a ticker line read first made "for 58293 years" lose its
    // number and its entity in every later document (SQuAD's "41-yard line" after a news page's "-1.62-1.41%").
    const ticker = nlp.readDoc('COMPANIES INC.113.40-1.62-1.58293%').tokens();
    expect(ticker.out()).toContain('58293');
    const doc = nlp.readDoc('The talks ran for 58293 years.');
    expect(doc.tokens().out(nlp.its.type)).toEqual(['word', 'word', 'word', 'word', 'number', 'word', 'punctuation']);
    expect(doc.entities().out(nlp.its.detail)).toEqual([{ value: '58293 years', type: 'DURATION' }]);
  });

  it('types a number cut out of a ticker line as wink does in a fresh process, after reading it alone', () => {
    nlp.readDoc('They waited 73914 days.');
    const ticker = nlp.readDoc('COMPANIES INC.113.40-1.62-1.73914%').tokens();
    expect(ticker.out()).toEqual(['COMPANIES', 'INC.', '113', '.', '40-1', '.', '62-1', '.', '73914', '%']);
    expect(ticker.out(nlp.its.type)).toEqual([
      'word',
      'word',
      'word',
      'punctuation',
      'word',
      'punctuation',
      'word',
      'punctuation',
      'word',
      'symbol',
    ]);
  });
});

describe('readText', () => {
  it('keeps a name with letters beyond Latin-1 one proper-noun token, spelt as written', () => {
    const { value, pos } = readText(nlp, 'Recep Tayyip Erdoğan met Pavle Petrović in Łódź on Monday.').columns;
    expect(value).toEqual(['Recep', 'Tayyip', 'Erdoğan', 'met', 'Pavle', 'Petrović', 'in', 'Łódź', 'on', 'Monday', '.']);
    expect([pos[2], pos[5], pos[7]]).toEqual(['PROPN', 'PROPN', 'PROPN']);
  });

  it('gives every token a lemma, the word itself where wink gives none, so an article holding it is analysed', () => {
    // Written for this test: wink leaves "cannot" one token with no lemma before a full stop or an exclamation mark.
    const text = 'The council said it would delay the vote. The mayor said the town cannot. “We cannot!” she added.';
    expect(readText(nlp, text).columns.lemma).toContain('cannot');
    const article = writtenArticle(nlp, 'x', text);
    expect(article.tokens.lemma.every((l) => typeof l === 'string')).toBe(true);
  });

  it('reads a copy of the same length, so the offsets of an analysed article hold', () => {
    const text = 'Traian Băsescu and Nguyễn Xuân Phúc spoke.\n\nĐoković won in Ostrava.';
    expect(baseLetters(text)).toHaveLength(text.length);
    expect(baseLetters('Đoković, Băsescu, Nguyễn, œuvre')).toBe('Dokovic, Basescu, Nguyen, œuvre');
    const article = writtenArticle(nlp, 'x', text);
    article.tokens.value.forEach((v, i) => expect(text.slice(article.tokens.start[i], article.tokens.start[i] + v.length)).toBe(v));
    expect(article.tokens.value).toContain('Đoković');
    expect(article.tokens.value).toContain('Băsescu');
  });

  it('reads a paragraph that is one 20,000-character run in a fraction of a second, every token where its offset says', () => {
    // Written for this test: link markup repeated with no space, as a page's HTML can keep it. wink's tokenizer tries its
    // e-mail and URL patterns from every character of a run to its end: this paragraph took it 50 s.
    const run = '[link](http://x.y)'.repeat(1112);
    const text = `The talks ended on Tuesday. ${run} Officials said so.`;
    const started = performance.now();
    const article = writtenArticle(nlp, 'x', text);
    expect(performance.now() - started).toBeLessThan(5_000);
    article.tokens.value.forEach((v, i) => expect(text.slice(article.tokens.start[i], article.tokens.start[i] + v.length)).toBe(v));
    expect(article.tokens.value.slice(0, 5)).toEqual(['The', 'talks', 'ended', 'on', 'Tuesday']);
    expect(article.tokens.value.slice(-4)).toEqual(['Officials', 'said', 'so', '.']);
  });

  it('cuts a long run between the halves of no surrogate pair, so every token is whole characters', () => {
    // The first cut of a run falls after 256 units: here inside the first emoji's pair.
    const text = `${'x'.repeat(255)}${'😀'.repeat(200)}`;
    const { value } = readText(nlp, text).columns;
    expect(value.join('')).toMatch(/^x+(?:😀)+$/u);
  });
});

describe('readWords', () => {
  it("reads a question's and the seeds' words, spaces, lemmas and parts of speech as readText does", () => {
    const questions = [
      'when did they meet',
      'Who is the Kremlin spokesman?',
      "Can you tell me when Trump and Putin didn't meet in Alaska?",
      'Was Zelensky not invited to the summit on August 15, 2025?',
    ];
    for (const text of [...questions, ...seedTexts]) {
      const { negation: _, ...words } = readText(nlp, text).columns;
      expect(readWords(nlp, text)).toEqual(words);
    }
  });

  it('leaves the pipe whole: a text read after it still gets its sentences, entities and negation', () => {
    const text = 'Peskov said the leaders would not meet. They spoke on August 15.';
    const before = readText(nlp, text);
    readWords(nlp, text);
    const after = readText(nlp, text);
    expect(after.doc.sentences().out()).toEqual(before.doc.sentences().out());
    expect(after.doc.sentences().out()).toHaveLength(2);
    expect(after.doc.entities().out(nlp.its.detail)).toEqual([{ value: 'August 15', type: 'DATE' }]);
    expect(after.columns.negation).toEqual(before.columns.negation);
    expect(after.columns.negation).toContain(true);
  });
});
