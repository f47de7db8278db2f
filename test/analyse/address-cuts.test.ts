import { beforeAll, describe, expect, it } from 'vitest';
import { addressWhole, continuesAddress, writtenSentences } from '../../src/analyse/address-cuts.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { NODE_RELEASES, PYTHON_HISTORY } from '../support/address-texts.js';
import { writtenArticle } from '../support/articles.js';

let releases: AnalysedArticle;
let history: AnalysedArticle;
beforeAll(() => {
  const nlp = createNlp();
  releases = writtenArticle(nlp, 'releases', NODE_RELEASES);
  history = writtenArticle(nlp, 'history', PYTHON_HISTORY);
});

const textOf = (a: AnalysedArticle, [first, last]: [number, number]) => a.text.slice(a.sentences[first].start, a.sentences[last].end);
const ordinalOf = (a: AnalysedArticle, prefix: string) => a.sentences.findIndex((s) => a.text.startsWith(prefix, s.start));

describe('address cuts', () => {
  it('finds the cuts wink makes at a period glued to a lower-case letter or a digit, and no sentence end', () => {
    // What the segmenter gives, which the ranker reads (a cut undone there moved its fit: address-cuts.ts).
    expect(releases.sentences.map((s) => releases.text.slice(s.start, s.end))).toEqual([
      'This is an important security release.',
      'All Node.',
      'js users should consult the security release summary at nodejs.',
      'org for details on patched vulnerabilities.',
      'No additional commits.',
      'New version published due to a bad node-v9.',
      '7.',
      '0.',
      'pkg file that was published to nodejs.',
      'org in the previous release.',
    ]);
    expect(releases.sentences.map((_, n) => continuesAddress(releases, n))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  it('widens sentences to the whole address at either end, within the paragraph', () => {
    expect(textOf(releases, addressWhole(releases, ordinalOf(releases, 'org for'), ordinalOf(releases, 'org for')))).toBe(
      'All Node.js users should consult the security release summary at nodejs.org for details on patched vulnerabilities.',
    );
    expect(textOf(releases, addressWhole(releases, ordinalOf(releases, 'No additional'), ordinalOf(releases, 'New version')))).toBe(
      'No additional commits. New version published due to a bad node-v9.7.0.pkg file that was published to nodejs.org in the ' +
        'previous release.',
    );
    const first = ordinalOf(releases, 'This is');
    expect(addressWhole(releases, first, first)).toEqual([first, first]);
  });

  it('gives the sentences as written, the joined ones with their first id, and the article’s own when nothing is cut', () => {
    const written = writtenSentences(releases);
    expect(written.map((s) => releases.text.slice(s.start, s.end))).toEqual([
      'This is an important security release.',
      'All Node.js users should consult the security release summary at nodejs.org for details on patched vulnerabilities.',
      'No additional commits.',
      'New version published due to a bad node-v9.7.0.pkg file that was published to nodejs.org in the previous release.',
    ]);
    expect(written.map((s) => s.id)).toEqual(['releases:0', 'releases:1', 'releases:4', 'releases:5']);
    expect(written[1]).toMatchObject({ tokenStart: releases.sentences[1].tokenStart, tokenEnd: releases.sentences[3].tokenEnd });
    expect(writtenSentences(history).map((s) => history.text.slice(s.start, s.end))).toEqual([
      'In May 2000, Guido and the Python core development team moved to BeOpen.com to form the BeOpen PythonLabs team.',
      'In October of the same year, the PythonLabs team moved to Digital Creations (now Zope Corporation, see http://www.zope.com).',
    ]);
    const plain = writtenArticle(createNlp(), 'plain', 'The talks ended. They resume on Monday.');
    expect(writtenSentences(plain)).toBe(plain.sentences);
  });
});
