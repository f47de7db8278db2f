import type { ArticleRef } from '../answer/types.js';

/** Something a person said, as the article words it, attributed to them. */
export interface Quote {
  /** The fullest name the coverage uses for the speaker: "Dmitry Peskov" for "Peskov" or "the Kremlin spokesman". */
  speaker: string;
  /**
   * Verbatim, `article.text.slice(start, end)`. Direct speech: the words inside the quotation marks
   * (across sentences when the quotation runs on). Reported speech: the whole sentence, whole across a cut the segmenter
   * made inside a web address (addressWhole).
   */
  text: string;
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  article: ArticleRef;
}

export interface SpeakerCount {
  speaker: string;
  count: number;
}

/** What /quotes shows: one person's quotes, or every quote and the speakers by count. */
export interface QuoteSelection {
  /** The person asked for, as typed; null for all speakers. */
  person: string | null;
  /** In coverage order. */
  quotes: Quote[];
  /** Speakers of `quotes`, most quoted first. */
  speakers: SpeakerCount[];
  /** When the person matched no speaker: the speakers with the closest names. Otherwise empty. */
  suggestions: string[];
}
