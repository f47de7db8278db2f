import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackStore } from '../../src/store/records/feedback.js';
import type { FeedbackSummary } from '../../src/store/records/feedback.js';
import { openStore } from '../../src/store/backends/open.js';
import { captureLog } from '../support/capture-log.js';

const CLI = fileURLToPath(new URL('../../src/cli/feedback.ts', import.meta.url));
/** tsx's loader by path: the .env test runs the CLI in a temporary folder, where the bare name does not resolve. */
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(storeUrl: string | null, ...args: string[]): Promise<Run> {
  return runIn(undefined, storeUrl === null ? {} : { STORE_URL: storeUrl }, ...args);
}

async function runIn(cwd: string | undefined, env: Record<string, string>, ...args: string[]): Promise<Run> {
  const { STORE_URL: _ignored, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', TSX, CLI, ...args], {
      cwd,
      env: { ...inherited, ...env },
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
let storeUrl: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-feedback-cli-'));
  storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  const { log } = captureLog();
  const store = await openStore(storeUrl, log);
  const feedback = createFeedbackStore({ store, log });
  await feedback.recordAsked({ question: 'Who won the vote?', answerType: 'person', abstained: false });
  await feedback.recordAsked({ question: 'What did the mayor eat?', answerType: 'thing', abstained: true });
  await feedback.record({
    vote: 'down',
    question: 'Who won the vote?',
    answerType: 'person',
    abstained: false,
    excerptIds: ['a:3'],
    userId: '123456789012345678',
  });
  await store.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run feedback', () => {
  it('reads STORE_URL from .env in the working directory, as every entry point does', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'coverage-bot-feedback-env-'));
    try {
      await writeFile(join(cwd, '.env'), `STORE_URL=${storeUrl}\n`);
      const run = await runIn(cwd, {}, '--json');
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as FeedbackSummary).totals).toMatchObject({ asked: 2, down: 1 });
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('prints the asked questions, disliked answers and coverage gaps as plain text', async () => {
    const run = await runCli(storeUrl);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 questions asked, 1 not answered');
    expect(run.stdout).toMatch(/Most disliked answers:\n\s+1 down\s+0 up\s+Who won the vote\?/);
    expect(run.stdout).toMatch(/Coverage gaps[^\n]*\n\s+1\s+What did the mayor eat\?/);
    expect(run.stdout).not.toContain('123456789012345678');
  });

  it('prints one JSON object with --json', async () => {
    const run = await runCli(storeUrl, '--json', '--top', '1');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as FeedbackSummary;
    expect(summary.totals).toEqual({ asked: 2, abstained: 1, up: 0, down: 1 });
    expect(summary.mostAsked).toHaveLength(1);
    expect(summary.gaps[0]?.question).toBe('What did the mayor eat?');
  });

  it('fails with one line naming the problem when the store cannot be used', async () => {
    const run = await runCli('ftp://example/store');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^error: STORE_URL "ftp:\/\/example\/store" is not supported/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a bad --top with the usage', async () => {
    const run = await runCli(storeUrl, '--top', 'many');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});
