/**
 * A corpus folder's listing: what readCorpus served from it (each file's id, path, hash and catalogue entry, and the
 * warnings) with a stamp of every file it looked at, so that a start over a folder whose files are unchanged takes
 * that result without reading, decoding and hashing them again (git's index does the same for a work tree). At
 * SQuAD 10× (480 files, 17 MB) readCorpus took ~340 ms of a warm start's CPU, and its texts and line sets most of
 * the young garbage the collector copied then (profile of a warm start from SQLite, 14:39 UTC, load ~5).
 *
 * A stamp is what stat says of a file: size, device, inode, and the times of its last content change (mtime) and of
 * its last change of any kind (ctime). Rewriting a file changes its mtime and ctime; setting its mtime back (a copy
 * that keeps times, `touch -d`) changes its ctime, which no program can set; replacing it by a rename changes its
 * inode. What a stamp cannot show is a rewrite within the clock tick of the stamp's own times (a coarse clock, a
 * filesystem that keeps seconds): git's "racy" case. Git's rule settles it, as here: a file changed less than
 * `listingRacyMs` before its stamp was taken may still be changing under the read, so no listing is made then and
 * the next start reads the folder again. Clocks that disagree by more than that (a network filesystem's server
 * against this machine) would defeat the rule, as they defeat git's.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DEFAULTS, type CorpusSettings } from './defaults.js';
import { isArticleName, readCorpus, unreadNames, type ReadCorpusResult } from './read-corpus.js';
import type { SourceFile } from './types.js';

/** A file as readCorpus served it, without its text. */
export type ListedFile = Pick<SourceFile, 'id' | 'path' | 'hash' | 'catalog'>;

export interface CorpusListing {
  /** The settings the folder was read with (JSON): others may serve other files. */
  settings: string;
  /** Each name readCorpus looked at (article files and the catalogue) → its stamp; each name it warns it does not read → a mark. */
  stamps: Record<string, string>;
  files: ListedFile[];
  warnings: string[];
}

/** readCorpus's result, with the listing to keep for the next start (undefined when a file changed too recently). */
export interface ListedRead extends ReadCorpusResult {
  listing: CorpusListing | undefined;
}

/**
 * Reads the folder as readCorpus does and lists it. The stamps are taken before the files are read, so a file
 * changed after its stamp has another one at the next start.
 */
export async function readListedCorpus(dir: string, options: CorpusSettings = CORPUS_DEFAULTS): Promise<ListedRead> {
  const taken = await stampCorpus(dir, options);
  const read = await readCorpus(dir, options);
  const listing =
    taken && !taken.racy
      ? {
          settings: JSON.stringify(options),
          stamps: taken.stamps,
          files: read.files.map(({ id, path, hash, catalog }) => ({ id, path, hash, catalog })),
          warnings: read.warnings,
        }
      : undefined;
  return { ...read, listing };
}

/** What readCorpus served from `dir` when `listing` was made, if every file it looked at is as it was then. */
export async function listedCorpus(
  dir: string,
  listing: CorpusListing,
  options: CorpusSettings = CORPUS_DEFAULTS,
): Promise<{ files: ListedFile[]; warnings: string[] } | undefined> {
  if (listing.settings !== JSON.stringify(options)) return undefined;
  const taken = await stampCorpus(dir, options);
  if (!taken) return undefined;
  const names = Object.keys(taken.stamps);
  if (names.length !== Object.keys(listing.stamps).length) return undefined;
  if (names.some((name) => listing.stamps[name] !== taken.stamps[name])) return undefined;
  return { files: listing.files, warnings: listing.warnings };
}

/**
 * The stamps of the files readCorpus reads in `dir` (a missing catalogue and a file stat fails on are stamped as
 * such), and whether any changed within `listingRacyMs` of the clock read before the first stat; undefined when the
 * folder cannot be listed (readCorpus then says why). Stat'ed synchronously, `readConcurrency` files between two turns
 * of the event loop, as readCorpus reads them.
 */
async function stampCorpus(dir: string, options: CorpusSettings): Promise<{ stamps: Record<string, string>; racy: boolean } | undefined> {
  const takenAtNs = BigInt(Date.now() - options.listingRacyMs) * 1_000_000n;
  let all: string[];
  try {
    all = readdirSync(dir);
  } catch {
    return undefined;
  }
  const names = all.filter((name) => isArticleName(name, options));
  const stamps: Record<string, string> = {};
  // The names readCorpus warns it does not read are listed by name alone: one added or removed changes its warning.
  for (const name of unreadNames(all, options)) stamps[name] = 'not an article';
  let racy = false;
  for (const [i, name] of [options.catalogName, ...names].entries()) {
    if (i > 0 && i % options.readConcurrency === 0) await new Promise(setImmediate);
    try {
      const s = statSync(join(dir, name), { bigint: true });
      stamps[name] = `${s.size}:${s.dev}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`;
      if (s.mtimeNs >= takenAtNs || s.ctimeNs >= takenAtNs) racy = true;
    } catch (err) {
      stamps[name] = `unreadable:${(err as NodeJS.ErrnoException).code ?? 'unknown'}`;
    }
  }
  return { stamps, racy };
}
