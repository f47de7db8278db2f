import type { Logger } from 'pino';
import { z } from 'zod';
import type { AnalysedArticle } from '../../analyse/types.js';
import type { CoverageParts } from '../../coverage/build-coverage.js';
import type { CentralPerson } from '../../coverage/types.js';
import { SentenceIndex } from '../../index/sentence-index.js';
import { base64ToTypedArray, typedArrayToBase64 } from './typed-array-base64.js';
import { schemaRecord, type SameShape, type Store } from '../backends/store.js';
import { STORE_DEFAULTS } from '../defaults.js';
import type { ArticleVersion, IndexedArticles } from '../../coverage/reindex.js';

/** What buildCoverage derived for one coverage version; SentenceIndex.fromBinary checks the index itself. */
interface SavedParts {
  coverageVersion: string;
  /** SentenceIndex.toBinary's bytes in base64: the store holds text. */
  index: string;
  people: CentralPerson[];
}

const savedPartsSchema = z.object({
  coverageVersion: z.string(),
  index: z.string(),
  people: z.array(z.object({ name: z.string(), terms: z.array(z.string()), mentions: z.number() })),
});
true satisfies SameShape<z.infer<typeof savedPartsSchema>, SavedParts>;

/**
 * Version 2: the index as SentenceIndex.toBinary's bytes (varints, one vocabulary) in one base64 string. Version 1 held
 * SentenceIndex.toJSON: three copies of the vocabulary and base64 typed arrays, 27.4 MB at SQuAD 10× (10.2 MB now).
 */
export const INDEX_RECORD = schemaRecord<SavedParts>({ namespace: 'index', version: 2, use: 'bulk', tail: 'index' }, savedPartsSchema);

/** One slot: an index is only worth keeping for the corpus as it is now, and a single key never piles up. */
const INDEX_KEY = 'current';

export interface IndexCache {
  /**
   * Starts reading what is saved, for the next get(): the store then reads the saved index (10 MB at 100k
   * sentences) while the caller reads the corpus and its analyses, instead of after them. set() drops a read not used.
   */
  prefetch(): void;
  /** What was saved for coverage `version`, when there is something and its index fits `articles`. */
  get(version: string, articles: readonly AnalysedArticle[]): Promise<CoverageParts | undefined>;
  /** False when not saved; they are built again next start. */
  set(version: string, parts: CoverageParts, articles: readonly AnalysedArticle[]): Promise<boolean>;
}

/**
 * The retrieval index and the central people of the coverage as built, so a warm start reads them instead
 * of indexing every sentence again: at 100k sentences that took longer than reading the analyses
 * (bench/results.md), and finding the people would read every article's tokens.
 */
export function createIndexCache({ store, log }: { store: Store; log: Logger }, options: { maxSentences?: number } = {}): IndexCache {
  const maxSentences = options.maxSentences ?? STORE_DEFAULTS.maxSavedIndexSentences;
  const records = store.records(INDEX_RECORD);
  let prefetched: Promise<SavedParts | undefined> | undefined;
  return {
    prefetch() {
      prefetched = records.get(INDEX_KEY);
      // A read nobody comes for (a cold start) must not end as an unhandled rejection; get() still sees its failure.
      prefetched.catch(() => undefined);
    },
    async get(version, articles) {
      const read = prefetched ?? records.get(INDEX_KEY);
      prefetched = undefined;
      const found = await read;
      if (!found || found.coverageVersion !== version) return undefined;
      const bytes = base64ToTypedArray(found.index, Uint8Array);
      const index = bytes && SentenceIndex.fromBinary(bytes, articles);
      if (!index) {
        log.warn({ coverageVersion: version }, 'ignored a saved index that does not fit the analysed articles; it will be rebuilt');
        return undefined;
      }
      return { index, people: found.people };
    },
    async set(version, { index, people }, articles) {
      prefetched = undefined;
      if (index.size > maxSentences) {
        const why = 'index not saved: too large to read back quickly; it is built at each start';
        log.info({ coverageVersion: version, sentences: index.size, maxSentences }, why);
        return false;
      }
      const saved = typedArrayToBase64(index.toBinary(articles));
      return records.set(INDEX_KEY, { coverageVersion: version, index: saved, people: [...people] });
    },
  };
}

const listSchema = z.array(z.object({ id: z.string(), hash: z.string() }));
true satisfies SameShape<z.infer<typeof listSchema>[number], ArticleVersion>;

const INDEXED_ARTICLES_RECORD = schemaRecord<ArticleVersion[]>({ namespace: 'indexed-articles', version: 1, use: 'bulk' }, listSchema);

const INDEXED_KEY = 'last';

export function createIndexedArticles(store: Store): IndexedArticles {
  const records = store.records(INDEXED_ARTICLES_RECORD);
  return {
    recall: () => records.get(INDEXED_KEY),
    remember: (articles) =>
      records.set(
        INDEXED_KEY,
        articles.map(({ id, hash }) => ({ id, hash })),
      ),
  };
}
