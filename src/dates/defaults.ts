/** Tuning values of date resolution (src/dates). */
export interface DatesSettings {
  /**
   * How far after publication an implied date may fall and still be read as upcoming ("talks resume on
   * May 6" in an article of April 14); later than this it is read as the previous year's or week's, since news
   * reports mostly look back. On the timeline gold data (test/timeline) dates resolve with precision 0.93; both
   * errors are plans more than a month ahead read as last year's (README, "Quality, measured").
   */
  futureSlackDays: number;
}

export const DATES_DEFAULTS: DatesSettings = {
  futureSlackDays: 31,
};
