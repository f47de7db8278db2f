import { z } from 'zod';
import type { ArticleVersion } from '../coverage/reindex.js';
import type { SameShape } from './same-shape.js';
import type { RecordKind, Store } from './store.js';

const listSchema = z.array(z.object({ id: z.string(), hash: z.string() }));
true satisfies SameShape<z.infer<typeof listSchema>[number], ArticleVersion>;

const INDEXED_ARTICLES_RECORD: RecordKind<ArticleVersion[]> = {
  namespace: 'indexed-articles',
  version: 1,
  accepts: (data): data is ArticleVersion[] => listSchema.safeParse(data).success,
};

const KEY = 'last';

/**
 * The articles (id and hash) of the last index any process built on this store: what `npm run reindex`
 * compares a new index with, since it has no coverage of its own to compare.
 */
export interface IndexedArticles {
  /** Undefined before the first index, or while the store is down. */
  recall(): Promise<ArticleVersion[] | undefined>;
  /** False when not saved: the next comparison then counts every article as added. */
  remember(articles: readonly ArticleVersion[]): Promise<boolean>;
}

export function createIndexedArticles(store: Store): IndexedArticles {
  const records = store.records(INDEXED_ARTICLES_RECORD);
  return {
    recall: () => records.get(KEY),
    remember: (articles) => records.set(KEY, articles.map(({ id, hash }) => ({ id, hash }))),
  };
}
