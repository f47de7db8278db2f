import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createIndexProgress } from '../../src/coverage/index-progress.js';
import { captureLog } from '../support/capture-log.js';

/** A stream that records what is written to it, optionally claiming to be a terminal. */
function output(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough();
  stream.isTTY = isTTY;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

/** Indexes `total` articles, one per `msEach` of the fake clock. */
function run(total: number, isTTY: boolean, msEach = 100) {
  const { log, lines } = captureLog();
  const out = output(isTTY);
  let clock = 0;
  const progress = createIndexProgress({ total, log, stream: out.stream, now: () => clock });
  for (let i = 0; i < total; i += 1) {
    clock += msEach;
    progress.tick(`article-${i}`);
  }
  progress.done();
  return { lines, text: out.text() };
}

describe('index progress', () => {
  it('says nothing for a handful of articles', () => {
    const { lines, text } = run(5, true);
    expect(lines).toEqual([]);
    expect(text).toBe('');
  });

  it('draws a bar with articles/s on a terminal for a large corpus, then logs the total rate', () => {
    const { lines, text } = run(60, true);
    expect(text).toContain('60/60 articles');
    expect(text).toContain('10 articles/s');
    expect(lines.filter((line) => line.msg === 'indexing articles')).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ msg: 'indexed articles', articles: 60, seconds: 6, articlesPerSecond: 10 });
  });

  it('logs a progress line every few seconds instead when not on a terminal', () => {
    const { lines, text } = run(60, false, 500);
    expect(text).toBe('');
    const progress = lines.filter((line) => line.msg === 'indexing articles');
    // 30 s of indexing, one line per 5 s.
    expect(progress).toHaveLength(6);
    expect(progress[0]).toMatchObject({ articles: 10, total: 60, articlesPerSecond: 2, lastArticle: 'article-9' });
    expect(lines.at(-1)).toMatchObject({ msg: 'indexed articles', articles: 60, articlesPerSecond: 2 });
  });

  it('logs lines, not a bar, for a mid-sized corpus on a terminal', () => {
    const { lines, text } = run(20, true, 1000);
    expect(text).toBe('');
    expect(lines.filter((line) => line.msg === 'indexing articles')).toHaveLength(4);
  });
});
