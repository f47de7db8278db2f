import type { Logger } from 'pino';
import { z } from 'zod';
import type { AnalysedArticle } from '../../analyse/types.js';
import type { CorpusListing } from '../../corpus/listing.js';
import { decodeAnalysis, encodeAnalysis, type AnalysisRecord } from './analysis-record.js';
import { schemaRecord, type SameShape, type Store } from '../backends/store.js';
import { STORE_DEFAULTS } from '../defaults.js';

const recordSchema = z.object({ id: z.string(), hash: z.string(), outline: z.string(), check: z.number(), pack: z.string() });
// When this fails to compile, AnalysisRecord changed: update the schema and bump ANALYSIS_RECORD.version.
true satisfies SameShape<z.infer<typeof recordSchema>, AnalysisRecord>;

/**
 * Version 7: the outline (the sentences' token ranges and passages) and a checksum beside the pack, which is inflated
 * when the article is first read rather than at the start.
 * Version 6: the pack deflated before base64 (half the bytes to read and parse at a warm start).
 * Version 5: the pack's strings in UTF-8 rather than UTF-16 where they do not fit in latin1 (pack format 2).
 * Version 4: the article as one binary pack in base64 (analysis-record.ts), read without parsing its columns.
 * Version 3: the article's metadata says whether its date was inferred (`publishedInferred`).
 * Version 2: the columnar AnalysisRecord (version 1 stored the AnalysedArticle as it is in memory).
 * `accepts` checks the shape; decodeAnalysis checks that the pack's parts fit together.
 */
export const ANALYSIS_RECORD = schemaRecord<AnalysisRecord>({ namespace: 'analysis', version: 7, use: 'bulk', tail: 'pack' }, recordSchema);

/** Which entry each article hash has: hash → pipeline version. */
interface Manifest {
  entries: Record<string, string>;
}

const manifestSchema: z.ZodType<Manifest> = z.object({ entries: z.record(z.string(), z.string()) });

export const ANALYSIS_MANIFEST_RECORD = schemaRecord<Manifest>({ namespace: 'analysis-manifest', version: 1, use: 'bulk' }, manifestSchema);

const MANIFEST_KEY = 'manifest';

/** A corpus folder's listing (corpus/listing.ts), made by readCorpus under `pipelineVersion` (which covers readCorpus). */
interface StoredListing {
  pipelineVersion: string;
  listing: CorpusListing;
}

const optionalText = z.string().nullable().optional();
const listingSchema = z.object({
  pipelineVersion: z.string(),
  listing: z.object({
    settings: z.string(),
    stamps: z.record(z.string(), z.string()),
    files: z.array(
      z.object({
        id: z.string(),
        path: z.string(),
        hash: z.string(),
        catalog: z.object({ title: optionalText, outlet: optionalText, published: optionalText, url: optionalText, byline: optionalText }),
      }),
    ),
    warnings: z.array(z.string()),
  }),
});
// When this fails to compile, CorpusListing changed: update the schema and bump CORPUS_LISTING_RECORD.version.
true satisfies SameShape<z.infer<typeof listingSchema>, StoredListing>;

/**
 * Keyed by the corpus folder's path as given (the listed files' paths are made from it): another spelling of it, or the
 * same relative path from another folder, has a listing of its own (the stamps tell folders apart in any case).
 */
export const CORPUS_LISTING_RECORD = schemaRecord<StoredListing>({ namespace: 'corpus-listing', version: 1, use: 'bulk' }, listingSchema);

export interface AnalysisCache {
  /** The article analysed by `pipelineVersion`, if stored and valid. */
  get(hash: string, pipelineVersion: string): Promise<AnalysedArticle | undefined>;
  /** False when not saved; the article is analysed again next start. */
  set(article: AnalysedArticle, pipelineVersion: string): Promise<boolean>;
  /**
   * Drops the entries of articles whose hash is not in `hashes` (removed or changed articles). Drops nothing
   * while the store cannot be read: stale entries cost space, never correctness.
   */
  retain(hashes: ReadonlySet<string>): Promise<void>;
  /** The listing of the folder at `dir` made under `pipelineVersion`, if stored and valid. */
  listing(dir: string, pipelineVersion: string): Promise<CorpusListing | undefined>;
  /** Keeps the folder's listing for the next start, replacing the one before; false when not saved. */
  saveListing(dir: string, listing: CorpusListing, pipelineVersion: string): Promise<boolean>;
}

export interface AnalysisCacheDeps {
  store: Store;
  log: Logger;
}

/**
 * Analysed articles by content hash and pipeline version, so a restart over an unchanged corpus does no NLP.
 *
 * keyv cannot list keys on every backend, so a manifest record lists the stored entries (hash → pipeline
 * version). It is written in batches (every `manifestFlushEvery` new entries, and by retain) because it lists
 * the whole corpus. Entries written before a crash that missed the manifest are adopted again when read.
 * A hash stored under a new pipeline version has its old entry deleted when the manifest learns of it, so
 * each article keeps one entry. Beside them, each corpus folder's listing (corpus/listing.ts) tells the next start
 * which of these entries its unchanged files are, without reading them.
 */
export function createAnalysisCache({ store, log }: AnalysisCacheDeps, options: { manifestFlushEvery?: number } = {}): AnalysisCache {
  const flushEvery = options.manifestFlushEvery ?? STORE_DEFAULTS.manifestFlushEvery;
  const entries = store.records(ANALYSIS_RECORD);
  const manifests = store.records(ANALYSIS_MANIFEST_RECORD);
  const listings = store.records(CORPUS_LISTING_RECORD);
  const entryKey = (hash: string, pipelineVersion: string): string => `${hash}@${pipelineVersion}`;

  /** Entries this process wrote or read that the stored manifest may not list yet. */
  const pending = new Map<string, string>();
  /** Entries whose pack failed when first read: missed from then on, even before their deletion is done. */
  const unreadable = new Set<string>();
  /** The manifest as last read or written, to skip noting what it already lists. */
  let known: Record<string, string> = {};
  /** Manifest updates run one at a time: each is a read-modify-write of the same record. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const note = (hash: string, pipelineVersion: string): void => {
    if (known[hash] !== pipelineVersion) pending.set(hash, pipelineVersion);
  };

  /**
   * Reads the manifest, merges `pending` into it and, given `keep`, deletes the entries of other hashes; writes
   * it if changed and returns how many entries were dropped. Deletes go first: if one failed, the store is down
   * and the manifest write fails too, so the stored manifest still lists the entry and the next retain retries.
   */
  async function update(keep?: ReadonlySet<string>): Promise<number> {
    const read = await manifests.read(MANIFEST_KEY);
    // Writing over a manifest that could not be read would forget its entries: they would never be dropped.
    if (read.status === 'failed') return 0;
    const manifest = read.status === 'hit' ? { ...read.data.entries } : {};
    let changed = false;
    const merged = [...pending];
    for (const [hash, pipelineVersion] of merged) {
      const previous = manifest[hash];
      if (previous === pipelineVersion) continue;
      if (previous !== undefined) await entries.delete(entryKey(hash, previous));
      manifest[hash] = pipelineVersion;
      changed = true;
    }
    let dropped = 0;
    for (const [hash, pipelineVersion] of Object.entries(manifest)) {
      if (!keep || keep.has(hash)) continue;
      await entries.delete(entryKey(hash, pipelineVersion));
      delete manifest[hash];
      dropped += 1;
      changed = true;
    }
    if (changed && !(await manifests.set(MANIFEST_KEY, { entries: manifest }))) return 0;
    for (const [hash, pipelineVersion] of merged) {
      if (pending.get(hash) === pipelineVersion) pending.delete(hash);
    }
    known = manifest;
    return dropped;
  }

  return {
    async get(hash, pipelineVersion) {
      const key = entryKey(hash, pipelineVersion);
      if (unreadable.has(key)) return undefined;
      const found = await entries.get(key);
      if (!found) return undefined;
      if (found.hash !== hash) {
        log.warn({ hash, storedHash: found.hash }, 'ignored an analysis cache entry stored under another hash');
        return undefined;
      }
      // Its pack is checked when the article is first read; one that fails then is dropped, and analysed at the next load.
      const damaged = (why: string) => {
        log.error({ hash, articleId: found.id, why }, 'an analysis cache entry could not be read when first used; dropped it');
        unreadable.add(key);
        void entries.delete(key);
      };
      const article = decodeAnalysis(found, damaged);
      if (!article) {
        log.warn({ hash }, 'ignored a damaged analysis cache entry (its checksum or outline is wrong); it will be rebuilt');
        return undefined;
      }
      note(hash, pipelineVersion);
      return article;
    },
    async set(article, pipelineVersion) {
      const key = entryKey(article.hash, pipelineVersion);
      const saved = await entries.set(key, encodeAnalysis(article));
      if (!saved) return false;
      unreadable.delete(key);
      note(article.hash, pipelineVersion);
      if (pending.size >= flushEvery) await serially(() => update());
      return true;
    },
    async retain(hashes) {
      const dropped = await serially(() => update(hashes));
      if (dropped > 0) log.info({ dropped }, 'analysis cache: dropped the entries of removed or changed articles');
    },
    async listing(dir, pipelineVersion) {
      const stored = await listings.get(dir);
      return stored?.pipelineVersion === pipelineVersion ? stored.listing : undefined;
    },
    saveListing(dir, listing, pipelineVersion) {
      return listings.set(dir, { pipelineVersion, listing });
    },
  };
}
