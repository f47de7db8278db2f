import type { ArticleMeta } from '../corpus/types.js';
import { dateFromUrl } from './url-date.js';

const FIELDS: (keyof ArticleMeta)[] = ['title', 'outlet', 'published', 'url', 'byline'];

/**
 * Resolves an article's metadata from layers, most authoritative first (catalogue, then front
 * matter or header, then what the text itself reveals): each field takes the first layer that
 * states it; null counts as stated ("known unknown"), undefined does not. A missing publication
 * date falls back to a date in the URL's path. Nothing is guessed: the outlet in particular is
 * never derived from the URL's host.
 */
export function resolveMetadata(layers: readonly Partial<ArticleMeta>[]): ArticleMeta {
  const meta: ArticleMeta = { title: null, outlet: null, published: null, url: null, byline: null };
  for (const field of FIELDS) {
    const layer = layers.find((l) => l[field] !== undefined);
    meta[field] = layer?.[field] ?? null;
  }
  const published = layers.find((l) => l.published !== undefined)?.published;
  if (published === undefined && meta.url !== null) meta.published = dateFromUrl(meta.url);
  return meta;
}
