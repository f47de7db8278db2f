import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineProbabilities } from '../../src/clean/boilerplate/boilerplate.js';
import { CLEAN_DEFAULTS } from '../../src/clean/defaults.js';
import { readCorpus } from '../../src/corpus/read-corpus.js';
import { foldLine, sharedLinesOf } from '../../src/corpus/shared-lines.js';

// Two ScienceAlert pages of the fit split (article-extraction 14cc2a0c…, 359fee22…): the site's menu and
// copyright line on both, each with its own story.
const MENU = 'Trending Latest Sections\n  Tech\n  Health\n  Space\n Follow Us\n   Facebook\n   Twitter\n';
const EUROPA =
  `${MENU}SPACE\nNASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa\n` +
  "A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, Maryland, has confirmed traces of water vapor " +
  "above the surface of Jupiter's icy moon Europa.\n" +
  'But while that sounds like a lot, it was only just enough to be detected from Earth.\n© ScienceAlert Pty Ltd. All rights reserved.\n';
const TITAN =
  `${MENU}SPACE\nThe First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features\n` +
  "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map of Saturn's moon Titan including vast plains " +
  'and dunes of frozen organic material and lakes of liquid methane.\n' +
  'Organic materials - carbon-based compounds critical for fostering living organisms - play a leading role on Titan.\n' +
  '© ScienceAlert Pty Ltd. All rights reserved.\n';

describe('lines shared by the pages of a corpus', () => {
  it("marks a site's menu and copyright line on both of its pages, and neither story's text", () => {
    const [europa, titan] = sharedLinesOf([EUROPA, TITAN]);
    expect(europa).toEqual([
      'Trending Latest Sections',
      'Tech',
      'Health',
      'Space',
      'Follow Us',
      'Facebook',
      'Twitter',
      'SPACE',
      '© ScienceAlert Pty Ltd. All rights reserved.',
    ]);
    expect(titan).toEqual(europa);
    expect(sharedLinesOf([EUROPA])).toEqual([[]]);
  });

  it('weighs a line towards furniture when another page of the corpus has it too, and keeps the story', () => {
    const lines = EUROPA.split('\n');
    const alone = lineProbabilities(lines, CLEAN_DEFAULTS.cleaner, CLEAN_DEFAULTS);
    const shared = lineProbabilities(lines, CLEAN_DEFAULTS.cleaner, CLEAN_DEFAULTS, new Set(sharedLinesOf([EUROPA, TITAN])[0]));
    const copyright = lines.indexOf('© ScienceAlert Pty Ltd. All rights reserved.');
    expect(shared[copyright]).toBeLessThan(alone[copyright]);
    const story = lines.findIndex((l) => l.startsWith('A team led by'));
    expect(shared[story]).toBeGreaterThanOrEqual(CLEAN_DEFAULTS.cleaner.threshold);
  });
});

describe('foldLine', () => {
  it('folds every run of whitespace to one space and trims, as replacing /\\s+/ and trimming does, for any text, line breaks included', () => {
    // Every kind of whitespace \\s matches (tab, no-break and ideographic space, line separator, BOM, …) beside
    // letters, and NEL, which \\s does not match: lines left as they are must be exactly the ones already folded.
    const chars = [
      ' ',
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u0085',
      'a',
      'é',
      '1',
      '“',
    ];
    const line = fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (l) => foldLine(l) === l.replace(/\s+/g, ' ').trim()),
      { numRuns: 5000 },
    );
    expect(foldLine('  Tech ')).toBe('Tech');
    expect(foldLine('Follow\u00a0Us')).toBe('Follow Us');
    expect(foldLine('Follow Us')).toBe('Follow Us');
  });
});

describe('readCorpus and shared lines', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shared-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives each text file the lines it shares with the folder's other files, and a hash that covers them", async () => {
    await writeFile(join(dir, 'europa.txt'), EUROPA);
    await writeFile(join(dir, 'titan.txt'), TITAN);
    await writeFile(join(dir, 'page.html'), `<html><body><p>${MENU}</p></body></html>`);
    const { files } = await readCorpus(dir);
    const [europa, page, titan] = files;
    expect(europa.sharedLines).toContain('© ScienceAlert Pty Ltd. All rights reserved.');
    expect(titan.sharedLines).toEqual(europa.sharedLines);
    const bytesHash = createHash('sha256').update(EUROPA).digest('hex');
    // The hash of the file's bytes, then of its shared lines joined by newlines (the keys of analyses already stored).
    const sharedHash = createHash('sha256').update(bytesHash).update('\0shared\0').update(europa.sharedLines!.join('\n')).digest('hex');
    expect(europa.hash).toBe(sharedHash);
    // HTML pages go through Readability, which reads the page's structure instead.
    expect(page.sharedLines).toBeUndefined();
    expect(page.hash).toBe(createHash('sha256').update(`<html><body><p>${MENU}</p></body></html>`).digest('hex'));
  });
});
