import { parseHtmlDocument } from '../clean/metadata/html-meta.js';

/** A page that may declare a refresh: only such a page is parsed here (the rest, nearly every article, is not). */
const MAY_REFRESH = /http-equiv\s*=\s*["']?\s*refresh/i;

const WHITESPACE = /[\t\n\f\r ]/;

/**
 * The address a `<meta http-equiv="refresh" content="…">` sends the reader to, resolved against `pageUrl`, or null when
 * the page declares none, its content does not parse, or it only reloads the page itself ("300": a news page's
 * auto-refresh). The content is read by the HTML Living Standard's "shared declarative refresh steps" (§4.2.5.3,
 * "Refresh state"): a delay of digits (and dots), then `;` or `,`, then `url=` (any case, optional) and the address,
 * quoted or not. Only the first such meta counts, as a browser acts on the first.
 */
export function metaRefreshTarget(html: string, pageUrl: string): string | null {
  if (!MAY_REFRESH.test(html)) return null;
  const meta = [...parseHtmlDocument(html).querySelectorAll('meta')].find(
    (m) => m.getAttribute('http-equiv')?.trim().toLowerCase() === 'refresh' && m.hasAttribute('content'),
  );
  if (!meta) return null;
  const address = refreshAddress(meta.getAttribute('content') ?? '');
  if (address === null) return null;
  let target: URL;
  try {
    target = new URL(address, pageUrl);
  } catch {
    return null;
  }
  const self = new URL(pageUrl);
  target.hash = '';
  self.hash = '';
  return target.href === self.href ? null : target.href;
}

/** The address part of a refresh's content (the steps above), '' when it names none, null when the content does not parse. */
function refreshAddress(content: string): string | null {
  let at = 0;
  const skipWhitespace = (): void => {
    while (at < content.length && WHITESPACE.test(content[at])) at++;
  };
  skipWhitespace();
  const digits = /^\d*/.exec(content.slice(at))![0];
  if (digits === '' && content[at] !== '.') return null;
  at += digits.length;
  while (at < content.length && /[\d.]/.test(content[at])) at++;
  if (at < content.length) {
    if (!/[;,]/.test(content[at]) && !WHITESPACE.test(content[at])) return null;
    skipWhitespace();
    if (/[;,]/.test(content[at] ?? '')) at++;
    skipWhitespace();
  }
  if (at >= content.length) return '';
  // "url=" may be left out; when it is written, the address follows it, perhaps quoted. A start of "u" that does not go
  // on to "url=" is part of the address, taken as it is (the steps jump to "parse").
  const url = /^url\s*=\s*/i.exec(content.slice(at));
  if (url === null && /^u/i.test(content[at])) return content.slice(at);
  if (url !== null) at += url[0].length;
  const quote = content[at] === '"' || content[at] === "'" ? content[at] : '';
  if (quote !== '') at++;
  const rest = content.slice(at);
  return quote !== '' && rest.includes(quote) ? rest.slice(0, rest.indexOf(quote)) : rest;
}
