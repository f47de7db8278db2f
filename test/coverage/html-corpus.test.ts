import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import { answer } from '../../src/answer/answer.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/core/corpus');
const TEXT_IDS = ['harbour-post-port-strike', 'northern-wire-ceasefire-talks', 'valley-courier-bridge-closure'];
const nlp = createNlp();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-html-'));
  await cp(FIXTURES, dir, { recursive: true });
  // A page of the extraction dataset's fit split, as the benchmark saved it.
  await writeFile(
    join(dir, 'audi-sportback.html'),
    gunzipSync(await readFile(join(import.meta.dirname, '../fixtures/html/3cb22bfa.html.gz'))),
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('HTML pages in the corpus folder', () => {
  it('serves an .html page beside text articles, answering from its extracted text with its metadata', async () => {
    const { coverage, warnings } = await loadCoverage({ nlp, corpusDir: dir });
    expect(warnings).toEqual([]);
    expect(coverage.articles.map((a) => a.id)).toEqual(['audi-sportback', ...TEXT_IDS]);
    const page = coverage.byId.get('audi-sportback');
    expect(page?.meta).toMatchObject({
      title: '2020 Audi e-tron Sportback revealed as electric 4-door coupe',
      outlet: 'SlashGear',
      published: '2019-11-19',
    });
    const reply = answer(coverage, 'Where did the e-tron Sportback make its debut?');
    expect(reply.excerpts[0].article.id).toBe('audi-sportback');
    // Excerpts are exact slices of the extracted text.
    for (const s of page?.sentences ?? []) expect(page?.text.slice(s.start, s.end).length).toBe(s.end - s.start);
  });

  it('warns about hostile pages and a list of stories, naming each file, and serves the rest of the corpus', async () => {
    const prose = 'The harbour authority said the cranes would stay idle until the strike ends. '.repeat(20);
    await writeFile(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(100_000)}${prose}</body></html>`);
    // About 10 MB of repeated markup.
    await writeFile(
      join(dir, 'huge.html'),
      `<html><body>${`<div><span>a</span><p>${'word '.repeat(30)}</p></div>`.repeat(55_000)}</body></html>`,
    );
    // Written for the tests: a section front of teaser cards, saved into the folder by mistake.
    await cp(join(import.meta.dirname, '../fixtures/html/section-front.html'), join(dir, 'world-front.html'));
    await writeFile(join(dir, 'script-only.htm'), `<html><head><script>${'var a = 1;'.repeat(50_000)}</script></head><body></body></html>`);
    const latin1 = Buffer.concat([
      Buffer.from(`<html><head><meta charset="utf-8"></head><body><article><p>`),
      Buffer.from(`${prose}caf\xe9 `.repeat(3), 'latin1'),
      Buffer.from('</p></article></body></html>'),
    ]);
    await writeFile(join(dir, 'wrong-charset.html'), latin1);

    const { coverage, warnings } = await loadCoverage({ nlp, corpusDir: dir });
    expect(coverage.articles.map((a) => a.id)).toEqual(['audi-sportback', ...TEXT_IDS, 'wrong-charset']);
    expect(coverage.byId.get('wrong-charset')?.text).toContain('café');
    expect(warnings).toEqual([
      'wrong-charset.html: declared utf-8 (<meta>) but not UTF-8; read as windows-1252, the encoding its bytes suggest',
      'deep.html: skipped, tags nested more than 1000 deep',
      'huge.html: skipped, more than 50000 elements',
      'script-only.htm: skipped, no article text found',
      'world-front.html: skipped, a list of stories or links (a front page, a section or search results), not one article',
    ]);
  });
});
