import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_HELP } from '../../src/user-messages.js';
import { runCli, type CliRun } from '../support/run-cli.js';

const repl = (stdin: string) => runCli('src/cli/repl.ts', [], stdin);

let session: CliRun;
let quit: CliRun;
let followUp: CliRun;
let alone: CliRun;
let fragment: CliRun;
beforeAll(async () => {
  [session, quit, followUp, alone, fragment] = await Promise.all([
    repl('/when did they meet\n/sources\n/help\n\n/weather\nWho is the Kremlin spokesman?\n'),
    repl('/sources\n/quit\nWho is the Kremlin spokesman?\n'),
    repl('who is the Kremlin spokesman?\nand what did he say about the calls?\n'),
    repl('and what did he say about the calls?\n'),
    repl('Who is Peskov?\nand Lavrov?\n'),
  ]);
});

describe('the REPL with piped stdin', () => {
  it('answers each line in order and exits 0 at the end of input', () => {
    expect(session.code).toBe(0);
    const out = session.stdout;
    const order = [
      'On August 15, talks were held in Alaska',
      '1. 000_9fa6195cd0faa982',
      TEXT_HELP,
      'Type a question, for example: /when did they meet — or /help.',
      'Unknown command /weather. Try /help.',
      'Kremlin spokesman Dmitry Peskov',
    ].map((part) => out.indexOf(part));
    for (const at of order) expect(at).toBeGreaterThanOrEqual(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists the five seed articles for /sources', () => {
    const numbered = session.stdout.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(numbered.map((l) => l.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(numbered[3]).toBe('4. Trump Plans to Talk to Putin in Next Few Days');
  });

  it('keeps stdout for answers: the banner goes to stderr, with no ANSI styling', () => {
    expect(session.stderr).toMatch(/^coverage-bot — 5 articles, \d+ sentences indexed\. Ask a question, or \/help\.$/m);
    expect(session.stdout).not.toContain('coverage-bot —');
    // eslint-disable-next-line no-control-regex -- an ANSI escape (ESC) is what must not appear
    expect(session.stdout).not.toMatch(/\x1b\[/);
  });

  it('answers a follow-up about the subject of the question before, as a DM to the bot does', () => {
    // Each answer starts at an unindented line; its citation and answer lines are indented.
    const [, second] = followUp.stdout.split(/\n(?=\S)/);
    expect(second).toMatch(/^Kremlin spokesman Dmitry Peskov commented that he "neither confirms nor denies"/);
    // Asked alone, the same words are answered otherwise: the conversation is what made it about the spokesman.
    expect(alone.stdout).not.toContain('neither confirms nor denies');
  });

  it('asks a fragment follow-up what the question before asked ("and Lavrov?" after "Who is Peskov?")', () => {
    const [, second] = fragment.stdout.split(/\n(?=\S)/);
    expect(second).toMatch(/\n {2}answer: Russian Foreign Minister\n/);
  });

  it('stops at /quit with exit 0, leaving later lines unanswered', () => {
    expect(quit.code).toBe(0);
    expect(quit.stdout).toContain('5. Putin Signals Openness to Trump');
    expect(quit.stdout).not.toContain('Peskov');
  });
});

describe('the REPL reading a questions file saved as UTF-16', () => {
  it("answers its lines as the same lines in UTF-8, the first line's /when honoured", async () => {
    const lines = '/when did they meet\nWho is the Kremlin spokesman?\n';
    // Notepad's "Unicode": UTF-16LE behind a byte-order mark.
    const [utf16, utf8] = await Promise.all([runCli('src/cli/repl.ts', [], Buffer.from(`\uFEFF${lines}`, 'utf16le')), repl(lines)]);
    expect(utf16.code).toBe(0);
    expect(utf16.stdout).toContain('On August 15, talks were held in Alaska');
    expect(utf16.stdout).toBe(utf8.stdout);
  });
});
