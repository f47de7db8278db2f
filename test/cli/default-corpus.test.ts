import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusDir, DEFAULT_CORPUS } from '../../src/cli/default-corpus.js';

const saved = process.env.CORPUS_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.CORPUS_DIR;
  else process.env.CORPUS_DIR = saved;
});

describe('corpusDir', () => {
  it('defaults to the bundled seeds, found from the source file', () => {
    delete process.env.CORPUS_DIR;
    expect(corpusDir(undefined)).toBe(DEFAULT_CORPUS);
    expect(DEFAULT_CORPUS).toBe(join(import.meta.dirname, '../../seeds'));
  });

  it('takes CORPUS_DIR over the default and --corpus over both', () => {
    process.env.CORPUS_DIR = '/srv/coverage/articles';
    expect(corpusDir(undefined)).toBe('/srv/coverage/articles');
    expect(corpusDir('/tmp/other-corpus')).toBe('/tmp/other-corpus');
  });

  it('ignores an empty CORPUS_DIR', () => {
    process.env.CORPUS_DIR = '';
    expect(corpusDir(undefined)).toBe(DEFAULT_CORPUS);
  });
});
