import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { SEEDS_DIR, seedCoverage } from '../support/seed-coverage.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { runScript } from '../support/run-script.js';
import { captureLog } from '../support/capture-log.js';
import { textRecord } from '../store/samples.js';
import { openStore } from '../../src/store/backends/open.js';
import { OUTPUT_CLOSED_EXIT_CODE } from '../../src/entry.js';

const A003 = '003_31b76e603aeb2cfa';

const NOTE = textRecord('note');

const ask = (args: string[], stdin: string | Buffer = '') => runCli('src/cli/ask.ts', args, stdin);

let coverage: Coverage;
let json: CliRun;
let batch: CliRun;
let empty: CliRun;
let missing: CliRun;
let terminal: CliRun;
let help: CliRun;
let misspelt: CliRun;
let conversation: CliRun;
let alone: CliRun;
let aloneUnbatched: CliRun;
/** A follow-up whose "he" stands for the spokesman the line before asked about. */
const PAIR = 'who is the Kremlin spokesman?\nand what did he say about the calls?\n';
beforeAll(async () => {
  // The runs are independent: start them together.
  [coverage, json, batch, empty, missing, terminal, help, misspelt, conversation, alone, aloneUnbatched] = await Promise.all([
    seedCoverage(),
    ask(['--json', '/when did they meet']),
    ask(['--batch', '--json'], 'when did they meet\n\nWho is the Kremlin spokesman?\n'),
    ask(['']),
    ask(['--corpus', '/nonexistent/coverage-bot-corpus', 'when did they meet']),
    ask(['when did they meet']),
    ask(['--help']),
    ask(['--jsno', 'when did they meet']),
    ask(['--batch', '--json'], PAIR),
    ask(['--batch', '--json', '--alone'], PAIR),
    ask(['--alone', 'when did they meet']),
  ]);
});

describe('ask --json', () => {
  it('prints exactly the contract keys, on one line, exit 0', () => {
    expect(json.code).toBe(0);
    const lines = json.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]);
    expect(Object.keys(out)).toEqual(['question', 'answerType', 'abstained', 'excerpts', 'disagreements', 'notices']);
    expect(out.excerpts.length).toBeGreaterThan(0);
    for (const e of out.excerpts) {
      expect(Object.keys(e)).toEqual(['text', 'answer', 'date', 'score', 'start', 'end', 'article']);
      expect(Object.keys(e.article)).toEqual(['id', 'title', 'outlet', 'published', 'url']);
    }
  });

  it('answers "/when did they meet" with August 15 from 003, dated, offsets into the cleaned article', () => {
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ question: 'did they meet', answerType: 'date', abstained: false });
    const top = out.excerpts[0];
    expect(top).toMatchObject({ answer: 'August 15', date: '2025-08-15', article: { id: A003, published: '2025-09-08' } });
    for (const e of out.excerpts) expect(coverage.byId.get(e.article.id)?.text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('ask --batch --json', () => {
  it('prints one JSON line per input line, in order, an empty line getting an error result', () => {
    expect(batch.code).toBe(0);
    const lines = batch.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ question: 'when did they meet', answerType: 'date', abstained: false });
    expect(lines[1]).toEqual({ question: '', error: 'empty question' });
    expect(lines[2]).toMatchObject({ question: 'Who is the Kremlin spokesman?', answerType: 'person', abstained: false });
    expect(lines[2].excerpts[0].answer).toBe('Dmitry Peskov');
  });

  it('asks the lines as one conversation, a line following up the one before; with --alone each on its own', () => {
    const [, followUp] = conversation.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(followUp.excerpts[0].text).toMatch(/^Kremlin spokesman Dmitry Peskov commented that he "neither confirms nor denies"/);
    const [, own] = alone.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(own.excerpts[0].text).not.toContain('neither confirms nor denies');
  });
});

describe('ask --batch', () => {
  it('answers a line that asks nothing ("/who" alone, an empty line, only markup or a link) as the REPL does, not with the usage', async () => {
    const run = await ask(['--batch'], '/who\n\n**\n@everyone https://example.org/news\n');
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toEqual(Array(4).fill(USER_MESSAGES.replEmpty));
  });

  it('answers a 5,000-character line saying it was cut (the REPL too), and a question in markdown or with @everyone as the plain question', async () => {
    // One line of a seed article's first 5,000 characters (its line breaks made spaces: a line is a message).
    const long = (await readFile(join(SEEDS_DIR, '004_e0ba8cc3a8df5508.txt'), 'utf8')).slice(0, 5000).replace(/\s+/g, ' ');
    const lines = `${long}\n**when** did _they_ meet?\n@everyone when did they meet?\nwhen did they meet?\n`;
    const run = await ask(['--batch', '--json', '--alone'], lines);
    const [cut, markdown, everyone, plain] = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(cut.notices).toEqual([expect.stringContaining('answered on its first 500 characters')]);
    for (const asked of [markdown, everyone]) expect(asked.excerpts).toEqual(plain.excerpts);
    // The REPL shares the dispatcher and the answer: its rendering says the same.
    const repl = await runCli('src/cli/repl.ts', [], `${long}\n`);
    expect(repl.stdout).toContain('answered on its first 500 characters');
  });
});

describe('ask errors', () => {
  it('prints the usage on stderr and exits 2 for an empty question', () => {
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr.trim()).toMatch(
      /^usage: npm run --silent ask -- \[--json\] \[--batch \[--alone\]\] \[--corpus DIR\] "<question>"$/,
    );
  });

  it('prints the usage and exits 2 for --alone without --batch', () => {
    expect(aloneUnbatched.code).toBe(2);
    expect(aloneUnbatched.stdout).toBe('');
  });

  it('prints the usage and what each option does on stdout and exits 0 for --help, loading nothing', () => {
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout.trim()).toMatch(/^usage: npm run --silent ask -- /);
    for (const option of ['--json', '--batch', '--alone', '--corpus DIR'])
      expect(help.stdout).toMatch(new RegExp(`^  ${option} +\\S`, 'm'));
  });

  it('names an unknown option in one line, then the usage, exit 2, without a stack trace', () => {
    expect(misspelt.code).toBe(2);
    expect(misspelt.stdout).toBe('');
    const lines = misspelt.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("'--jsno'");
    expect(lines[1]).toMatch(/^usage: npm run --silent ask -- /);
  });

  it('prints one error line naming a missing corpus folder and exits non-zero', () => {
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trimEnd().split('\n')).toEqual(['error: Corpus folder not found: /nonexistent/coverage-bot-corpus']);
  });
});

describe('ask without --json', () => {
  it('prints the excerpt, the citation line and the answer with its resolved date', () => {
    expect(terminal.code).toBe(0);
    const lines = terminal.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.');
    // The citation line: outlet (when known) and date, quoted title, link.
    expect(lines[1]).toMatch(
      /^ {2}— (?:[^·]+, )?2025-09-08 · "Trump Plans to Talk to Putin in Next Few Days" · https:\/\/sputnikglobe\.com\/20250908\/\S+$/,
    );
    expect(lines[2]).toBe('  answer: August 15 (2025-08-15)');
    expect(lines.at(-1)).toMatch(/^ {2}match: (strong|fair|weak)$/);
    // eslint-disable-next-line no-control-regex -- an ANSI escape (ESC) is what must not appear
    expect(terminal.stdout).not.toMatch(/\bnull\b|\x1b\[/);
  });
});

describe('the ask CLI and the store', () => {
  it('opens the store STORE_URL names, so a second ask over an unchanged corpus analyses nothing and reuses the index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-ask-store-'));
    try {
      const env = { STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, LOG_LEVEL: 'info' };
      const loaded = (run: { stderr: string }) =>
        run.stderr
          .split('\n')
          .filter((l) => l.includes('coverage loaded'))
          .map((l) => JSON.parse(l) as { analysed: number; reusedIndex: boolean });
      const first = await runCli('src/cli/ask.ts', ['/when did they meet'], '', env);
      expect(loaded(first)).toEqual([expect.objectContaining({ analysed: 5, reusedIndex: false })]);
      const second = await runCli('src/cli/ask.ts', ['/when did they meet'], '', env);
      expect(loaded(second)).toEqual([expect.objectContaining({ analysed: 0, reusedIndex: true })]);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the ask CLI and a store that is down', () => {
  it('says so in one plain warning line on stderr and answers without it', async () => {
    // A port nothing listens on: opened, read, closed.
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    server.close();
    await once(server, 'close');
    const run = await runCli('src/cli/ask.ts', ['--json', '/when did they meet'], '', { STORE_URL: `redis://127.0.0.1:${port}` });
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^warning: store unavailable: .*ECONNREFUSED/)]);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('answers without a SQLite store file that is no database (a text file, a database cut short), says so in one warning line naming the file, and leaves the file as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-ask-broken-store-'));
    try {
      const text = join(dir, 'notes.txt');
      await writeFile(text, 'Questions to ask the bot:\nwhen did they meet?\n');
      // A real store with records, its second half cut off (a copy interrupted, a disk that filled up).
      const whole = join(dir, 'whole.sqlite');
      const { log } = captureLog();
      const store = await openStore(`sqlite://${whole}`, log);
      for (let i = 0; i < 40; i += 1) await store.records(NOTE).set(`k${i}`, { text: 'a sentence of the note '.repeat(40) });
      await store.close();
      const bytes = await readFile(whole);
      const cut = join(dir, 'cut.sqlite');
      await writeFile(cut, bytes.subarray(0, bytes.length / 2));
      for (const [file, reason] of [
        [text, 'SQLITE_NOTADB'],
        [cut, 'SQLITE_CORRUPT'],
      ]) {
        const before = await readFile(file);
        const run = await runCli('src/cli/ask.ts', ['--json', '/when did they meet'], '', { STORE_URL: `sqlite://${file}` });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual(JSON.parse(json.stdout));
        const warning = run.stderr.trimEnd().split('\n');
        expect(warning).toEqual([
          expect.stringMatching(
            /^warning: store unavailable: carrying on without it .*: the SQLite store at .* is not a database or is damaged/,
          ),
        ]);
        expect(warning[0]).toContain(file);
        expect(warning[0]).toContain(reason);
        expect(await readFile(file)).toEqual(before);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** `ask --json --corpus` over a copy of the seeds with `files` (name → content) added: "/when did they meet". */
async function askOverSeedsWith(files: Record<string, string>): Promise<CliRun> {
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-ask-skips-'));
  try {
    await cp(SEEDS_DIR, dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return await ask(['--json', '--corpus', dir, '/when did they meet']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the ask CLI and files it skips', () => {
  it('names each skipped file and why in one warning line on stderr, once, and answers from the rest', async () => {
    const run = await askOverSeedsWith({ 'empty.txt': '', 'deep.html': `<html><body>${'<div>'.repeat(2_000)}Talks</body></html>` });
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'warning: empty.txt: skipped, empty',
      'warning: deep.html: skipped, tags nested more than 1000 deep',
    ]);
    expect((JSON.parse(run.stdout) as { excerpts: { article: { id: string } }[] }).excerpts[0].article.id).toBe(A003);
  });

  it('names a skipped file whose name holds an escape sequence or a line break with their escapes, in one line each', async () => {
    // ESC [2J clears the screen; a line break in a name could print a second, forged warning line.
    const run = await askOverSeedsWith({ 'e\x1b[2Jmpty.txt': '', 'a\nwarning: fake.txt': '' });
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split('\n').sort()).toEqual([
      'warning: a\\u000awarning: fake.txt: skipped, empty',
      'warning: e\\u001b[2Jmpty.txt: skipped, empty',
    ]);
  });
});

describe('the ask CLI reading a questions file saved as UTF-16', () => {
  it("answers its lines as the same lines in UTF-8, one result each, the first line's /when honoured", async () => {
    const lines = '/when did they meet\nWho is the Kremlin spokesman?\n';
    // Notepad's "Unicode": UTF-16LE behind a byte-order mark.
    const [utf16, utf8] = await Promise.all([
      ask(['--batch', '--json', '--alone'], Buffer.from(`\uFEFF${lines}`, 'utf16le')),
      ask(['--batch', '--json', '--alone'], lines),
    ]);
    expect(utf16.code).toBe(0);
    expect(utf16.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(utf16.stdout).toBe(utf8.stdout);
  });
});

describe('the ask CLI when its reader stops reading', () => {
  it('ends quietly with the status a shell gives SIGPIPE, not a stack trace, when the pipe closes after the first answer', async () => {
    // `npm run ask -- --batch < questions.txt | head -1`: head exits after one line and closes the pipe.
    const run = runScript('src/cli/ask.ts', { STORE_URL: 'memory://' }, { args: ['--batch'] });
    run.child.stdin.end('who is the Kremlin spokesman?\n'.repeat(200));
    await once(run.child.stdout, 'data');
    run.child.stdout.destroy();
    const [code] = (await once(run.child, 'close')) as [number | null];
    expect(run.stderr()).toBe('');
    expect(code).toBe(OUTPUT_CLOSED_EXIT_CODE);
  });
});
