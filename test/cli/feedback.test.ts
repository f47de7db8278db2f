import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackStore } from '../../src/store/records/feedback.js';
import type { FeedbackSummary } from '../../src/store/records/feedback.js';
import { openStore } from '../../src/store/backends/open.js';
import { captureLog } from '../support/capture-log.js';
import { runCli } from '../support/run-cli.js';
import { runScript } from '../support/run-script.js';

/** The feedback CLI on a store named by STORE_URL, run to its end. */
const feedback = (storeUrl: string, ...args: string[]) => runCli('src/cli/feedback.ts', args, '', { STORE_URL: storeUrl });

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
    const run = runScript('src/cli/feedback.ts', {}, { args: ['--json'], files: { '.env': `STORE_URL=${storeUrl}\n` } });
    const [code] = (await once(run.child, 'close')) as [number | null];
    expect(code).toBe(0);
    expect((JSON.parse(run.stdout()) as FeedbackSummary).totals).toMatchObject({ asked: 2, down: 1 });
  });

  it('prints the asked questions, disliked answers and coverage gaps as plain text', async () => {
    const run = await feedback(storeUrl);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 questions asked, 1 not answered');
    expect(run.stdout).toMatch(/Most disliked answers:\n\s+1 down\s+0 up\s+Who won the vote\?/);
    expect(run.stdout).toMatch(/Coverage gaps[^\n]*\n\s+1\s+What did the mayor eat\?/);
    expect(run.stdout).not.toContain('123456789012345678');
  });

  it('prints one JSON object with --json', async () => {
    const run = await feedback(storeUrl, '--json', '--top', '1');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as FeedbackSummary;
    expect(summary.totals).toEqual({ asked: 2, abstained: 1, up: 0, down: 1 });
    expect(summary.mostAsked).toHaveLength(1);
    expect(summary.gaps[0]?.question).toBe('What did the mayor eat?');
  });

  it('fails with one line naming the problem when the store cannot be used', async () => {
    const run = await feedback('ftp://example/store');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^error: STORE_URL "ftp:\/\/example\/store" is not supported/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a bad --top with the usage', async () => {
    const run = await feedback(storeUrl, '--top', 'many');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});
