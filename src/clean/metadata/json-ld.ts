/**
 * A page's JSON-LD (JSON for Linking Data, W3C JSON-LD 1.1 in `<script type="application/ld+json">`; schema.org's
 * vocabulary): its nodes, read once per document and forgiving of what publishers leave in them, and the article body it
 * declares. html-meta.ts reads the article's metadata from these nodes; html-article.ts reads the declared body when
 * Readability finds less.
 */

/** What is read of a parsed page (html-meta.ts parseHtmlDocument's document): its scripts' text. */
interface PageDocument {
  querySelectorAll(selectors: string): Iterable<{ textContent: string | null }>;
}

export type JsonNode = Record<string, unknown>;

/**
 * schema.org types whose `headline` and `datePublished` are the page's own story. `Article` and its
 * subtypes (NewsArticle, ReportageNewsArticle, BlogPosting, AnalysisNewsArticle, …) per
 * https://schema.org/Article; `WebPage` is not among them: its name is often the site's.
 */
export const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

export function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Each document's JSON-LD nodes, read once: the metadata (html-meta.ts fromJsonLd) and the declared body (declaredArticleBody) both
 * read them, and a second JSON.parse of every block would repeat what can be megabytes of `articleBody` (session 38 timed
 * 9 MB bodies on hostile pages).
 */
const JSON_LD_NODES = new WeakMap<PageDocument, JsonNode[]>();

/**
 * Every JSON-LD node of the page: top-level objects, arrays of them and `@graph` members, flattened; read from the
 * document as it was at the first call (before Readability, which removes scripts).
 */
export function jsonLdNodes(doc: PageDocument): JsonNode[] {
  const known = JSON_LD_NODES.get(doc);
  if (known !== undefined) return known;
  const nodes: JsonNode[] = [];
  JSON_LD_NODES.set(doc, nodes);
  const visit = (value: unknown) => {
    for (const item of asArray(value)) {
      if (!isNode(item)) continue;
      nodes.push(item);
      if (item['@graph'] !== undefined) visit(item['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // Publishers leave comments, CDATA wrappers and trailing commas in these; one bad block loses only itself.
    const source = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      visit(parsedJson(source) ?? parsedJson(withControlsEscaped(source)));
    } catch {
      // A @graph nested past the stack's depth: what lies deeper is lost, what was read is kept.
    }
  }
  return nodes;
}

/** The value a JSON text holds, or undefined when it is no JSON. */
function parsedJson(source: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The JSON text with the control characters inside its strings escaped: JSON allows none raw there (U+0000 to U+001F
 * "MUST be escaped", RFC 8259 §7), yet publishers paste an article's line breaks and tabs into `articleBody` as they are,
 * which loses the whole block (as on 1 of the 8 extraction dataset's fit pages whose JSON-LD holds one). Outside strings
 * they are whitespace or errors, and left so. One pass over the characters.
 */
function withControlsEscaped(source: string): string {
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x5c && inString) i++;
    else if (code === 0x22) inString = !inString;
    else if (code < 0x20 && inString) {
      parts.push(source.slice(from, i), `\\u${code.toString(16).padStart(4, '0')}`);
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts.join('');
}

export function typesOf(node: JsonNode): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string');
}

/**
 * The body the page's JSON-LD declares for its article: the `articleBody` ("the actual body of the article", a Text:
 * https://schema.org/articleBody) of the first Article-type node (ARTICLE_TYPE) that states one, as written (markup,
 * entities and line breaks left to the caller), or null. Read before Readability, which removes the page's scripts.
 */
export function declaredArticleBody(doc: PageDocument): string | null {
  for (const node of jsonLdNodes(doc)) {
    const body = node.articleBody;
    if (typeof body === 'string' && body.trim() !== '' && typesOf(node).some((t) => ARTICLE_TYPE.test(t))) return body;
  }
  return null;
}
