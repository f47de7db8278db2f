import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddError, addArticle, KnownArticles, knownArticles, sameAddress, slugOf } from '../../src/add/add-article.js';
import { ADD_DEFAULTS } from '../../src/add/defaults.js';
import { cleanSourceFile } from '../../src/clean/html/html-article.js';
import { readCorpus } from '../../src/corpus/read-corpus.js';
import { LEGACY_TEXTS } from '../support/legacy-text.js';
import { runCli } from '../support/run-cli.js';
import { startPageServer, type PageServer } from '../support/page-server.js';

const LOOPBACK = { ...ADD_DEFAULTS.fetch, allowPrivate: true };
/** A page of the extraction dataset's fit split, as the benchmark saved it. */
const AUDI = gunzipSync(await readFile(join(import.meta.dirname, '../fixtures/html/3cb22bfa.html.gz')));
const AUDI_URL = 'https://www.slashgear.com/2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe-19600369/';
const PROSE = [
  'The ceasefire talks in Riyadh ended on Tuesday without a joint statement, officials from both delegations said.',
  'Negotiators had worked through the night on a text covering prisoner exchanges and the reopening of two ports.',
  'A second round is expected next month, according to a diplomat briefed on the discussions who asked not to be named.',
];
const TALKS = `<html><head><title>Talks end without a statement</title></head><body><article><h1>Talks end without a statement</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let server: PageServer;
let dir: string;
beforeEach(async () => {
  server = await startPageServer();
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-add-'));
  server.route('/audi', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(AUDI));
  server.route('/talks', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(TALKS));
});
afterEach(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AddError);
  return (err as Error).message;
}

describe('addArticle', () => {
  it('stores a fetched page under the slug of its headline and a hash of its canonical address, as the corpus reads it', async () => {
    const outcome = await addArticle(server.url('/audi'), dir, new KnownArticles(), LOOPBACK);
    expect(outcome).toMatchObject({
      status: 'added',
      id: expect.stringMatching(/^2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe-[0-9a-f]{8}$/),
      meta: {
        title: '2020 Audi e-tron Sportback revealed as electric 4-door coupe',
        outlet: 'SlashGear',
        published: '2019-11-19',
        url: AUDI_URL,
      },
    });
    if (outcome.status !== 'added') throw new Error('not added');
    expect(await readdir(dir)).toEqual([outcome.file]);
    const { files } = await readCorpus(dir);
    const article = cleanSourceFile(files[0]);
    expect(article.meta).toEqual(outcome.meta);
    expect(article.text).toBe(outcome.text);
  });

  it('gives the same page the same id from wherever it is added', async () => {
    const first = await addArticle(server.url('/audi'), dir, new KnownArticles(), LOOPBACK);
    const other = await mkdtemp(join(tmpdir(), 'coverage-bot-add-'));
    try {
      const local = join(other, 'saved.html');
      await writeFile(local, AUDI);
      const second = await addArticle(local, other, new KnownArticles(), LOOPBACK);
      expect(second.status === 'added' && first.status === 'added' && second.id === first.id).toBe(true);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('records the address a page came from when it names no canonical address, so citations link to it', async () => {
    const outcome = await addArticle(server.url('/talks'), dir, new KnownArticles(), LOOPBACK);
    expect(outcome).toMatchObject({ status: 'added', meta: { title: 'Talks end without a statement', url: server.url('/talks') } });
    const { files } = await readCorpus(dir);
    expect(cleanSourceFile(files[0]).meta.url).toBe(server.url('/talks'));
  });

  it('records a link given with a user name and password without them, so no citation shows the password', async () => {
    const link = server.url('/talks').replace('http://', 'http://reader:hunter2@');
    const outcome = await addArticle(link, dir, new KnownArticles(), LOOPBACK);
    expect(outcome).toMatchObject({ status: 'added', meta: { url: server.url('/talks') } });
    const { files } = await readCorpus(dir);
    expect(files[0].raw).not.toContain('hunter2');
    expect(cleanSourceFile(files[0]).meta.url).toBe(server.url('/talks'));
  });

  it('does not add a page twice: same canonical address, or same text under another address', async () => {
    const first = await addArticle(server.url('/audi'), dir, new KnownArticles(), LOOPBACK);
    if (first.status !== 'added') throw new Error('not added');
    const known = await knownArticles(dir);
    expect(await addArticle(server.url('/audi'), dir, known, LOOPBACK)).toEqual({ status: 'duplicate', of: first.id, same: 'address' });
    const copy = TALKS.replace('<head>', `<head><link rel="canonical" href="https://elsewhere.example/copy">`);
    server.route('/copy', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(copy));
    const talks = await addArticle(server.url('/talks'), dir, known, LOOPBACK);
    if (talks.status !== 'added') throw new Error('not added');
    expect(await addArticle(server.url('/copy'), dir, await knownArticles(dir), LOOPBACK)).toEqual({
      status: 'duplicate',
      of: talks.id,
      same: 'text',
    });
    expect((await readdir(dir)).length).toBe(2);
  });

  it('notes each page it adds, so the same text under another address is a duplicate without reading the folder again', async () => {
    const known = new KnownArticles();
    const talks = await addArticle(server.url('/talks'), dir, known, LOOPBACK);
    if (talks.status !== 'added') throw new Error('not added');
    const copy = TALKS.replace('<head>', `<head><link rel="canonical" href="https://elsewhere.example/copy">`);
    server.route('/copy', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(copy));
    expect(await addArticle(server.url('/copy'), dir, known, LOOPBACK)).toEqual({ status: 'duplicate', of: talks.id, same: 'text' });
    expect(await readdir(dir)).toEqual([talks.file]);
  });

  it('stores fetched plain text with its address as front matter', async () => {
    server.route('/plain', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`Talks end without a statement\n\n${PROSE.join('\n\n')}\n`),
    );
    const outcome = await addArticle(server.url('/plain'), dir, new KnownArticles(), LOOPBACK);
    if (outcome.status !== 'added') throw new Error('not added');
    expect(outcome.file).toMatch(/\.txt$/);
    expect(outcome.meta.url).toBe(server.url('/plain'));
    expect(await readFile(join(dir, outcome.file), 'utf8')).toMatch(new RegExp(`^---\\nurl: ${server.url('/plain')}\\n---\\n`));
  });

  it('stores an HTML page its server labels text/plain as an HTML page, not as a text of markup', async () => {
    server.route('/mislabelled', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`<!DOCTYPE html>${TALKS}`));
    const outcome = await addArticle(server.url('/mislabelled'), dir, new KnownArticles(), LOOPBACK);
    expect(outcome).toMatchObject({ status: 'added', meta: { title: 'Talks end without a statement' } });
    if (outcome.status !== 'added') throw new Error('not added');
    expect(outcome.file).toMatch(/\.html$/);
    expect(outcome.text).not.toContain('<');
  });

  it('reads fetched plain text written in UTF-8 as UTF-8 though the server declares a legacy charset', async () => {
    const text = `Café owners end their talks without a statement\n\n${PROSE.join('\n\n')}\n`;
    server.route('/latin', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(text));
    const outcome = await addArticle(server.url('/latin'), dir, new KnownArticles(), LOOPBACK);
    if (outcome.status !== 'added') throw new Error('not added');
    expect(outcome.meta.title).toBe('Café owners end their talks without a statement');
  });

  it('copies local .html and .txt files, and refuses other files with one line', async () => {
    const local = join(tmpdir(), `talks-${process.pid}.txt`);
    await writeFile(local, `Talks end without a statement\n\n${PROSE.join('\n\n')}\n`);
    try {
      expect(await addArticle(local, dir, new KnownArticles(), LOOPBACK)).toMatchObject({
        status: 'added',
        file: expect.stringMatching(/\.txt$/),
      });
    } finally {
      await rm(local);
    }
    expect(await failure(addArticle(join(dir, 'notes.pdf'), dir, new KnownArticles(), LOOPBACK))).toBe(
      'only .html, .htm, .txt and .md files can be added',
    );
    expect(await failure(addArticle(join(dir, 'missing.html'), dir, new KnownArticles(), LOOPBACK))).toBe('no such file');
  });

  it('copies a local HTML page saved under a .txt name as the HTML page it is', async () => {
    const local = join(tmpdir(), `saved-${process.pid}.txt`);
    await writeFile(local, `\n<!DOCTYPE html>\n${TALKS}`);
    try {
      const outcome = await addArticle(local, dir, new KnownArticles(), LOOPBACK);
      expect(outcome).toMatchObject({
        status: 'added',
        file: expect.stringMatching(/\.html$/),
        meta: { title: 'Talks end without a statement' },
      });
    } finally {
      await rm(local);
    }
  });

  it('refuses a binary file named .html or served as text/html, as the corpus would skip it, leaving nothing', async () => {
    const local = join(tmpdir(), `talks-${process.pid}.html`);
    const gzipped = gzipSync(PROSE.map((p) => `<p>${p}</p>`).join(''));
    await writeFile(local, gzipped);
    server.route('/gzipped', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(gzipped));
    try {
      expect(await failure(addArticle(local, dir, new KnownArticles(), LOOPBACK))).toBe('binary file (contains NUL bytes)');
      expect(await failure(addArticle(server.url('/gzipped'), dir, new KnownArticles(), LOOPBACK))).toBe(
        'binary file (contains NUL bytes)',
      );
    } finally {
      await rm(local);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a PDF served as text/html though it holds no NUL byte, naming it, leaving nothing', async () => {
    // Written for this test: a one-page PDF whose text stream is not compressed, so every byte is printable.
    const pdf = `%PDF-1.4\n1 0 obj << /Type /Page /Contents 2 0 R >> endobj\n2 0 obj << /Length 400 >> stream\nBT (${PROSE.join(' ')}) Tj ET\nendstream endobj\n%%EOF\n`;
    server.route('/report', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pdf));
    expect(await failure(addArticle(server.url('/report'), dir, new KnownArticles(), LOOPBACK))).toBe('binary file (a PDF document)');
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves nothing in the corpus folder when the fetch fails or the page has no article', async () => {
    server.route('/empty', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav>Home</nav></body></html>'),
    );
    expect(await failure(addArticle(server.url('/empty'), dir, new KnownArticles(), LOOPBACK))).toBe(
      'no article found in the page (only 1 word of text)',
    );
    expect(await failure(addArticle(server.url('/missing'), dir, new KnownArticles(), LOOPBACK))).toBe('the server answered 404 Not Found');
    expect(await failure(addArticle(server.url('/talks'), dir, new KnownArticles(), ADD_DEFAULTS.fetch))).toMatch(
      /^refused: 127\.0\.0\.1 is a local or private address/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it("follows a link shortener's meta refresh to the story and records the story's address, and keeps a page with an article", async () => {
    // A shortener's interstitial as such services serve it: no article, a refresh at once (HTML LS "Refresh state").
    const interstitial = (to: string) =>
      `<html><head><meta http-equiv="refresh" content="0; URL='${to}'"><title>Redirecting</title></head><body><p>You are being redirected.</p></body></html>`;
    server.route('/s/abc', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(interstitial('../talks')));
    const known = new KnownArticles();
    const outcome = await addArticle(server.url('/s/abc'), dir, known, LOOPBACK);
    expect(outcome).toMatchObject({ status: 'added', meta: { title: 'Talks end without a statement', url: server.url('/talks') } });
    expect(await readdir(dir)).toHaveLength(1);
    // A page with an article is kept whatever refresh it declares.
    const reloading = TALKS.replace('<title>', '<meta http-equiv="refresh" content="5;url=/s/abc"><title>');
    server.route('/live', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(reloading));
    // Read as its own text, not as the shortener's story: the same text under another address, so a duplicate.
    expect(await addArticle(server.url('/live'), dir, known, LOOPBACK)).toEqual({
      status: 'duplicate',
      of: outcome.status === 'added' ? outcome.id : '',
      same: 'text',
    });
  });

  it('follows a Refresh header of a page without an article to the story, HTML or an empty body, and keeps a page with one', async () => {
    // The header form of a shortener's refresh (HTML LS "The Refresh header"), with the bodies such servers send.
    server.route('/h/html', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', refresh: '0; url=/talks' }).end('<html><body><p>Redirecting…</p></body></html>'),
    );
    server.route('/h/empty', (_req, res) => res.writeHead(200, { refresh: `0;URL="${server.url('/talks')}"` }).end());
    for (const path of ['/h/html', '/h/empty']) {
      const folder = await mkdtemp(join(tmpdir(), 'coverage-bot-add-'));
      try {
        expect(await addArticle(server.url(path), folder, new KnownArticles(), LOOPBACK)).toMatchObject({
          status: 'added',
          meta: { title: 'Talks end without a statement', url: server.url('/talks') },
        });
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    }
    // The header is read before any meta: a page whose header sends the reader one way and whose meta another goes the header's.
    server.route('/h/both', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html', refresh: '0; url=/talks' })
        .end('<html><head><meta http-equiv="refresh" content="0; url=/missing"></head><body>Wait.</body></html>'),
    );
    expect(await addArticle(server.url('/h/both'), dir, new KnownArticles(), LOOPBACK)).toMatchObject({ status: 'added' });
    // A story served with a reload header is the story.
    server.route('/h/live', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', refresh: '5; url=/h/empty' }).end(TALKS));
    expect(await addArticle(server.url('/h/live'), dir, new KnownArticles(), LOOPBACK)).toMatchObject({
      status: 'added',
      meta: { url: server.url('/h/live') },
    });
  });

  // The two forms of a declarative refresh (HTML LS): a page's meta, and the HTTP header, here with a plain-text notice.
  const REFRESH_FORMS = [
    {
      form: 'a meta refresh',
      serve: (to: string) => ({
        headers: { 'content-type': 'text/html' },
        body: `<html><head><meta http-equiv=refresh content="0;url=${to}"></head><body>Wait.</body></html>`,
      }),
    },
    {
      form: 'a Refresh header',
      serve: (to: string) => ({ headers: { 'content-type': 'text/plain', refresh: `0; url=${to}` }, body: 'Moved.' }),
    },
  ];

  it.each(REFRESH_FORMS)(
    'refuses $form that loops, leaves for a link-local address, a script or a file, or is a hop past the five redirects, leaving nothing',
    async ({ serve }) => {
      const page = (path: string, to: string) => {
        const { headers, body } = serve(to);
        server.route(path, (_req, res) => res.writeHead(200, headers).end(body));
      };
      page('/a', '/b');
      page('/b', '/a#top');
      expect(await failure(addArticle(server.url('/a'), dir, new KnownArticles(), LOOPBACK))).toBe(
        `redirected in a loop back to ${server.url('/a')}`,
      );
      // Cloud metadata services answer there: refused even where loopback is allowed, as an HTTP redirect there is.
      page('/meta', 'http://169.254.169.254/latest/meta-data/');
      expect(await failure(addArticle(server.url('/meta'), dir, new KnownArticles(), LOOPBACK))).toMatch(
        /^refused: 169\.254\.169\.254 is a link-local address/,
      );
      // Three HTTP redirects and three refreshes: six hops, one past the five a link may take.
      for (let i = 0; i < 3; i++) server.route(`/r${i}`, (_req, res) => res.writeHead(302, { location: `/m${i}` }).end());
      for (let i = 0; i < 3; i++) page(`/m${i}`, i < 2 ? `/r${i + 1}` : '/talks');
      expect(await failure(addArticle(server.url('/r0'), dir, new KnownArticles(), LOOPBACK))).toBe('more than 5 redirects');
      for (const [path, to] of [
        ['/js', 'javascript:alert(1)'],
        ['/file', 'file:///etc/passwd'],
      ]) {
        page(path, to);
        expect(await failure(addArticle(server.url(path), dir, new KnownArticles(), LOOPBACK))).toBe(
          `only http and https links can be added (${to.slice(0, to.indexOf(':') + 1)})`,
        );
      }
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it('refuses a section front, saying it is a list of stories and to add the story itself, leaving nothing', async () => {
    // Written for the tests: a section front of six teaser cards.
    const front = await readFile(join(import.meta.dirname, '../fixtures/html/section-front.html'));
    server.route('/world', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(front));
    expect(await failure(addArticle(server.url('/world'), dir, new KnownArticles(), LOOPBACK))).toBe(
      'the page looks like a list of stories or links (a front page, a section or search results), not one article; ' +
        'add the link of the story itself',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('adds a page served with no charset and a local text file, written in legacy encodings, as their bytes read', async () => {
    const [tolstoy, soseki] = LEGACY_TEXTS;
    const paragraphs = soseki.text.split('\n');
    const page = `<html><head><title>${paragraphs[0]}</title></head><body><article><h1>${paragraphs[0]}</h1>${`<p>${paragraphs[1]}</p>`.repeat(4)}</article></body></html>`;
    server.route('/neko', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(iconv.encode(page, 'shift_jis')));
    const fetched = await addArticle(server.url('/neko'), dir, new KnownArticles(), LOOPBACK);
    if (fetched.status !== 'added') throw new Error('not added');
    expect(fetched.meta.title).toBe(paragraphs[0]);
    expect(fetched.text).toContain(paragraphs[1]);
    const local = join(tmpdir(), `karenina-${process.pid}.txt`);
    await writeFile(local, iconv.encode(`Анна Каренина\n\n${tolstoy.text.replace('\n', '\n\n')}\n`, 'koi8-r'));
    try {
      const added = await addArticle(local, dir, new KnownArticles(), LOOPBACK);
      if (added.status !== 'added') throw new Error('not added');
      expect(added.text).toContain('Всё смешалось в доме Облонских.');
      expect(await readFile(join(dir, added.file), 'utf8')).toContain('Всё смешалось в доме Облонских.');
    } finally {
      await rm(local);
    }
  });

  it('adds a windows-1251 page that declares UTF-8, served or saved, as its bytes read, not as windows-1252 mojibake', async () => {
    const [tolstoy] = LEGACY_TEXTS;
    const [first, rest] = tolstoy.text.split('\n');
    const page = `<html><head><meta charset="utf-8"><title>Анна Каренина</title></head><body><article><h1>Анна Каренина</h1>${`<p>${first}</p><p>${rest}</p>`.repeat(3)}</article></body></html>`;
    const bytes = iconv.encode(page, 'windows-1251');
    server.route('/karenina', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' }).end(bytes));
    const local = join(tmpdir(), `karenina-${process.pid}.html`);
    await writeFile(local, bytes);
    try {
      for (const source of [server.url('/karenina'), local]) {
        const added = await addArticle(source, dir, new KnownArticles(), LOOPBACK);
        if (added.status !== 'added') throw new Error('not added');
        expect(added.meta.title).toBe('Анна Каренина');
        expect(added.text).toContain('Всё смешалось в доме Облонских.');
        expect(await readFile(join(dir, added.file), 'utf8')).toContain('Всё смешалось в доме Облонских.');
      }
    } finally {
      await rm(local);
    }
  });

  it('adds a page written without spaces, its words counted as the cleaner counts them', async () => {
    // Written for this test: a short Chinese report, 17 runs of letters between punctuation, over a hundred words.
    const story =
      '利雅得的停火谈判于周二结束，没有发表联合声明，双方代表团的官员说。谈判代表们连夜讨论了一份涉及交换战俘和重新开放两个港口的文本。';
    const page = `<html><head><title>谈判结束</title></head><body><article><h1>谈判结束</h1>${`<p>${story}</p>`.repeat(4)}</article></body></html>`;
    server.route('/zh', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
    const outcome = await addArticle(server.url('/zh'), dir, new KnownArticles(), LOOPBACK);
    expect(outcome).toMatchObject({ status: 'added', meta: { title: '谈判结束' } });
  });

  it('refuses a page with more text than any article has, in short paragraphs, naming the limit and leaving nothing', async () => {
    const text = `${PROSE.join('\n\n')}\n\n`.repeat(Math.ceil(500_001 / PROSE.join('\n\n').length));
    server.route('/log', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text));
    expect(await failure(addArticle(server.url('/log'), dir, new KnownArticles(), LOOPBACK))).toMatch(
      /^\d+ characters of text \(limit 500000\); not an article$/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('says so in one line when the corpus folder cannot be written', async () => {
    const message = await failure(addArticle(server.url('/talks'), join(dir, 'no-such-folder'), new KnownArticles(), LOOPBACK));
    expect(message).toMatch(/^could not write to the corpus folder .*no-such-folder \(ENOENT\)$/);
  });
});

describe('slugOf and sameAddress', () => {
  it('makes a file-name slug of any script, cut at a word within 60 characters', () => {
    expect(slugOf('‘We had some issues,’ exec says on Disney+ glitches')).toBe('we-had-some-issues-exec-says-on-disney-glitches');
    expect(slugOf('Café société: à la une')).toBe('cafe-societe-a-la-une');
    expect(slugOf('東京で会談')).toBe('東京で会談');
    expect(slugOf(null)).toBe('article');
    expect(slugOf('a '.repeat(100)).length).toBeLessThanOrEqual(60);
  });

  it('compares addresses without fragment, host case, default port or trailing slash', () => {
    expect(sameAddress('https://News.example:443/a/b/#top')).toBe(sameAddress('https://news.example/a/b'));
    expect(sameAddress('https://news.example/a?id=1')).not.toBe(sameAddress('https://news.example/a?id=2'));
  });
});

describe('npm run add', () => {
  it('adds links and files, one line each, and exits non-zero when one failed', async () => {
    const run = await runCli('scripts/add.ts', ['--corpus', dir, server.url('/talks'), server.url('/talks'), server.url('/missing')], '', {
      ALLOW_PRIVATE_FETCH: '1',
    });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^added talks-end-without-a-statement-[0-9a-f]{8}\.html: Talks end without a statement — outlet unknown, date unknown$/,
    );
    expect(lines[1]).toMatch(/^already in the corpus: .*\/talks \(same address as talks-end-without-a-statement-[0-9a-f]{8}\)$/);
    expect(run.stderr.trim()).toBe(`not added: ${server.url('/missing')}: the server answered 404 Not Found`);
    expect(run.code).toBe(1);
  });

  it('refuses a loopback link unless ALLOW_PRIVATE_FETCH=1', async () => {
    const run = await runCli('scripts/add.ts', ['--corpus', dir, server.url('/talks')], '', { ALLOW_PRIVATE_FETCH: '0' });
    expect(run.stderr.trim()).toBe(
      `not added: ${server.url('/talks')}: refused: 127.0.0.1 is a local or private address (127.0.0.1); set ALLOW_PRIVATE_FETCH=1 to allow`,
    );
    expect(run.code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reads its settings as every program does: a bad setting is one configuration line, exit 1, nothing fetched', async () => {
    const run = await runCli('scripts/add.ts', ['--corpus', dir, server.url('/talks')], '', { ALLOW_PRIVATE_FETCH: 'yes' });
    expect(run.stderr.trim()).toBe('Configuration error: ALLOW_PRIVATE_FETCH must be 0 or 1 (see .env.example)');
    expect(run.code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});
