import { endsSentence } from './sentence-end.js';

/**
 * Rebuilds paragraphs from lines: a scrape breaks lines mid-sentence (`Putin and U.S.` / `President
 * Donald Trump`), so a line is joined to the next one unless it ends a sentence; a next line that
 * starts in lower case or with a digit continues the sentence whatever the line ends with
 * (`on Feb.` / `12 and on March 18`). A blank line always ends a paragraph. The result has one
 * paragraph per block, blocks separated by exactly one blank line, whitespace runs folded to one
 * space, no leading or trailing whitespace.
 */
export function joinLines(text: string): string {
  const paragraphs: string[] = [];
  let current = '';
  // The last line added: whether the paragraph ends a sentence depends on it alone, and testing it
  // instead of the whole paragraph keeps joining linear in the length of the text.
  let previous = '';
  const flush = () => {
    if (current !== '') paragraphs.push(current);
    current = '';
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '') {
      flush();
      continue;
    }
    if (current !== '' && endsSentence(previous) && !/^[\p{Ll}\p{N}]/u.test(line)) flush();
    current = current === '' ? line : `${current} ${line}`;
    previous = line;
  }
  flush();
  return paragraphs.join('\n\n');
}
