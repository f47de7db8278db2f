import { mkdtemp, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_DEFAULTS } from '../../src/corpus/defaults.js';
import { listedCorpus, readListedCorpus } from '../../src/corpus/listing.js';
import { readCorpus } from '../../src/corpus/read-corpus.js';

const ARTICLE = 'Kremlin spokesman Dmitry Peskov said the two presidents had spoken by phone.\nThe call lasted an hour.\n';
const OTHER = 'The ceasefire talks in Riyadh ended without a joint statement on Tuesday.\nA shared footer line.\n';
const SAME_SIZE = ARTICLE.replace('Kremlin', 'KREMLIN');
/**
 * Files older than 20 ms count as settled here (the default, 2 s, would make every test wait); two files are stamped
 * (and read) between two turns of the event loop, so that the folder takes several.
 */
const SETTINGS = { ...CORPUS_DEFAULTS, listingRacyMs: 20, readConcurrency: 2 };
/** A whole second, so that setting a file's time back gives it exactly the time it had. */
const OLD_TIME = 1_700_000_000;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-listing-'));
  await writeFile(join(dir, 'a.txt'), ARTICLE);
  await writeFile(join(dir, 'b.txt'), OTHER);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'catalog.json'), JSON.stringify({ a: { outlet: 'The Wire' } }));
  for (const name of ['a.txt', 'b.txt', 'empty.txt', 'catalog.json']) await utimes(join(dir, name), OLD_TIME, OLD_TIME);
  await settle();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Waits until the files written so far are older than the racy window. */
const settle = () => sleep(SETTINGS.listingRacyMs * 3);

async function listing() {
  const { listing } = await readListedCorpus(dir, SETTINGS);
  if (!listing) throw new Error('no listing made');
  return listing;
}

describe('a corpus listing', () => {
  it("gives back readCorpus's files (id, path, hash, catalogue entry) and warnings while no file changed", async () => {
    const made = await listing();
    const read = await readCorpus(dir, SETTINGS);
    const expected = read.files.map(({ id, path, hash, catalog }) => ({ id, path, hash, catalog }));
    expect(read.warnings).toEqual(['empty.txt: skipped, empty']);
    expect(await listedCorpus(dir, made, SETTINGS)).toEqual({ files: expected, warnings: read.warnings });
    expect(await listedCorpus(dir, JSON.parse(JSON.stringify(made)), SETTINGS)).toEqual({ files: expected, warnings: read.warnings });
  });

  it('does not hold once a file is rewritten, even to the same size with its modification time set back', async () => {
    const made = await listing();
    await writeFile(join(dir, 'a.txt'), SAME_SIZE);
    await utimes(join(dir, 'a.txt'), OLD_TIME, OLD_TIME);
    await settle();
    expect(await listedCorpus(dir, made, SETTINGS)).toBeUndefined();
  });

  it('does not hold once a file is replaced by a rename, with the same size and times', async () => {
    const made = await listing();
    await writeFile(join(dir, 'a.new'), SAME_SIZE);
    await utimes(join(dir, 'a.new'), OLD_TIME, OLD_TIME);
    await rename(join(dir, 'a.new'), join(dir, 'a.txt'));
    await settle();
    expect(await listedCorpus(dir, made, SETTINGS)).toBeUndefined();
  });

  it('does not hold once a file is added or removed, the catalogue changes or goes, or a file no article appears', async () => {
    for (const change of [
      () => writeFile(join(dir, 'c.md'), OTHER),
      () => unlink(join(dir, 'b.txt')),
      () => unlink(join(dir, 'empty.txt')),
      () => writeFile(join(dir, 'catalog.json'), JSON.stringify({ a: { outlet: 'The Post' } })),
      () => unlink(join(dir, 'catalog.json')),
      // readCorpus's warning names what else the folder holds: a name added there changes it.
      () => writeFile(join(dir, 'feed.xml'), '<rss/>'),
    ]) {
      const made = await listing();
      await change();
      await settle();
      expect(await listedCorpus(dir, made, SETTINGS)).toBeUndefined();
    }
  });

  it('is not made while a file changed within the racy window, so the next start reads the folder again', async () => {
    await writeFile(join(dir, 'b.txt'), OTHER.replace('Riyadh', 'Jeddah'));
    const { files, listing: made } = await readListedCorpus(dir, { ...SETTINGS, listingRacyMs: 60_000 });
    expect(made).toBeUndefined();
    expect(files.map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('does not hold for other corpus settings, nor for a folder that is gone', async () => {
    const made = await listing();
    expect(await listedCorpus(dir, made, { ...SETTINGS, extensions: ['.txt'] })).toBeUndefined();
    await rm(dir, { recursive: true });
    expect(await listedCorpus(dir, made, SETTINGS)).toBeUndefined();
  });
});
