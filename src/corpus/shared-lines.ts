/**
 * Lines that several files of a corpus have in common. A desk's corpus holds several pages of the
 * same site, and a site's template (menus, sign-up boxes, related-story headers, footers) repeats on
 * every page while the article does not: boilerpipe's and trafilatura's cross-page/"template"
 * detection (Kohlschütter et al. 2010; Barbaresi 2021), here on text lines. The cleaner weighs the
 * mark as one fitted feature (src/clean/boilerplate/line-features.ts), so a quotation two articles share is not
 * dropped for it alone.
 */
import { createHash } from 'node:crypto';
import type { SourceFile } from './types.js';

/** Whitespace that folding changes: any but the plain space, two spaces in a row, or a space at either end. */
const UNFOLDED = /[^\S ]| {2}|^ | $/;

/**
 * Text as one line, whitespace folded: every run of whitespace one space, none at either end (what replacing /\s+/g by a
 * space and trimming gives). The one such fold, for the corpus, the cleaner, /add and the user's text, defined in the
 * lowest layer that folds. Most lines are folded already, and testing for that scans without building a string: folding
 * every line was most of sharedLinesOf, which took 472 ms of CPU over SQuAD 10×'s 480 files at a warm start, 106 ms with
 * the test (median of 7, side by side, load ~10).
 */
export function foldLine(line: string): string {
  return UNFOLDED.test(line) ? line.replace(/\s+/g, ' ').trim() : line;
}

/**
 * For each text, its distinct lines with a letter or digit that occur in at least one other text (a
 * rule like "---", which front matter and Markdown share, says nothing about a site's template). HTML
 * pages are extracted by Readability, which reads their structure instead: give them as '' to leave
 * them out.
 */
export function sharedLinesOf(texts: readonly string[]): string[][] {
  const sets = texts.map(
    (t) =>
      new Set(
        t
          .split('\n')
          .map(foldLine)
          .filter((l) => /[\p{L}\p{N}]/u.test(l)),
      ),
  );
  const pages = new Map<string, number>();
  for (const set of sets) for (const line of set) pages.set(line, (pages.get(line) ?? 0) + 1);
  return sets.map((set) => [...set].filter((line) => (pages.get(line) ?? 0) > 1));
}

/**
 * The files with `sharedLines` set from one another (text files only). A file's cleaning then depends
 * on its neighbours, so its hash (the key of its cached analysis) covers its shared lines too: adding a
 * page of the same site re-cleans the others, and an unchanged folder keeps every cached analysis.
 */
export function withSharedLines(files: readonly SourceFile[], isText: (file: SourceFile) => boolean): SourceFile[] {
  const shared = sharedLinesOf(files.map((f) => (isText(f) ? f.raw : '')));
  return files.map((file, i) => {
    if (shared[i].length === 0) return file;
    // The lines joined by newlines, hashed line by line: joining them first made a copy of every shared text (all of
    // SQuAD 10×'s replicas) and took 52–124 ms of CPU at a warm start, this 21–30 ms (same digest; 12:50 UTC, load ~2).
    const hash = createHash('sha256').update(file.hash).update('\0shared\0');
    shared[i].forEach((line, k) => (k === 0 ? hash : hash.update('\n')).update(line));
    return { ...file, hash: hash.digest('hex'), sharedLines: shared[i] };
  });
}
