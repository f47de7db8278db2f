import type { CleanOptions } from './clean-defaults.js';
import { isBoilerplateLine, isProse, isShortLine } from './boilerplate-line.js';
import { endsSentence } from './sentence-end.js';

/**
 * Headings of the link lists templates put around an article ("Latest Stories", "You May Also
 * Like", "Popular Now", "Must-Reads", "Related Articles", "Read More"), optionally behind a
 * bracketed section tag ("[WORLD] Latest Stories").
 */
const LINK_LIST_HEADING = new RegExp(
  '^(?:\\[[^\\]]{1,30}\\]\\s*)?(?:' + [
    'latest(?: (?:stories|news|articles|posts|videos|headlines))?',
    'you (?:may|might) (?:also )?(?:like|enjoy)',
    '(?:most )?popular(?: now| stories| posts| articles)?',
    'must[- ]reads?',
    'related(?: (?:stories|articles|posts|news|content|coverage|topics|links))?',
    'read (?:more|next|also)', 'also read',
    'more (?:stories|news|articles|headlines)', 'more from [\\p{L}\\p{N} ]{1,30}',
    'recommended(?: for you| stories| articles)?',
    'trending(?: now| stories| news)?', 'most (?:read|viewed|shared)',
    'top (?:stories|news|headlines)', "editor[’']?s picks", 'see also', "don[’']?t miss",
    'further reading', 'in other news', 'more on this (?:story|topic)', 'what to read next',
  ].join('|') + ')\\s*:?$',
  'iu',
);

/**
 * Removes template furniture from the text, line by line, and keeps every other line (whitespace
 * folded, trimmed):
 * - single lines that are boilerplate (isBoilerplateLine: counters, accessibility links, code,
 *   captions with a photo credit, headline-link list items, category labels, app prompts);
 * - link-list sections: the heading and everything after it up to the next line of prose (to the
 *   end of the text when none follows);
 * - menus: runs of at least `navMinRun` short lines (blank lines between them allowed);
 * - image alt text repeated as a caption: a line without a sentence end repeated within
 *   `captionRepeatWindow` lines goes with its copy; any other repeated line (a paragraph the scrape
 *   doubled, a pull quote) keeps its first copy, so no text is lost.
 * Blank lines are kept, since they separate paragraphs.
 */
export function removeBoilerplate(text: string, options: CleanOptions): string {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const drop = lines.map((line) => isBoilerplateLine(line, options));
  const kept = () => lines.map((_, i) => i).filter((i) => lines[i] !== '' && !drop[i]);

  let inList = false;
  for (const i of kept()) {
    if (LINK_LIST_HEADING.test(lines[i])) inList = true;
    else if (inList && isProse(lines[i], options)) inList = false;
    if (inList) drop[i] = true;
  }

  let run: number[] = [];
  const endRun = () => {
    if (run.length >= options.navMinRun) for (const i of run) drop[i] = true;
    run = [];
  };
  // Consecutive kept lines: only blank or already dropped lines lie between them.
  for (const i of kept()) {
    if (isShortLine(lines[i], options)) run.push(i);
    else endRun();
  }
  endRun();

  const remaining = kept();
  const seen = new Set<string>();
  remaining.forEach((i, k) => {
    const near = remaining.slice(k + 1, k + 1 + options.captionRepeatWindow).filter((j) => lines[j] === lines[i]);
    if (near.length > 0 && !endsSentence(lines[i])) for (const j of [i, ...near]) drop[j] = true;
    else if (seen.has(lines[i])) drop[i] = true;
    seen.add(lines[i]);
  });

  return lines.filter((_, i) => !drop[i]).join('\n');
}
