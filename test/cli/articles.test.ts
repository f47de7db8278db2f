import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { seedCoverage } from '../support/seed-coverage.js';

const articles = (args: string[]) => runCli('src/cli/articles.ts', args);
const KEYS = ['id', 'title', 'outlet', 'published', 'publishedInferred', 'url', 'byline', 'text'];

let coverage: Coverage;
let json: CliRun;
let listing: CliRun;
let own: CliRun;
let missing: CliRun;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'articles-cli-'));
  writeFileSync(
    join(dir, 'a.txt'),
    'Home\nNews\n\nThe council approved the new budget on Tuesday after a long debate about school funding.\n',
  );
  writeFileSync(join(dir, 'b.txt'), 'Home\nNews\nSports\n');
  // A section break alone: text, but no sentence with a word in it, so nothing the bot could quote.
  writeFileSync(join(dir, 'c.txt'), '* * *\n');
  [coverage, json, listing, own, missing] = await Promise.all([
    seedCoverage(),
    articles(['--json']),
    articles([]),
    articles(['--json', '--corpus', dir]),
    articles(['--corpus', '/nonexistent/coverage-bot-corpus']),
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('articles --json', () => {
  it('prints one object per article in corpus order, with exactly the contract keys, exit 0', () => {
    expect(json.code).toBe(0);
    const rows = json.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(coverage.articles.map((a) => a.id));
    for (const r of rows) expect(Object.keys(r)).toEqual(KEYS);
  });

  it('prints as text the very text the excerpts are slices of, and the metadata the bot cites', () => {
    const rows = json.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const [i, r] of rows.entries()) {
      expect(r.text).toBe(coverage.articles[i].text);
      expect({ ...r, text: undefined, id: undefined }).toEqual({ ...coverage.articles[i].meta, text: undefined, id: undefined });
    }
    expect(rows[0]).toMatchObject({ published: '2025-09', publishedInferred: true, title: null, outlet: null });
    expect(rows[3]).toMatchObject({
      published: '2025-09-08',
      publishedInferred: false,
      title: 'Trump Plans to Talk to Putin in Next Few Days',
    });
  });

  it('reads --corpus, skips each page the bot skips (no text, or no sentence) with a warning naming it, keeps the rest', () => {
    expect(own.code).toBe(0);
    const rows = own.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a']);
    expect(rows[0].text).toBe('The council approved the new budget on Tuesday after a long debate about school funding.');
    expect(own.stderr).toMatch(/b\.txt: skipped, no article text/);
    expect(own.stderr).toMatch(/c\.txt: skipped, no article text/);
  });
});

describe('articles (listing)', () => {
  it('lists each article with its metadata in words, the inferred date marked, then its text', () => {
    expect(listing.code).toBe(0);
    expect(listing.stdout).toContain(
      '== 000_9fa6195cd0faa982: untitled\n   outlet unknown · ~2025-09 (inferred) · no link · byline unknown',
    );
    expect(listing.stdout).toContain('== 003_31b76e603aeb2cfa: Trump Plans to Talk to Putin in Next Few Days');
    expect(listing.stdout).not.toMatch(/\bnull\b/);
  });

  it("names an article whose file name holds an escape sequence by the name's escapes, which the terminal shows, not obeys", async () => {
    const named = mkdtempSync(join(tmpdir(), 'articles-cli-names-'));
    try {
      // ESC ] 0 ; … BEL sets the terminal's window title; the id is the file's stem.
      writeFileSync(
        join(named, 'x\x1b]0;pwned\x07.txt'),
        'The council approved the new budget on Tuesday after a long debate about school funding.\n',
      );
      const run = await articles(['--corpus', named]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('== x\\u001b]0;pwned\\u0007: ');
      expect(run.stdout).not.toContain('\x1b');
    } finally {
      rmSync(named, { recursive: true, force: true });
    }
  });

  it('says in one line when the corpus folder is missing, exit 1', () => {
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^error: /);
  });
});
