import type { ArticleRef } from '../answer/types.js';
import { escapeText } from './escape.js';
import { truncate } from './truncate.js';

/** Titles are cut before they become link text: a cut link would show raw markdown. */
const TITLE_MAX = 200;
/** Longer URLs are left out rather than cut, since a cut URL points somewhere else. */
const URL_MAX = 512;

/** The article's URL when it is a plain http(s) link that fits; parentheses encoded so the markdown link holds. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return href.length <= URL_MAX ? href : null;
}

/** The article's title, linked when its URL is known: `[Title](url)`. */
export function articleLink(article: ArticleRef): string {
  const title = article.title ? escapeText(truncate(article.title, TITLE_MAX)) : null;
  const url = safeUrl(article.url);
  if (url) return `[${title ?? 'link'}](${url})`;
  return title ?? `untitled article (${escapeText(article.id)})`;
}

/** `Outlet · 2025-09-08 · [Title](url)`, leaving out what is not known. */
export function formatCitation(article: ArticleRef): string {
  const parts: string[] = [];
  if (article.outlet) parts.push(`**${escapeText(truncate(article.outlet, TITLE_MAX))}**`);
  if (article.published) parts.push(escapeText(article.published));
  parts.push(articleLink(article));
  return parts.join(' · ');
}
