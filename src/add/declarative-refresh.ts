import { parseHtmlDocument } from '../clean/metadata/html-meta.js';

/** A page that may declare a refresh: only such a page is parsed here (the rest, nearly every article, is not). */
const MAY_REFRESH = /http-equiv\s*=\s*["']?\s*refresh/i;

const WHITESPACE = /[\t\n\f\r ]/;

/**
 * Where a page's declarative refresh sends the reader, resolved against `pageUrl`, or null when it declares none, its
 * refresh does not parse, or it only reloads the page itself ("300": a news page's auto-refresh). Both a `Refresh` HTTP
 * header and a `<meta http-equiv="refresh" content="…">` are read by the HTML Living Standard's "shared declarative
 * refresh steps" (its "The `Refresh` header" section; §4.2.5.3, "Refresh state"): a delay of digits (and dots), then `;` or
 * `,`, then `url=` (any case, optional) and the address, quoted or not. The header is read first, as a browser reads it
 * when it creates the document, before any meta is parsed, and a header that parses is the page's only refresh (the
 * document then "will declaratively refresh"); else the first such meta counts, as a browser acts on the first. `html`
 * is null for a page that is not HTML, whose text declares nothing.
 */
export function refreshTarget(header: string | null, html: string | null, pageUrl: string): string | null {
  const fromHeader = header === null ? null : refreshAddress(header);
  if (fromHeader !== null) return resolved(fromHeader, pageUrl);
  if (html === null || !MAY_REFRESH.test(html)) return null;
  const meta = [...parseHtmlDocument(html).querySelectorAll('meta')].find(
    (m) => m.getAttribute('http-equiv')?.trim().toLowerCase() === 'refresh' && m.hasAttribute('content'),
  );
  const address = meta ? refreshAddress(meta.getAttribute('content') ?? '') : null;
  return address === null ? null : resolved(address, pageUrl);
}

/** A refresh's address against the page's, or null when it does not parse or is the page itself (fragment aside). */
function resolved(address: string, pageUrl: string): string | null {
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
