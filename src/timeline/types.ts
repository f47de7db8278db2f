import type { ArticleRef } from '../answer/types.js';

/** One dated event: a sentence quoted verbatim, cited by every article that reports the event on that date. */
export interface TimelineEntry {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as fine as the articles state it. */
  date: string;
  /** The first citing article's sentence, verbatim. */
  text: string;
  /** The article `text` is quoted from first, then the other articles reporting the same event. */
  articles: ArticleRef[];
}

/**
 * A sentence whose date is a named day ("Black Friday") or relative ("on Friday") in an article with no publication date:
 * listed, not guessed.
 */
export interface UndatedEntry {
  /** The date expressions as written. */
  expressions: string[];
  text: string;
  articles: ArticleRef[];
}

export interface Timeline {
  /** The topic as given, or null for the whole coverage. */
  topic: string | null;
  /** Oldest first; a month or year sorts before the days inside it. */
  entries: TimelineEntry[];
  /** In coverage order. */
  undated: UndatedEntry[];
  /** When a topic matched nothing: topics that would match, most frequent first. Otherwise empty. */
  suggestions: string[];
}
