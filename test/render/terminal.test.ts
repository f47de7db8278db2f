import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { Answer, ArticleRef, Excerpt } from '../../src/answer/types.js';
import { listSources } from '../../src/coverage/sources.js';
import type { Coverage } from '../../src/coverage/types.js';
import { ANSI, HELP, PLAIN, renderAnswer, renderSources } from '../../src/render/terminal.js';
import { seedCoverage } from '../support/seed-coverage.js';

const SPUTNIK: ArticleRef = {
  id: '003_31b76e603aeb2cfa',
  title: 'Trump Plans to Talk to Putin in Next Few Days',
  outlet: null,
  published: '2025-09-08',
  url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
};
const UNKNOWN: ArticleRef = { id: '000_9fa6195cd0faa982', title: null, outlet: null, published: null, url: null };
const ARIANA: ArticleRef = { id: '001_6cafe41d9e784b11', title: 'Putin and Trump may have spoken more than two times, Kremlin says', outlet: 'Ariana News', published: null, url: null };

const TOP: Excerpt = {
  text: 'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.',
  start: 229, end: 335, sentenceId: '003_31b76e603aeb2cfa:3',
  answer: 'August 15', answerStart: 3, answerEnd: 12, date: '2025-08-15', score: 6.484, article: SPUTNIK,
};
const SUPPORT: Excerpt = {
  text: 'The news agency Tass has reported that Putin and Trump have an arrangement to have telephone conversations as needed.',
  start: 1500, end: 1617, sentenceId: '000_9fa6195cd0faa982:9',
  answer: null, answerStart: null, answerEnd: null, date: null, score: 3.1, article: UNKNOWN,
};

const answered: Answer = {
  question: 'did they meet', answerType: 'date', abstained: false, excerpts: [TOP, SUPPORT], confidence: 0.9, closest: [], notices: [], subject: [], disagreements: [],
};
const abstained: Answer = {
  question: 'Who won the Super Bowl?', answerType: 'person', abstained: true, excerpts: [], confidence: 0.1, closest: [ARIANA, UNKNOWN], notices: [], subject: [], disagreements: [],
};

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

describe('renderAnswer', () => {
  it('prints the excerpt, its citation, the answer with its date, supporting excerpts and the match strength', () => {
    expect(renderAnswer(answered).split('\n')).toEqual([
      TOP.text,
      `  — 2025-09-08 · "Trump Plans to Talk to Putin in Next Few Days" · ${SPUTNIK.url}`,
      '  answer: August 15 (2025-08-15)',
      `  also: "${SUPPORT.text}"`,
      '    — 000_9fa6195cd0faa982',
      '  match: strong',
    ]);
  });

  it('puts the answer span in bold with the ANSI style, and nothing else', () => {
    const first = renderAnswer(answered, ANSI).split('\n')[0];
    expect(first).toBe('On \x1b[1mAugust 15\x1b[22m, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.');
  });

  it('shows the answer and its date on a supporting excerpt that has one', () => {
    const dated: Excerpt = { ...SUPPORT, answer: 'Friday', answerStart: 0, answerEnd: 6, date: '2025-09-05' };
    expect(renderAnswer({ ...answered, excerpts: [TOP, dated] })).toContain(`  also: "${SUPPORT.text}" (Friday → 2025-09-05)`);
  });

  it('words the match strength from the confidence', () => {
    expect(renderAnswer({ ...answered, confidence: 0.6 })).toMatch(/ {2}match: fair$/);
    expect(renderAnswer({ ...answered, confidence: 0.4 })).toMatch(/ {2}match: weak$/);
  });

  it('says when the coverage does not answer and lists the closest articles by citation', () => {
    expect(renderAnswer(abstained).split('\n')).toEqual([
      'The coverage does not answer that.',
      '  Closest articles:',
      '  - Ariana News · "Putin and Trump may have spoken more than two times, Kremlin says"',
      '  - 000_9fa6195cd0faa982',
    ]);
  });

  it('prints only the abstention when no article came close', () => {
    expect(renderAnswer({ ...abstained, closest: [] })).toBe('The coverage does not answer that.');
  });

  it('puts notices first', () => {
    const notice = 'Your question was long; it was answered on its first 500 characters.';
    expect(renderAnswer({ ...answered, notices: [notice] }).split('\n')[0]).toBe(`note: ${notice}`);
  });

  it('never prints "null" or "undefined" for the seeds\' answers, answered or not', () => {
    const questions = ['when did they meet', 'Who is the Kremlin spokesman?', 'What did Trump tell NBC?', 'Who won the Super Bowl?', 'How many calls did they have?', 'Why could they have another call?'];
    let abstentions = 0;
    for (const q of questions) {
      const a = answer(coverage, q);
      if (a.abstained) abstentions++;
      expect(renderAnswer(a)).not.toMatch(/\bnull\b|\bundefined\b/);
    }
    expect(abstentions).toBe(1);
  });
});

describe('renderSources', () => {
  it('numbers the seed articles and says what is unknown in words', () => {
    const lines = renderSources(listSources(coverage)).split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('1. 000_9fa6195cd0faa982');
    expect(lines[1]).toMatch(/^ {3}outlet unknown · date unknown · no link · \d+ sentences$/);
    expect(lines[2]).toBe('2. Putin and Trump may have spoken more than two times, Kremlin says');
    expect(lines[3]).toMatch(/^ {3}Ariana News · date unknown · no link · \d+ sentences$/);
    expect(lines[7]).toMatch(/^ {3}[^·]+ · 2025-09-08 · https:\/\/sputnikglobe\.com\/\S+ · \d+ sentences$/);
    expect(lines.join('\n')).not.toMatch(/\bnull\b/);
  });
});

describe('HELP', () => {
  it('names every command', () => {
    for (const command of ['/ask', '/when', '/who', '/where', '/what', '/why', '/how', '/sources', '/help', '/quit']) expect(HELP).toContain(command);
  });

  it('leaves text alone in the PLAIN style', () => {
    expect(PLAIN.bold('August 15')).toBe('August 15');
  });
});
