import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { askInConversation, dispatchLine, parseLine } from '../../src/dispatch/line.js';
import { TEXT_HELP } from '../../src/user-messages.js';
import { listSources } from '../../src/present/sources.js';
import { quotesOf, selectQuotes } from '../../src/quotes/select-quotes.js';
import { buildTimeline } from '../../src/timeline/build-timeline.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import { writtenArticle } from '../support/articles.js';
import { expectAnswerContract } from '../support/answer-contract.js';

describe('parseLine', () => {
  it('asks a plain line as it is, trimmed', () => {
    // prettier-ignore
    expect(parseLine('  Who is the Kremlin spokesman?  ')).toEqual({ kind: 'ask', question: 'Who is the Kremlin spokesman?', command: null });
  });

  it('reads an answer-type command as a hint on the rest of the line', () => {
    expect(parseLine('/when did they meet')).toEqual({ kind: 'ask', question: 'did they meet', command: 'when' });
    expect(parseLine('/HOW many calls did they have')).toEqual({ kind: 'ask', question: 'many calls did they have', command: 'how' });
    expect(parseLine('/ask Putin Trump Alaska')).toEqual({ kind: 'ask', question: 'Putin Trump Alaska', command: 'ask' });
  });

  it('reads an answer-type command with nothing after it as empty', () => {
    expect(parseLine('/who')).toEqual({ kind: 'empty' });
    expect(parseLine('/when   ')).toEqual({ kind: 'empty' });
  });

  it('reads /sources, /help, /quit and /exit', () => {
    expect(parseLine('/sources')).toEqual({ kind: 'sources' });
    expect(parseLine('/help')).toEqual({ kind: 'help' });
    expect(parseLine('/quit')).toEqual({ kind: 'quit' });
    expect(parseLine('/exit')).toEqual({ kind: 'quit' });
  });

  it('names an unknown command', () => {
    expect(parseLine('/weather in Moscow')).toEqual({ kind: 'unknown', command: 'weather' });
  });

  it('reads a blank line as empty', () => {
    expect(parseLine('')).toEqual({ kind: 'empty' });
    expect(parseLine(' \t ')).toEqual({ kind: 'empty' });
  });

  it('reads a line with no word left once made plain as empty: only markup, mentions, a link or invisible characters', () => {
    for (const line of ['**', '@everyone', '<@&123456789012345678>', 'https://example.org/news/story.html', '\u200b\u200f', '/who ** __'])
      expect(parseLine(line)).toEqual({ kind: 'empty' });
    expect(parseLine('@everyone who won?')).toEqual({ kind: 'ask', question: '@everyone who won?', command: null });
  });
});

describe('TEXT_HELP', () => {
  it('names every command', () => {
    for (const command of ['/ask', '/when', '/who', '/where', '/what', '/why', '/how', '/sources', '/help', '/quit'])
      expect(TEXT_HELP).toContain(command);
  });
});

describe('dispatchLine', () => {
  it("gives every text surface the same reply for each command, answering questions through the surface's ask", async () => {
    const coverage = await seedCoverage();
    const surface = { coverage: () => coverage, ask: askInConversation(coverage, { followUp: {} }) };
    expect(await dispatchLine('/timeline phone call', surface)).toEqual({
      kind: 'timeline',
      timeline: buildTimeline(coverage, 'phone call'),
    });
    expect(await dispatchLine('/quotes Peskov', surface)).toEqual({
      kind: 'quotes',
      selection: selectQuotes(quotesOf(coverage), 'Peskov'),
    });
    expect(await dispatchLine('/sources', surface)).toEqual({ kind: 'sources', sources: listSources(coverage) });
    expect(await dispatchLine('/when did they meet', surface)).toEqual({
      kind: 'answer',
      answer: answer(coverage, 'did they meet', 'when'),
      command: 'when',
    });
    const asked: string[] = [];
    const own = { ...surface, ask: (q: string) => (asked.push(q), answer(coverage, q, null)) };
    await dispatchLine('who is Peskov', own);
    expect(asked).toEqual(['who is Peskov']);
    expect(await dispatchLine('/nope', surface)).toEqual({ kind: 'unknown', command: 'nope' });
  });
});

describe('askInConversation', () => {
  // Written for this test in a wire report's style: no sentence writes "score", "city" or "umpire".
  const nlp = createNlp();
  const coverage = buildCoverage(nlp, [
    writtenArticle(
      nlp,
      'tennis',
      'Mara Quill beat Jo Penn 7-6 (5), 7-6 (7) on Tuesday to reach the quarter-finals of the Lakeside Open.\n\n' +
        'Quill, the fifth seed, served 14 aces. Penn had saved three match points before a double fault ended the match.',
    ),
    writtenArticle(nlp, 'rowing', 'The city rowing club won the regional cup on Saturday, its first title in nine years.'),
  ]);

  it('answers a follow-up whose own words no sentence holds from the answer before, which holds an answer of its type', async () => {
    const ask = askInConversation(coverage, { followUp: {} });
    expect((await ask('Who beat Jo Penn?', null)).excerpts[0]?.answer).toBe('Mara Quill');
    const score = await ask('And what was the score?', null);
    expect(score.abstained).toBe(false);
    expect(score.excerpts[0].answer).toBe('7-6 (5), 7-6 (7)');
    expectAnswerContract(coverage, score);
  });

  it('abstains on it asked alone, and when the answer before holds no new answer of its type (a player for the umpire)', async () => {
    expect(answer(coverage, 'And what was the score?').abstained).toBe(true);
    const ask = askInConversation(coverage, { followUp: {} });
    await ask('Who beat Jo Penn?', null);
    expect((await ask('Who was the umpire?', null)).abstained).toBe(true);
  });
});
