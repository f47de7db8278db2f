import { mkdtemp, mkdir, rm, symlink, writeFile, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/corpus-error.js';
import { readCorpus, textShape } from '../../src/corpus/read-corpus.js';
import { CORPUS_DEFAULTS } from '../../src/corpus/defaults.js';
import { LEGACY_TEXTS } from '../support/legacy-text.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const ARTICLE =
  'Kremlin spokesman Dmitry Peskov said the two presidents had spoken by phone.\n' +
  'The call lasted more than an hour, he told reporters in Moscow on Monday.\n';
const OTHER = 'The ceasefire talks in Riyadh ended without a joint statement on Tuesday.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readCorpus', () => {
  it('serves every seed article sorted by name, with its id, raw text and sha256 of the bytes', async () => {
    const { files, warnings } = await readCorpus(SEEDS);
    expect(warnings).toEqual([]);
    expect(files.map((f) => f.id)).toEqual([
      '000_9fa6195cd0faa982',
      '001_6cafe41d9e784b11',
      '002_62dcc4dcba42d8bd',
      '003_31b76e603aeb2cfa',
      '004_e0ba8cc3a8df5508',
    ]);
    const bytes = await readFile(join(SEEDS, '003_31b76e603aeb2cfa.txt'));
    const f003 = files[3];
    expect(f003.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(f003.raw).toBe(bytes.toString('utf8'));
    expect(f003.path).toBe(join(SEEDS, '003_31b76e603aeb2cfa.txt'));
    expect(f003.catalog).toEqual({});
  });

  it('reads .txt and .md files only, in code-point order of their names', async () => {
    await writeFile(join(dir, 'b.md'), OTHER);
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'notes.json'), '{}');
    await writeFile(join(dir, 'Z.TXT'), 'Upper-case extensions are articles too, the reader said on Friday.');
    const { files } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['Z', 'a', 'b']);
  });

  it('names in one warning what else the folder holds (a feed, a PDF, a subfolder), leaving out hidden files and the catalogue', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'feed.xml'), '<rss version="2.0"><channel><item><title>Talks</title></item></channel></rss>');
    await writeFile(join(dir, 'report.pdf'), '%PDF-1.7');
    await mkdir(join(dir, 'archive'));
    await writeFile(join(dir, '.DS_Store'), 'x');
    await writeFile(join(dir, 'catalog.json'), '{}');
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(warnings).toEqual([
      '3 names in the folder are not read (articles are .txt, .md, .html, .htm files directly in it): archive, feed.xml, report.pdf',
    ]);
  });

  it('warns of nothing else in a folder of articles, a catalogue and hidden files', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, '.gitkeep'), '');
    await writeFile(join(dir, 'catalog.json'), '{}');
    expect((await readCorpus(dir)).warnings).toEqual([]);
  });

  it('skips a binary file with a warning naming it and serves the rest', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(warnings).toEqual([expect.stringMatching(/^photo\.txt: skipped, binary file/)]);
  });

  it('skips a PDF with no NUL byte named .html or .txt, naming it a PDF document, and serves the rest', async () => {
    // Written for this test: a one-page PDF whose text stream is not compressed, so every byte is printable.
    const pdf = `%PDF-1.4\n1 0 obj << /Type /Page /Contents 2 0 R >> endobj\n2 0 obj << /Length 90 >> stream\nBT (${OTHER.trim()}) Tj ET\nendstream endobj\n%%EOF\n`;
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'report.html'), pdf);
    await writeFile(join(dir, 'report2.txt'), pdf);
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(warnings).toEqual(['report.html: skipped, binary file (a PDF document)', 'report2.txt: skipped, binary file (a PDF document)']);
  });

  it('skips an HTML page saved under a .txt name, saying how to read it; Markdown may open with HTML', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'saved.txt'), `<!doctype html>\n<html><body><p>${ARTICLE}</p></body></html>`);
    await writeFile(join(dir, 'notes.md'), `<html lang="en">\n\n${OTHER}`);
    await writeFile(join(dir, 'quoted.txt'), `The page opened with <html> and nothing else.\n${OTHER}`);
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a', 'notes', 'quoted']);
    expect(warnings).toEqual(['saved.txt: skipped, an HTML page named .txt; rename it .html to read it as a page']);
  });

  it('serves a UTF-16 text file by its byte-order mark, little- or big-endian, as the same text', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    await writeFile(join(dir, 'notepad.txt'), le);
    await writeFile(join(dir, 'other.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(OTHER, 'utf16le').swap16()]));
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => [f.id, f.raw])).toEqual([
      ['notepad', ARTICLE],
      ['other', OTHER],
    ]);
    expect(warnings).toEqual([]);
  });

  it('skips a file that is mostly invalid UTF-8 and reads as no language, even without NUL bytes', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    let seed = 7;
    const noise = Buffer.from(Array.from({ length: 400 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 255) + 1));
    await writeFile(join(dir, 'noise.txt'), noise);
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(warnings[0]).toMatch(/^noise\.txt: skipped, binary file \(\d+ invalid UTF-8 sequences\)/);
  });

  it('serves a UTF-8 file with one stray invalid byte, replaced, and warns about it', async () => {
    const rest = ' on the square reopened on Monday after a “long” renovation of the café’s terrace. ' + OTHER.repeat(2);
    const bytes = Buffer.concat([Buffer.from('The “Café'), Buffer.from([0xe9]), Buffer.from(rest.repeat(3))]);
    await writeFile(join(dir, 'cafe.txt'), bytes);
    const { files, warnings } = await readCorpus(dir);
    expect(files[0].raw).toContain('“Café\uFFFD on the square');
    expect(warnings).toEqual(['cafe.txt: 1 invalid UTF-8 sequence(s) replaced by \uFFFD']);
  });

  it('serves a text file written in a legacy encoding in the one its bytes suggest, warning which', async () => {
    const [tolstoy] = LEGACY_TEXTS;
    await writeFile(join(dir, 'karenina.txt'), iconv.encode(tolstoy.text, 'windows-1251'));
    await writeFile(
      join(dir, 'cafe.txt'),
      Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(` owners said so.\n${OTHER}`)]),
    );
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.raw)).toEqual([`The café owners said so.\n${OTHER}`, tolstoy.text]);
    expect(warnings).toEqual([
      'cafe.txt: no charset declared and not UTF-8; read as windows-1252, the encoding its bytes suggest',
      'karenina.txt: no charset declared and not UTF-8; read as windows-1251, the encoding its bytes suggest',
    ]);
  });

  it("reads an HTML page's <meta> charset only within the prescan it is given, as browsers read the first bytes", async () => {
    const head = `<html><head><title>${'Café terrace reopens on the square after renovation '.repeat(3)}</title>`;
    const page = `${head}<meta charset="windows-1252"></head><body><p>${ARTICLE}</p></body></html>`;
    await writeFile(join(dir, 'cafe.html'), Buffer.from(page, 'latin1'));
    expect((await readCorpus(dir)).warnings).toEqual([]);
    const { files, warnings } = await readCorpus(dir, { ...CORPUS_DEFAULTS, metaPrescanBytes: 64 });
    expect(files[0].raw).toContain('Café terrace');
    expect(warnings).toEqual(['cafe.html: no charset declared and not UTF-8; read as windows-1252, the encoding its bytes suggest']);
  });

  // HTML pages are checked by extractHtml, after the markup checks (test/clean/html/html-article.test.ts).
  it('skips a text file whose one paragraph is longer than any article has, naming it', async () => {
    const paragraph = ARTICLE.replace(/\n/g, ' ').repeat(Math.ceil(100_001 / ARTICLE.length));
    await writeFile(join(dir, 'wall.txt'), `${paragraph}\n`);
    await writeFile(join(dir, 'ok.txt'), ARTICLE);
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['ok']);
    expect(warnings).toEqual([
      expect.stringMatching(/^wall\.txt: skipped, a paragraph of \d+ characters \(limit 100000\); not an article$/),
    ]);
  });

  it('skips a text file with more text than any article has, in short paragraphs, naming it and the limit', async () => {
    await writeFile(join(dir, 'log.txt'), `${ARTICLE}\n`.repeat(Math.ceil(500_001 / (ARTICLE.length + 1))));
    await writeFile(join(dir, 'ok.txt'), ARTICLE);
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['ok']);
    expect(warnings).toEqual([expect.stringMatching(/^log\.txt: skipped, \d+ characters of text \(limit 500000\); not an article$/)]);
  });

  it('skips an empty and a whitespace-only file with a warning each', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'spaces.md'), ' \n\t\n  ');
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(warnings).toEqual(['empty.txt: skipped, empty', 'spaces.md: skipped, empty']);
  });

  it('skips unreadable entries — a folder named like an article and a dangling link — with the reason', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await mkdir(join(dir, 'folder.txt'));
    await symlink(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(warnings).toEqual([
      'folder.txt: skipped, is a folder, not a file',
      expect.stringMatching(/^link\.txt: skipped, unreadable \(not found/),
    ]);
  });

  it('skips the second of two identical files as a duplicate of the first', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'b.txt'), OTHER);
    await writeFile(join(dir, 'c.txt'), ARTICLE);
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual(['c.txt: skipped, duplicate of a']);
  });

  it('skips a second file whose name stem repeats an id already served', async () => {
    await writeFile(join(dir, 'story.md'), OTHER);
    await writeFile(join(dir, 'story.txt'), ARTICLE);
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.path)).toEqual([join(dir, 'story.md')]);
    expect(warnings).toEqual(['story.txt: skipped, same article id "story" as story.md']);
  });

  it('skips a file over the size limit', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'huge.txt'), OTHER.repeat(20));
    const { files, warnings } = await readCorpus(dir, { ...CORPUS_DEFAULTS, extensions: ['.txt'], maxFileBytes: 1000 });
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(warnings).toEqual([expect.stringMatching(/^huge\.txt: skipped, too large \(\d+ bytes, limit 1000\)/)]);
  });

  it('reads more files than it reads at once in name order, each problem reported in its place', async () => {
    for (let i = 0; i < 7; i++) await writeFile(join(dir, `${i}.txt`), `${OTHER}Report number ${i}.\n`);
    await symlink(join(dir, 'gone.txt'), join(dir, '3b.txt'));
    await mkdir(join(dir, '5b.txt'));
    const { files, warnings } = await readCorpus(dir, { ...CORPUS_DEFAULTS, readConcurrency: 2 });
    expect(files.map((f) => f.id)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(files[4].raw).toContain('Report number 4.');
    expect(warnings).toEqual([expect.stringMatching(/^3b\.txt: skipped, unreadable/), '5b.txt: skipped, is a folder, not a file']);
  });

  it('throws a CorpusError naming a missing folder', async () => {
    const missing = join(dir, 'nope');
    const error = await readCorpus(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toBe(`Corpus folder not found: ${missing}`);
    expect((error as CorpusError).path).toBe(missing);
  });

  it('throws a CorpusError when the path is a file, not a folder', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, ARTICLE);
    await expect(readCorpus(file)).rejects.toThrow(new CorpusError(`Corpus path is not a folder: ${file}`, file));
  });

  it('throws a CorpusError carrying the warnings when no file is readable', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    const error = (await readCorpus(dir).catch((e: unknown) => e)) as CorpusError;
    expect(error).toBeInstanceOf(CorpusError);
    expect(error.message).toBe(`Corpus folder has no readable articles: ${dir}`);
    expect(error.warnings).toEqual(['empty.txt: skipped, empty']);
  });

  it('prints why each file was skipped before the error when no file is readable', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const error = (await readCorpus(dir).catch((e: unknown) => e)) as CorpusError;
    expect(error.line.split('\n')).toEqual([
      'warning: empty.txt: skipped, empty',
      'warning: photo.html: skipped, binary file (contains NUL bytes)',
      `error: Corpus folder has no readable articles: ${dir}`,
    ]);
  });

  it('throws a CorpusError for a folder with no article files', async () => {
    await writeFile(join(dir, 'readme.json'), '{}');
    await expect(readCorpus(dir)).rejects.toThrow(`Corpus folder has no *.txt, *.md or *.html files: ${dir}`);
  });

  it('attaches catalogue entries to their articles', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'b.txt'), OTHER);
    await writeFile(
      join(dir, 'catalog.json'),
      JSON.stringify({
        a: {
          title: 'Putin and Trump spoke by phone',
          outlet: 'Moscow Times',
          published: '2025-03-18',
          url: 'https://example.org/a',
          byline: 'Anna Petrova',
        },
      }),
    );
    const { files, warnings } = await readCorpus(dir);
    expect(warnings).toEqual([]);
    expect(files[0].catalog).toEqual({
      title: 'Putin and Trump spoke by phone',
      outlet: 'Moscow Times',
      published: '2025-03-18',
      url: 'https://example.org/a',
      byline: 'Anna Petrova',
    });
    expect(files[1].catalog).toEqual({});
  });

  it('serves the articles with a warning when the catalogue is not valid JSON', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'catalog.json'), '{ "a": { "title": "Unclosed" ');
    const { files, warnings } = await readCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a']);
    expect(files[0].catalog).toEqual({});
    expect(warnings).toEqual([expect.stringMatching(/^catalog\.json: not valid JSON \(.+\); catalogue ignored$/)]);
  });

  it('warns about a catalogue entry that matches no article', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'catalog.json'), JSON.stringify({ missing: { outlet: 'Reuters' } }));
    const { warnings } = await readCorpus(dir);
    expect(warnings).toEqual(['catalog.json: entry "missing" matches no article served from the folder']);
  });

  it('warns when the catalogue is a folder and still serves the articles', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await mkdir(join(dir, 'catalog.json'));
    const { files, warnings } = await readCorpus(dir);
    expect(files).toHaveLength(1);
    expect(warnings).toEqual(['catalog.json: unreadable (is a folder, not a file); catalogue ignored']);
  });
});

describe('textShape', () => {
  const longest = (text: string, html: boolean) => textShape(text, html).longestParagraph;
  const words = (n: number) => 'word '.repeat(n).trimEnd();

  it('counts all the text of a page between tags, outside scripts and comments, and all of a text file', () => {
    expect(textShape('<p>ab</p><script>var x = 1;</script><!-- note --><p>cd</p>', true)).toEqual({ longestParagraph: 2, chars: 4 });
    expect(textShape('ab\n\ncd', false)).toEqual({ longestParagraph: 2, chars: 6 });
  });

  it('measures the longest line of a text file', () => {
    expect(longest(`${words(3)}\n${words(10)}\n\n${words(1)}`, false)).toBe(words(10).length);
  });

  it('measures the longest run of page text between tags, not inside scripts, styles or comments of any case', () => {
    const json = `{"state":"${'x'.repeat(5_000)}"}`;
    const html =
      `<html><head><SCRIPT type="application/json">${json}</SCRIPT><style>${'a{}'.repeat(2_000)}</Style></head>` +
      `<body><!-- ${'c'.repeat(3_000)} --><noscript>${'n'.repeat(4_000)}</noscript><p>${words(40)}</p><p>${words(5)}</p></body></html>`;
    expect(longest(html, true)).toBe(words(40).length);
  });

  it("reads a tag whose name only starts like a script's as an ordinary tag", () => {
    expect(longest(`<scripted-widget>${words(30)}</scripted-widget><p>${words(2)}</p>`, true)).toBe(words(30).length);
  });

  it('stops at markup that never ends: the text before it counts, what follows is not text', () => {
    expect(longest(`<p>${words(8)}</p><!-- ${words(500)}`, true)).toBe(words(8).length);
    expect(longest(`<p>${words(8)}</p><script>${words(500)}`, true)).toBe(words(8).length);
    expect(longest(`${words(12)}`, true)).toBe(words(12).length);
  });
});
