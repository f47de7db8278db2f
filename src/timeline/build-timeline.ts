import { writtenSentences } from '../analyse/address-cuts.js';
import type { AnalysedArticle } from '../analyse/types.js';
import { articleRef } from '../answer/article-ref.js';
import type { Coverage } from '../coverage/types.js';
import { plainTopic } from '../user-text/sanitize.js';
import { TIMELINE_DEFAULTS, type TimelineSettings } from './defaults.js';
import { contentTerms, sentenceDates, sharedContent, type SentenceDate } from '../news-events/events.js';
import { timelineTopics, topicFilter, type SentenceFilter } from './topics.js';
import type { Timeline, TimelineEntry, UndatedEntry } from './types.js';

interface Dated {
  date: string;
  article: AnalysedArticle;
  text: string;
  /** Content terms other than the date's own, for telling events apart. */
  terms: Set<string>;
}

/**
 * Every dated event in the coverage on one axis, oldest first: each sentence with a date expression (as written, whole
 * across a cut the segmenter made inside a web address: writtenSentences) becomes an entry under each date it states (a
 * coarser date it refines, "this year … on Feb. 12", is left out), relative dates resolved against the article's
 * publication date. Sentences of different articles with the same date and enough shared content are one event, cited by
 * all.
 * A sentence an article repeats word for word is listed once.
 * Named days ("Black Friday") and relative dates in articles without a publication date go to `undated`. With a topic, only the
 * sentences about it (topicFilter), the topic read as plain words (plainTopic). Pure: the same coverage and topic give the same timeline.
 */
export function buildTimeline(coverage: Coverage, topic?: string, settings: TimelineSettings = TIMELINE_DEFAULTS): Timeline {
  const wanted = plainTopic(topic);
  const filter: SentenceFilter | null = wanted === null ? () => true : topicFilter(coverage, wanted, settings.minTopicShare);
  const dated: Dated[] = [];
  const undated: UndatedEntry[] = [];
  if (filter) {
    for (const article of coverage.articles) {
      // A sentence the page prints again (a paragraph repeated, a summary box restating the story) states the same dates
      // against the same publication date: one entry, not one per copy (a page repeating a line 2,000 times listed it
      // 2,000 times).
      const listed = new Set<string>();
      // Sentences as written: one wink cut inside a web address is listed whole, with its dates (writtenSentences).
      for (const sentence of writtenSentences(article)) {
        const found = sentenceDates(article, sentence);
        if (found.length === 0 || !filter(article, sentence)) continue;
        const text = article.text.slice(sentence.start, sentence.end);
        if (listed.has(text)) continue;
        listed.add(text);
        const dates = finestDates(found);
        if (dates.length === 0) {
          undated.push({ expressions: found.map((d) => d.expression), text, articles: [articleRef(article)] });
          continue;
        }
        const terms = contentTerms(article, sentence, found);
        for (const date of dates) dated.push({ date, article, text, terms });
      }
    }
  }
  const entries = mergeEvents(dated, (t) => coverage.index.sentences.idf(t), settings.sameEventOverlap);
  const empty = entries.length === 0 && undated.length === 0;
  return {
    topic: wanted,
    entries,
    undated,
    suggestions: wanted !== null && empty ? timelineTopics(coverage, settings.suggestedTopics) : [],
  };
}

/** The distinct resolved dates, without one that another of the sentence's dates refines ("2025" beside "2025-02-12"). */
function finestDates(found: readonly SentenceDate[]): string[] {
  const dates = [...new Set(found.map((d) => d.date).filter((d): d is string => d !== null))];
  return dates.filter((d) => !dates.some((other) => other !== d && other.startsWith(`${d}-`)));
}

/** Groups same-date sentences of different articles that share enough content; oldest date first, coverage order within a date. */
function mergeEvents(dated: readonly Dated[], idf: (term: string) => number, minOverlap: number): TimelineEntry[] {
  const byDate = new Map<string, Dated[][]>();
  for (const d of dated) {
    const events = byDate.get(d.date) ?? [];
    const event = events.find(
      (members) => members.every((m) => m.article !== d.article) && members.some((m) => sharedContent(m.terms, d.terms, idf) >= minOverlap),
    );
    if (event) event.push(d);
    else events.push([d]);
    byDate.set(d.date, events);
  }
  // Plain string order puts "2025-08" before "2025-08-15": a month reads before the days inside it.
  return [...byDate.keys()]
    .sort()
    .flatMap((date) =>
      byDate.get(date)!.map((members) => ({ date, text: members[0].text, articles: members.map((m) => articleRef(m.article)) })),
    );
}
