import type { AnalysedArticle } from '../../src/analyse/types.js';
import { NO_MEASURE, type Answer } from '../../src/answer/types.js';
import type { RecordKind } from '../../src/store/backends/store.js';

export function sampleAnswer(overrides: Partial<Answer> = {}): Answer {
  const article = { id: 'a', title: 'Council votes', outlet: 'The Gazette', published: '2024-03-01', url: null };
  return {
    question: 'Who won?',
    answerType: 'person',
    quantity: null,
    measure: NO_MEASURE,
    abstained: false,
    excerpts: [
      {
        text: 'Jane Doe won the vote.',
        start: 0,
        end: 22,
        sentenceId: 'a:0',
        answer: 'Jane Doe',
        answerStart: 0,
        answerEnd: 8,
        date: null,
        score: 0.9,
        article,
      },
    ],
    confidence: 0.8,
    closest: [],
    notices: [],
    subject: ['win'],
    aboutOne: false,
    disagreements: [],
    unmentioned: [],
    ...overrides,
  };
}

const WORDS = ['The', 'council', 'voted', 'on', 'Tuesday', 'to', 'approve', 'the', 'new', 'budget', 'of', '$4', 'million'];

/**
 * An analysed article shaped like the pipeline's output: `sentences` sentences of 25 tokens, a passage per
 * five sentences, two entities per sentence. 200 sentences make about 5,000 tokens, a long news article.
 */
export function sampleArticle(id: string, sentences = 200, hash = `hash-${id}`): AnalysedArticle {
  const tokens: AnalysedArticle['tokens'] = { start: [], value: [], lemma: [], pos: [] };
  const out: AnalysedArticle = {
    id,
    hash,
    text: '',
    meta: { title: `Article ${id}`, outlet: 'The Gazette', published: '2024-03-01', publishedInferred: false, url: null, byline: null },
    tokens,
    sentences: [],
    entities: [],
  };
  let text = '';
  for (let s = 0; s < sentences; s += 1) {
    const sentenceStart = text.length;
    const tokenStart = tokens.value.length;
    for (let t = 0; t < 25; t += 1) {
      const word = WORDS[(s + t) % WORDS.length] ?? 'word';
      if (t > 0) text += ' ';
      tokens.start.push(text.length);
      tokens.value.push(word);
      tokens.lemma.push(word.toLowerCase());
      tokens.pos.push(t % 3 === 0 ? 'NOUN' : 'VERB');
      text += word;
    }
    text += '.';
    out.sentences.push({
      id: `${id}:${s}`,
      start: sentenceStart,
      end: text.length,
      tokenStart,
      tokenEnd: tokens.value.length,
      passage: Math.floor(s / 5),
      negated: s % 7 === 0,
    });
    out.entities.push(
      { type: 'DATE', start: sentenceStart, end: sentenceStart + 3, tokenStart, tokenEnd: tokenStart + 1 },
      {
        type: 'MONEY',
        start: sentenceStart + 5,
        end: sentenceStart + 9,
        tokenStart: tokenStart + 2,
        tokenEnd: tokenStart + 3,
      },
    );
    text += s % 5 === 4 ? '\n\n' : ' ';
  }
  out.text = text;
  return out;
}

/** A kind of `{ text }` records in `namespace`, for store tests where the record's shape does not matter. */
export function textRecord(namespace: string, use?: RecordKind<unknown>['use']): RecordKind<{ text: string }> {
  return {
    namespace,
    version: 1,
    ...(use && { use }),
    accepts: (data): data is { text: string } =>
      typeof data === 'object' && data !== null && typeof (data as { text?: unknown }).text === 'string',
  };
}
