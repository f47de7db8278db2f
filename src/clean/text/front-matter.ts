import { normalizeDate } from '../../corpus/normalize-date.js';
import { foldLine } from '../../corpus/shared-lines.js';
import type { StatedMeta } from '../../corpus/types.js';
import { decodeEntities } from '../characters/decode-entities.js';

/** Front-matter keys as the common static-site generators and scrapers name them. */
// Prototype-less: looked up with words from text, where "constructor" must find nothing.
const KEYS: Record<string, keyof StatedMeta> = Object.assign(Object.create(null), {
  title: 'title',
  headline: 'title',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  date: 'published',
  published: 'published',
  pubdate: 'published',
  published_at: 'published',
  date_published: 'published',
  url: 'url',
  link: 'url',
  canonical: 'url',
  canonical_url: 'url',
  source_url: 'url',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
});

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function unquote(value: string): string {
  const v = value.trim();
  const m = /^(["'])(.*)\1$/.exec(v);
  return m ? m[2] : v;
}

/**
 * Markdown/YAML front matter at the very start of the text (`---` / `key: value` lines / `---`):
 * the metadata it states and the text after it. Only flat `key: value` pairs are read; nested YAML
 * is ignored. Null when the text has no front matter.
 */
export function readFrontMatter(text: string): { meta: Partial<StatedMeta>; rest: string } | null {
  const block = BLOCK.exec(text);
  if (block === null) return null;
  const meta: Partial<StatedMeta> = {};
  for (const line of block[1].split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (pair === null) continue;
    const field = KEYS[pair[1].toLowerCase().replace(/-/g, '_')];
    const value = foldLine(decodeEntities(unquote(pair[2])));
    if (field === undefined || value === '' || meta[field] != null) continue;
    if (field === 'published') {
      const date = normalizeDate(value);
      if (date !== null) meta.published = date;
    } else {
      meta[field] = value;
    }
  }
  return { meta, rest: text.slice(block[0].length) };
}
