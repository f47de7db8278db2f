import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('npm run eval without the datasets', () => {
  it('ends with one line naming the missing dataset and exit code 1, not a stack', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'eval-run-')), 'datasets');
    const run = await runCli('eval/run.ts', ['--datasets', missing, '--only', 'extraction-text']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `error: ${missing}/article-extraction/ground-truth.json not found: ` +
        'the eval, fit and bench scripts read their datasets from ../shared/datasets/ beside the project',
    ]);
    expect(run.stdout).toBe('');
  });

  it('refuses a section it does not have with the usage and exit code 2', async () => {
    const run = await runCli('eval/run.ts', ['--only', 'squad,sqaud']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--only takes extraction-html, extraction-text, news-questions, quotes, seed-questions, squad; got "sqaud"',
    );
    expect(run.stderr).toContain('usage: npm run eval -- [--only NAME[,NAME…]] [--json] [--datasets DIR]');
  });
});
