/** Tuning values of date resolution (src/dates). */
export interface DatesSettings {
  /**
   * How far after publication an implied date may fall and still be read as upcoming ("talks resume on
   * May 6" in an article of April 14) when its clause's tense gives no direction (tense.ts); later than this it is
   * read as the previous year's or week's, since news reports mostly look back. Before the tense was read, this rule
   * alone made the only 2 wrong dates of the 30 on the timeline gold data (test/timeline): plans more than a month
   * ahead read as last year's (README, "Timeline and quotes").
   */
  futureSlackDays: number;
}

export const DATES_DEFAULTS: DatesSettings = {
  futureSlackDays: 31,
};
