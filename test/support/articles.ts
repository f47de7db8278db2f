import { resolveMetadata } from '../../src/clean/metadata.js';
import type { ArticleMeta } from '../../src/corpus/types.js';

/** The metadata of an article nothing states anything about: what the cleaner resolves from no layers. */
export const NO_META: ArticleMeta = resolveMetadata([]);
