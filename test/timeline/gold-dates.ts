/**
 * The dates of the seeds and of test/fixtures/timeline as a reader resolves them, sentence by
 * sentence, from reading the articles: `dates` are what the sentence dates (empty for a sentence a
 * finder might wrongly date, "within 24 hours"), `undated` marks a relative date in an article
 * without a publication date. Every sentence not listed has no date.
 */
export interface GoldDates {
  article: string;
  /** A phrase that picks out the sentence. */
  sentence: string;
  dates: string[];
  undated?: true;
}

export const SEED_DATES: GoldDates[] = [
  // 000 states no date; "Friday (September 5)" dates it to September 2025 (issue 10 §4), so a reader
  // resolves its relative dates against ~2025-09.
  { article: '000_9fa6195cd0faa982', sentence: 'their meeting in Alaska last month', dates: ['2025-08'] },
  { article: '000_9fa6195cd0faa982', sentence: 'Putin stated on Friday (September 5)', dates: ['2025-09-05'] },
  { article: '000_9fa6195cd0faa982', sentence: 'by March 2026', dates: ['2026-03'] },
  { article: '000_9fa6195cd0faa982', sentence: 'military exercises earlier this week', dates: [], undated: true },
  { article: '000_9fa6195cd0faa982', sentence: 'Robert Fico earlier this week', dates: [], undated: true },
  { article: '001_6cafe41d9e784b11', sentence: 'published by state tv on Sunday', dates: [], undated: true },
  { article: '001_6cafe41d9e784b11', sentence: 'on Feb. 12 and on March 18', dates: [], undated: true },
  { article: '001_6cafe41d9e784b11', sentence: 'in February 2022', dates: ['2022-02'] },
  { article: '001_6cafe41d9e784b11', sentence: 'in his 2024 book', dates: ['2024', '2021'] },
  { article: '001_6cafe41d9e784b11', sentence: 'interview to Bloomberg last year', dates: [], undated: true },
  { article: '001_6cafe41d9e784b11', sentence: 'spoke in early November', dates: [], undated: true },
  { article: '001_6cafe41d9e784b11', sentence: 'accused each other on Friday', dates: [], undated: true },
  { article: '001_6cafe41d9e784b11', sentence: 'Russia said on Saturday', dates: [], undated: true },
  { article: '001_6cafe41d9e784b11', sentence: 'earlier on Sunday', dates: [], undated: true },
  { article: '002_62dcc4dcba42d8bd', sentence: 'On Sunday, the U.S. President', dates: [], undated: true },
  { article: '002_62dcc4dcba42d8bd', sentence: 'At the beginning of the month', dates: [], undated: true },
  { article: '002_62dcc4dcba42d8bd', sentence: 'potentially occurring in February or March', dates: [], undated: true },
  { article: '002_62dcc4dcba42d8bd', sentence: 'could take place in February or March', dates: [], undated: true },
  { article: '002_62dcc4dcba42d8bd', sentence: 'On Friday, Donald Trump announced', dates: [], undated: true },
  { article: '003_31b76e603aeb2cfa', sentence: 'in the next few days', dates: [] },
  { article: '003_31b76e603aeb2cfa', sentence: 'Over the next couple of days', dates: [] },
  { article: '003_31b76e603aeb2cfa', sentence: 'On August 15, talks were held in Alaska', dates: ['2025-08-15'] },
  { article: '003_31b76e603aeb2cfa', sentence: 'early this week', dates: ['2025-09'] },
  { article: '003_31b76e603aeb2cfa', sentence: 'at the White House on August 18', dates: ['2025-08-18'] },
  { article: '003_31b76e603aeb2cfa', sentence: 'at the talks in Istanbul in 2022', dates: ['2022'] },
  { article: '004_e0ba8cc3a8df5508', sentence: 'Presidential Palace in Helsinki on July 16, 2018', dates: ['2018-07-16'] },
  { article: '004_e0ba8cc3a8df5508', sentence: 'as U.S. President on Thursday', dates: [], undated: true },
  { article: '004_e0ba8cc3a8df5508', sentence: 'NBC on the same day', dates: [], undated: true },
  { article: '004_e0ba8cc3a8df5508', sentence: 'confirmed on Thursday morning', dates: [], undated: true },
  { article: '004_e0ba8cc3a8df5508', sentence: 'CNN in April', dates: [], undated: true },
];

export const FIXTURE_DATES: GoldDates[] = [
  { article: 'northern-wire-halden-marchetti-call', sentence: 'held a phone call on Tuesday', dates: ['2025-03-18'] },
  { article: 'northern-wire-halden-marchetti-call', sentence: 'spoke for about an hour', dates: [] },
  { article: 'northern-wire-halden-marchetti-call', sentence: 'took place on February 27', dates: ['2025-02-27'] },
  { article: 'northern-wire-halden-marchetti-call', sentence: 'Halden said on Wednesday', dates: ['2025-03-19'] },
  { article: 'northern-wire-halden-marchetti-call', sentence: 'ministers next month', dates: ['2025-04'] },
  {
    article: 'northern-wire-halden-marchetti-call',
    sentence: 'three phone calls had taken place since the start of the year',
    dates: ['2025'],
  },
  { article: 'northern-wire-halden-marchetti-call', sentence: 'meet in Geneva in April', dates: ['2025-04'] },
  { article: 'coastal-times-marchetti-halden-call', sentence: 'by telephone on March 18', dates: ['2025-03-18'] },
  { article: 'coastal-times-marchetti-halden-call', sentence: 'two phone calls since the start of the year', dates: ['2025'] },
  { article: 'coastal-times-marchetti-halden-call', sentence: 'visit Rome on May 2', dates: ['2025-05-02'] },
  { article: 'coastal-times-marchetti-halden-call', sentence: 'took place on February 26', dates: ['2025-02-26'] },
  { article: 'coastal-times-marchetti-halden-call', sentence: 'in October 2023 and doubled last summer', dates: ['2023-10', '2024'] },
  { article: 'harbour-post-port-authority', sentence: 'warned on Monday', dates: [], undated: true },
  { article: 'harbour-post-port-authority', sentence: 'since last spring', dates: [], undated: true },
  { article: 'harbour-post-port-authority', sentence: 'met in Geneva last week', dates: [], undated: true },
  { article: 'harbour-post-port-authority', sentence: 'harbour office on Tuesday', dates: [], undated: true },
  { article: 'harbour-post-port-authority', sentence: 'signed on 4 June 2019 and renewed in 2022', dates: ['2019-06-04', '2022'] },
  { article: 'harbour-post-port-authority', sentence: 'strike on Friday', dates: [], undated: true },
  { article: 'valley-courier-flood-defences', sentence: 'two metres on Monday', dates: ['2025-03-17'] },
  { article: 'valley-courier-flood-defences', sentence: 'On Tuesday, the town council', dates: ['2025-03-18'] },
  { article: 'valley-courier-flood-defences', sentence: 'in November 2024 after three years', dates: ['2024-11'] },
  { article: 'valley-courier-flood-defences', sentence: 'finish by June 30', dates: ['2025-06-30'] },
  { article: 'valley-courier-flood-defences', sentence: 'in January 2021', dates: ['2021-01'] },
  // Written after the finder was chosen, never tuned on.
  { article: 'baltic-ledger-quota-talks', sentence: '"bad faith" on Thursday', dates: ['2025-04-10'] },
  { article: 'baltic-ledger-quota-talks', sentence: 'by 12 percent last year', dates: ['2024'] },
  { article: 'baltic-ledger-quota-talks', sentence: 'could be held in May', dates: ['2025-05'] },
  { article: 'baltic-ledger-quota-talks', sentence: 'began in January 2024', dates: ['2024-01'] },
];
