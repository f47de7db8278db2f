import { z } from 'zod';
import type { StatedMeta } from './types.js';
import { normalizeDate } from './normalize-date.js';
import { errorMessage } from '../entry.js';

/*
 * Catalogue format (`catalog.json` in the corpus folder): one entry per article id (the file name
 * stem), every field optional; a field set to null means "known to be unknown" and still overrides
 * what the article's text says.
 *
 *   {
 *     "004_e0ba8cc3a8df5508": {
 *       "title": "Putin Signals Openness to Trump",
 *       "outlet": "View US Global",
 *       "published": "2024-11-08",          // YYYY-MM-DD, YYYY-MM, YYYY, or "November 8, 2024"
 *       "url": "https://example.com/…",     // http(s) only
 *       "byline": "Daniel Kim"
 *     }
 *   }
 */

const text = z.string().trim().min(1, 'must not be empty');

const FIELDS = {
  title: text,
  outlet: text,
  byline: text,
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  published: z.string().transform((value, ctx) => {
    const date = normalizeDate(value);
    if (date === null) ctx.addIssue({ code: 'custom', message: `"${value}" is not a date (use YYYY-MM-DD)` });
    return date ?? z.NEVER;
  }),
} satisfies Record<keyof StatedMeta, z.ZodType>;

const FIELD_NAMES = Object.keys(FIELDS) as (keyof StatedMeta)[];

export interface ParsedCatalog {
  entries: Map<string, Partial<StatedMeta>>;
  warnings: string[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Reads a catalogue's text. Every problem becomes a warning naming the catalogue (`name`), the entry
 * and the field; only the offending field is dropped, so one typo does not cost the other entries.
 */
export function parseCatalog(source: string, name: string): ParsedCatalog {
  const entries = new Map<string, Partial<StatedMeta>>();
  const warnings: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    warnings.push(`${name}: not valid JSON (${errorMessage(err)}); catalogue ignored`);
    return { entries, warnings };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    warnings.push(`${name}: expected an object keyed by article id, found ${describe(data)}; catalogue ignored`);
    return { entries, warnings };
  }
  for (const [id, entry] of Object.entries(data)) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(`${name}: entry "${id}" should be an object, found ${describe(entry)}; entry ignored`);
      continue;
    }
    const meta: Partial<StatedMeta> = {};
    for (const [field, value] of Object.entries(entry)) {
      if (!FIELD_NAMES.includes(field as keyof StatedMeta)) {
        warnings.push(`${name}: entry "${id}" has unknown field "${field}" (expected ${FIELD_NAMES.join(', ')}); field ignored`);
        continue;
      }
      const key = field as keyof StatedMeta;
      if (value === null) {
        meta[key] = null;
        continue;
      }
      const parsed = FIELDS[key].safeParse(value);
      if (parsed.success) meta[key] = parsed.data as string;
      else warnings.push(`${name}: entry "${id}" field "${field}": ${parsed.error.issues[0].message}; field ignored`);
    }
    entries.set(id, meta);
  }
  return { entries, warnings };
}
