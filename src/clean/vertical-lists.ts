import { endsSentence } from './boilerplate/sentence-end.js';

/** A paragraph as a reader found it, and whether it is an item of a list (an HTML `<li>`, a scrape's bulleted line). */
export interface ReadParagraph {
  text: string;
  listItem: boolean;
}

/**
 * The article's text: paragraphs separated by a blank line, except a vertical list's items, which stay with the
 * paragraph that introduces them, one item a line. A vertical list is "introduced by a complete grammatical sentence,
 * followed by a colon", and items that are not sentences take no closing punctuation (The Chicago Manual of Style, 17th
 * ed., 6.127 ff.): so a run of items belongs to the paragraph before it when that paragraph ends with a colon, or ends
 * as a sentence over two items or more none of which ends as a sentence or with a colon (fragments: "Our kit is
 * simple." over "water" "a map"). Apart, an excerpt (1–3 sentences of one paragraph) showed the introduction without
 * the items or an item without what it lists. A lone item after a sentence enumerates nothing: on the extraction
 * dataset's fit pages it is a related story's headline or a shop button between paragraphs, and stands alone, as do
 * items that are sentences after an introduction that is no colon.
 */
export function paragraphText(paragraphs: readonly ReadParagraph[]): string {
  let text = '';
  for (let i = 0; i < paragraphs.length; i++) {
    const intro = paragraphs[i];
    let end = i + 1;
    while (end < paragraphs.length && paragraphs[end].listItem) end++;
    const items = paragraphs.slice(i + 1, end);
    const introduces =
      !intro.listItem &&
      items.length > 0 &&
      (/:$/.test(intro.text) ||
        (endsSentence(intro.text) && items.length > 1 && !items.some((item) => endsSentence(item.text) || /:$/.test(item.text))));
    if (text !== '') text += '\n\n';
    text += introduces ? [intro, ...items].map((p) => p.text).join('\n') : intro.text;
    if (introduces) i = end - 1;
  }
  return text;
}
