/** What a source (catalogue, front matter, header, the text itself) can state about an article. */
export interface StatedMeta {
  title: string | null;
  outlet: string | null;
  /** Publication date as `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that is known). */
  published: string | null;
  url: string | null;
  byline: string | null;
}

/** What is known about an article besides its text. Unknown fields are null, never guessed. */
export interface ArticleMeta extends StatedMeta {
  /**
   * `published` was not stated but inferred from the text (a weekday beside a date, the latest date
   * the article mentions): shown as "~2025-09" in citations.
   */
  publishedInferred: boolean;
}

/** One article file as read from the corpus folder, before cleaning. */
export interface SourceFile {
  /** File name stem: `004_e0ba8cc3a8df5508.txt` → `004_e0ba8cc3a8df5508`. */
  id: string;
  path: string;
  /** The file's text, decoded as UTF-8. */
  raw: string;
  /**
   * sha256 of the raw bytes, hex (and of `sharedLines`, when there are any). Identical files share a
   * hash and are indexed once.
   */
  hash: string;
  /** Metadata from the corpus catalogue (`catalog.json`), overriding what the file itself says. */
  catalog: Partial<StatedMeta>;
  /**
   * Lines of this file (whitespace folded) that other files of the same corpus also have: a site's
   * template (menus, sign-up boxes, footers). Set by readCorpus; absent for a file read alone.
   */
  sharedLines?: readonly string[];
}

/** An article after cleaning: `text` is what every excerpt's offsets point into. */
export interface CleanArticle {
  id: string;
  hash: string;
  text: string;
  meta: ArticleMeta;
}
