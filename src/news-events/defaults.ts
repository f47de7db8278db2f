/** Tuning values of the news-events layer: when sentences of two articles report one event. */
export interface EventsSettings {
  /**
   * Sentences of two articles report one event when they share this much content (sharedContent), their dates and
   * answers set aside. Used by the timeline (one entry per event among sentences of one date), by disagreements (one
   * event, two values) and by the supporting excerpts of an answer (answer.ts sameEvent: a supporting source reports the
   * top's event).
   */
  sameEventOverlap: number;
}

/** Chosen on the seeds and test/fixtures/timeline; the tests in test/timeline show what the value keeps apart. */
export const EVENTS_DEFAULTS: EventsSettings = {
  sameEventOverlap: 0.3,
};
