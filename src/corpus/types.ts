/** What is known about an article besides its text. Unknown fields are null, never guessed. */
export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  /** Publication date as `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that is known). */
  published: string | null;
  url: string | null;
  byline: string | null;
}

/** One article file as read from the corpus folder, before cleaning. */
export interface SourceFile {
  /** File name stem: `004_e0ba8cc3a8df5508.txt` → `004_e0ba8cc3a8df5508`. */
  id: string;
  path: string;
  /** The file's text, decoded as UTF-8. */
  raw: string;
  /** sha256 of the raw bytes, hex. Identical files share a hash and are indexed once. */
  hash: string;
  /** Metadata from the corpus catalogue (`catalog.json`), overriding what the file itself says. */
  catalog: Partial<ArticleMeta>;
}

/** An article after cleaning: `text` is what every excerpt's offsets point into. */
export interface CleanArticle {
  id: string;
  hash: string;
  text: string;
  meta: ArticleMeta;
}
