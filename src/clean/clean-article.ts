import type { ArticleMeta, CleanArticle, SourceFile } from '../corpus/types.js';
import { removeBoilerplate } from './boilerplate.js';
import { readByline } from './byline.js';
import { CLEAN_DEFAULTS, type CleanOptions } from './clean-defaults.js';
import { decodeEntities } from './decode-entities.js';
import { readFrontMatter } from './front-matter.js';
import { splitGluedSentences } from './glued-sentences.js';
import { readHeaderLine } from './header-line.js';
import { stripMarkdown } from './markdown.js';
import { takeHeadline } from './headline.js';
import { joinLines } from './join-lines.js';
import { resolveMetadata } from './metadata.js';
import { readPostFooter } from './post-footer.js';
import { repairQuotes } from './quotes.js';
import { normalizeText } from './normalize-text.js';

/**
 * Cleans one article: reads its metadata and strips it, undoes Markdown, decodes entities, repairs
 * mangled quotes, drops template boilerplate, takes the headline out as the title, rebuilds
 * paragraphs and splits glued sentences. Pure and deterministic: the same file always gives the
 * same text, which every excerpt's offsets point into. Metadata precedence: catalogue, then front
 * matter or header line, then the "The post … appeared on" footer, byline and headline, then a
 * date in the URL.
 */
export function cleanArticle(file: SourceFile, options: CleanOptions = CLEAN_DEFAULTS): CleanArticle {
  const normalized = normalizeText(file.raw);
  const head = readFrontMatter(normalized) ?? readHeaderLine(normalized) ?? { meta: {}, rest: normalized };
  // Quotes are repaired before the footer and headline are read, so titles come out repaired too.
  const repaired = repairQuotes(decodeEntities(stripMarkdown(head.rest)));
  const footer = readPostFooter(repaired);
  const author = readByline(footer?.rest ?? repaired);
  const body = removeBoilerplate(author.rest, options);
  const headline = takeHeadline(body, options.headlineMaxWords);
  const text = splitGluedSentences(joinLines(headline.rest));

  const fromText: Partial<ArticleMeta> = {};
  const title = footer?.title ?? headline.title;
  if (title !== null) fromText.title = title;
  if (footer !== null) fromText.outlet = footer.outlet;
  if (author.byline !== null) fromText.byline = author.byline;
  return {
    id: file.id,
    hash: file.hash,
    text,
    meta: resolveMetadata([file.catalog, head.meta, fromText]),
  };
}
