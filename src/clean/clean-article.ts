import type { CleanArticle, SourceFile, StatedMeta } from '../corpus/types.js';
import { classifyBlocks, toBlocks } from './boilerplate/boilerplate.js';
import { readByline, tidyByline, withoutOutlet } from './metadata/byline.js';
import { CLEAN_DEFAULTS, type CleanSettings } from './defaults.js';
import { decodeEntities } from './characters/decode-entities.js';
import { readFrontMatter } from './text/front-matter.js';
import { splitGluedSentences } from './text/glued-sentences.js';
import { readHeaderLine } from './text/header-line.js';
import { endsSentenceAnyScript, isListItem } from './boilerplate/line-features.js';
import { stripMarkdown } from './text/markdown.js';
import { resolveMetadata } from './metadata/metadata.js';
import { readPostFooter } from './text/post-footer.js';
import { repairQuotes } from './characters/quote-marks.js';
import { fromTextDump } from './text/text-dumps.js';
import { normalizeText } from './characters/normalize-text.js';
import { readTextMetadata } from './metadata/text-metadata.js';
import { datesIn, writtenDate } from './metadata/written-dates.js';
import { paragraphText, type ReadParagraph } from './vertical-lists.js';

/** The steps before boilerplate removal: header or front matter, Markdown, entities, quotes, footer, byline. */
function readHead(raw: string) {
  const normalized = normalizeText(raw);
  const head = readFrontMatter(normalized) ?? readHeaderLine(normalized) ?? { meta: {}, rest: normalized };
  // Quotes are repaired before the footer and headline are read, so titles come out repaired too.
  const repaired = repairQuotes(decodeEntities(stripMarkdown(fromTextDump(head.rest))));
  const footer = readPostFooter(repaired);
  const author = readByline(footer?.rest ?? repaired);
  return { head, footer, author };
}

/** The lines the boilerplate classifier sees for a raw text: what `npm run eval:fit-cleaner` fits on. */
export function linesBeforeBoilerplate(raw: string, settings: CleanSettings): string[] {
  return toBlocks(readHead(raw).author.rest.split('\n'), settings.proseMinWords).blocks;
}

/** A scrape's blocks, which of them the classifier kept, and the metadata read around them (what `npm run eval:fit-outlet` fits on). */
export function readScrape(file: SourceFile, options: CleanSettings = CLEAN_DEFAULTS) {
  const { head, footer, author } = readHead(file.raw);
  const { blocks, kept, listItems, written } = classifyBlocks(author.rest, options.cleaner, options, new Set(file.sharedLines));
  const knownUrl = file.catalog.url ?? head.meta.url ?? null;
  const read = readTextMetadata(blocks, kept, file.raw, knownUrl, options, author.line);
  // A written text (isWrittenProse) is set out as a document is, its title over its first paragraph: a first line that is
  // no sentence nor list item is the title, one word too (the headline reader, made for pages, where a one-word line is a
  // menu's, wants two words shared with the text).
  const first = blocks.findIndex((b) => b !== '');
  if (written && read.title === undefined && first >= 0 && !endsSentenceAnyScript(blocks[first]) && !isListItem(blocks[first])) {
    read.title = blocks[first];
    read.headlineBlock = first;
  }
  return { head, footer, author, blocks, kept, listItems, read };
}

/**
 * Cleans one article: reads its metadata and strips it, undoes Markdown, decodes entities, repairs
 * mangled quotes, drops template boilerplate, takes the headline out as the title, rebuilds
 * paragraphs and splits glued sentences. Pure and deterministic: the same file always gives the
 * same text, which every excerpt's offsets point into. Metadata precedence: catalogue, then front
 * matter or header line, then the "The post … appeared on" footer, byline and headline, then a
 * date in the URL.
 */
export function cleanArticle(file: SourceFile, options: CleanSettings = CLEAN_DEFAULTS): CleanArticle {
  const { head, footer, author, blocks, kept, listItems, read } = readScrape(file, options);
  const header = new Set([read.headlineBlock, ...read.headerBlocks]);
  const shown = (i: number) => kept[i] && !header.has(i);
  // A list item follows what introduces it only when no dropped block lies between them (blank lines aside).
  const paragraphs: ReadParagraph[] = [];
  let previous = -1;
  blocks.forEach((block, i) => {
    if (shown(i)) paragraphs.push({ text: block, listItem: listItems[i] && previous >= 0 && shown(previous) });
    if (block !== '') previous = i;
  });
  const text = splitGluedSentences(paragraphText(paragraphs));

  const fromText: Partial<StatedMeta> = {};
  const title = footer?.title ?? read.title;
  if (title !== undefined) fromText.title = title;
  const outlet = footer?.outlet ?? read.outlet;
  if (outlet !== undefined) fromText.outlet = outlet;
  // An author box (a name over an e-mail address) names the author; else the byline read around the headline comes
  // before a "By" line found anywhere on the page (a related story's "By Emily Stewart").
  const authorBox = author.byline !== null && author.line === undefined;
  const byline = authorBox ? author.byline : (read.byline ?? author.byline);
  if (byline != null)
    fromText.byline = withoutOutlet(!authorBox && read.byline !== undefined ? byline : tidyByline(byline, author.line), outlet);
  // The byline's line often carries the date, in any of the forms a dateline has ("By Tess Bonn - 11/19/19 06:56 AM EST").
  const bylineDate = author.line !== undefined ? (datesIn(author.line)[0]?.date ?? writtenDate(author.line) ?? undefined) : undefined;
  const dateline = read.published ?? bylineDate;
  if (dateline !== undefined) fromText.published = dateline;
  if (read.url !== undefined) fromText.url = read.url;
  return {
    id: file.id,
    hash: file.hash,
    text,
    meta: resolveMetadata([file.catalog, head.meta, fromText], read.inferredPublished ?? null),
  };
}
