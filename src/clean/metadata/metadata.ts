import type { ArticleMeta, StatedMeta } from '../../corpus/types.js';
import { withoutControls } from '../characters/normalize-text.js';
import { withoutWww } from './site-name.js';
import { dateFromUrl } from './url-date.js';

const FIELDS = ['title', 'outlet', 'published', 'url', 'byline'] as const;

/**
 * Resolves an article's metadata from layers, most authoritative first (catalogue, then front
 * matter or header, then what the text itself reveals): each field takes the first layer that
 * states it; null counts as stated ("known unknown"), undefined does not. A missing publication
 * date falls back to a date in the URL's path, then to the date the text implies
 * (`inferredPublished`, text-metadata.ts), marked `publishedInferred`. A layer stating `published:
 * null` (a catalogue that knows the date is unknown) stops both fallbacks.
 * A byline is the name alone: a page's "By Jane Doe" loses its "By" (citations add their own). No field keeps a control
 * or bidirectional formatting character (withoutControls).
 */
export function resolveMetadata(layers: readonly Partial<StatedMeta>[], inferredPublished: string | null = null): ArticleMeta {
  const meta: ArticleMeta = { title: null, outlet: null, published: null, publishedInferred: false, url: null, byline: null };
  for (const field of FIELDS) {
    const layer = layers.find((l) => l[field] !== undefined);
    const value = layer?.[field] ?? null;
    // Printed where the article's text is, so without what a terminal or a layout acts on, as its text (normalizeText).
    meta[field] = value === null ? null : withoutControls(value) || null;
  }
  if (meta.byline !== null) meta.byline = meta.byline.replace(/^by\s+/i, '') || null;
  const published = layers.find((l) => l.published !== undefined)?.published;
  if (published === undefined && meta.url !== null) meta.published = dateFromUrl(meta.url);
  if (published === undefined && meta.published === null && inferredPublished !== null) {
    meta.published = inferredPublished;
    meta.publishedInferred = true;
  }
  return meta;
}

/** A URL's host without "www." ("sputnikglobe.com"), or null for no valid URL. */
export function hostOf(url: string): string | null {
  try {
    return withoutWww(new URL(url).hostname.toLowerCase()) || null;
  } catch {
    return null;
  }
}
