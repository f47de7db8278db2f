import { EVENTS_DEFAULTS } from '../news-events/defaults.js';

export interface TimelineSettings {
  /**
   * A sentence belongs to a topic when it holds this share of the topic's idf weight (topicFilter), a
   * topic word met only by a synonym counting at ANSWER_DEFAULTS.expansionWeight: 0.5 keeps "telephone
   * conversations" for "phone calls" (every word met, by synonyms) and drops "talks" (one word met).
   */
  minTopicShare: number;
  /** Sentences of two articles with the same date report one event when they share this much content (EVENTS_DEFAULTS). */
  sameEventOverlap: number;
  /** Topics offered when a topic matches nothing. */
  suggestedTopics: number;
}

/** Chosen on the seeds and test/fixtures/timeline; the tests in test/timeline show what each value keeps apart. */
export const TIMELINE_DEFAULTS: TimelineSettings = {
  minTopicShare: 0.5,
  sameEventOverlap: EVENTS_DEFAULTS.sameEventOverlap,
  suggestedTopics: 5,
};
