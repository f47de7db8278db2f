import { copyFile, mkdir, mkdtemp, readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';

/** `npm run reindex` (scripts/reindex.ts) as its own process, on a SQLite store and a copy of the seeds. */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-reindex-script-'));
  await mkdir(path.join(dir, 'corpus'));
  for (const name of await readdir(SEEDS_DIR)) await copyFile(path.join(SEEDS_DIR, name), path.join(dir, 'corpus', name));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One run on the copy of the seeds and the SQLite store, unless `env` says otherwise. */
const reindex = async (env: Record<string, string> = {}) => {
  const run = runScript('scripts/reindex.ts', {
    DISCORD_TOKEN: 'MTIz.unused.abc',
    DISCORD_APPLICATION_ID: '123456789012345678',
    CORPUS_DIR: path.join(dir, 'corpus'),
    STORE_URL: `sqlite://${path.join(dir, 'store.sqlite')}`,
    ...env,
  });
  return { code: await run.exited, stdout: run.stdout(), stderr: run.stderr() };
};

describe('npm run reindex', () => {
  it('analyses the corpus into the store; later runs take every analysis from it and report what changed', async () => {
    const first = await reindex();
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Re-indexed 5 articles in \d+\.\d s \(5 analysed now\): 5 added\.\nAdded: `000_9fa6195cd0faa982`, /);

    const again = await reindex();
    expect(again.stdout).toMatch(/^Re-indexed 5 articles in \d+\.\d s \(all from the analysis cache\): nothing changed\.\n$/);

    await unlink(path.join(dir, 'corpus', '004_e0ba8cc3a8df5508.txt'));
    const removed = await reindex();
    expect(removed.stdout).toMatch(
      /^Re-indexed 4 articles in \d+\.\d s \(all from the analysis cache\): 1 removed, 4 unchanged\.\nRemoved: `004_e0ba8cc3a8df5508`\n$/,
    );
    // Log lines go to stderr, never the token.
    expect(removed.stderr).toContain('"msg":"analysis cache: dropped the entries of removed or changed articles"');
    expect(removed.stdout + removed.stderr).not.toContain('MTIz.unused.abc');
  });

  it('reports no success when the store cannot keep the analyses: one error line, exit code 1', async () => {
    // Nothing listens on port 1: the store starts unhealthy, as with Redis down.
    const run = await reindex({ STORE_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'error: the store at redis://127.0.0.1:1 could not be written: the bot will analyse these articles itself',
    ]);
  });

  it('exits with the reason when the corpus folder has no articles', async () => {
    const run = await reindex({ CORPUS_DIR: path.join(dir, 'missing'), STORE_URL: 'memory://' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(path.join(dir, 'missing'));
  });
});
