import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addArticle, KnownArticles } from '../../src/add/add-article.js';
import { ADD_DEFAULTS } from '../../src/add/defaults.js';
import { extractHtml } from '../../src/clean/html/html-article.js';
import { decodeHtml } from '../../src/corpus/html-charset.js';
import { startPageServer, type PageServer } from '../support/page-server.js';

// The real decoder, counted: /add decoded every fetched page twice (for its meta refresh, then to read it).
vi.mock('../../src/corpus/html-charset.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/corpus/html-charset.js')>();
  return { ...actual, decodeHtml: vi.fn(actual.decodeHtml) };
});
// The real HTML reader, counted: a page with an article and a refresh was read twice (to ask whether it has an article,
// then to keep it).
vi.mock('../../src/clean/html/html-article.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/clean/html/html-article.js')>();
  return { ...actual, extractHtml: vi.fn(actual.extractHtml) };
});

const LOOPBACK = { ...ADD_DEFAULTS.fetch, allowPrivate: true };
// Written for the test: a story in windows-1251 that does not declare it, so decoding it runs the charset detector.
const STORY = [
  'Переговоры в Эр-Рияде завершились во вторник без совместного заявления, сообщили представители обеих делегаций.',
  'Участники работали всю ночь над текстом об обмене пленными и об открытии двух портов для торговых судов.',
  'Второй раунд ожидается в следующем месяце, сообщил дипломат, знакомый с ходом обсуждений.',
];
const PAGE = `<html><head><title>Переговоры завершились без заявления</title></head><body><article><h1>Переговоры завершились без заявления</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let server: PageServer;
let dir: string;
beforeEach(async () => {
  server = await startPageServer();
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-add-'));
  vi.mocked(decodeHtml).mockClear();
  vi.mocked(extractHtml).mockClear();
});
afterEach(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('addArticle of a link', () => {
  it('decodes the fetched page once, and reads it as its bytes say', async () => {
    server.route('/story', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(iconv.encode(PAGE, 'windows-1251')));
    const outcome = await addArticle(server.url('/story'), dir, new KnownArticles(), LOOPBACK);
    expect(outcome).toMatchObject({ status: 'added', meta: { title: 'Переговоры завершились без заявления' } });
    expect(await readdir(dir)).toHaveLength(1);
    expect(decodeHtml).toHaveBeenCalledTimes(1);
  });

  it("decodes each page of a shortener's meta refresh once: the interstitial and the story", async () => {
    server.route('/s/abc', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><head><meta http-equiv="refresh" content="0;url=/story"></head><body>Wait.</body></html>'),
    );
    server.route('/story', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode(PAGE, 'windows-1251')),
    );
    expect(await addArticle(server.url('/s/abc'), dir, new KnownArticles(), LOOPBACK)).toMatchObject({ status: 'added' });
    expect(decodeHtml).toHaveBeenCalledTimes(2);
  });

  // A story that moves its reader on to the next one after a while, by its meta or by the HTTP header (HTML LS, the shared
  // declarative refresh steps): kept as itself, and read by the HTML reader once.
  it.each([
    { form: 'a meta refresh', headers: {}, page: PAGE.replace('<title>', '<meta http-equiv="refresh" content="5;url=/next"><title>') },
    { form: 'a Refresh header', headers: { refresh: '5; url=/next' }, page: PAGE },
  ])('reads a story that declares $form once, and keeps it without fetching where it leads', async ({ headers, page }) => {
    let nextFetched = false;
    server.route('/story', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251', ...headers }).end(iconv.encode(page, 'windows-1251')),
    );
    server.route('/next', (_req, res) => {
      nextFetched = true;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>Next.</p></body></html>');
    });
    expect(await addArticle(server.url('/story'), dir, new KnownArticles(), LOOPBACK)).toMatchObject({
      status: 'added',
      meta: { title: 'Переговоры завершились без заявления', url: server.url('/story') },
    });
    expect(nextFetched).toBe(false);
    expect(extractHtml).toHaveBeenCalledTimes(1);
  });
});
