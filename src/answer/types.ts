/**
 * What the question asks for. The wh-word or the command name (`/when`, `/who`, …) sets it; `thing`
 * covers what/which questions with no narrower type, `any` a bare statement. `description` is what a
 * definitional question ("Who is Peskov?") asks: the role or appositive phrase about the name;
 * `frequency` how often; `polarity` whether (a yes/no question: "Did Trump confirm the call?").
 */
export const ANSWER_TYPES = [
  'date',
  'person',
  'organization',
  'place',
  'number',
  'duration',
  'frequency',
  'reason',
  'manner',
  'description',
  'polarity',
  'thing',
  'any',
] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/**
 * What a quantity question counts, after Li & Roth's numeric question classes ("Learning Question Classifiers",
 * COLING 2002: NUM:count, NUM:money, NUM:age, NUM:dist/size/weight/speed, NUM:period): each is answered by a
 * different kind of number. `period` is "how many years/days…", answered by a stretch of time.
 */
export const QUANTITIES = ['count', 'money', 'age', 'size', 'period'] as const;
export type Quantity = (typeof QUANTITIES)[number];

/** The commands that double as answer-type hints: `/when did they meet` → command `when`. */
export const ASK_COMMANDS = ['ask', 'when', 'who', 'where', 'what', 'why', 'how'] as const;
export type AskCommand = (typeof ASK_COMMANDS)[number];

export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface Excerpt {
  /**
   * One to three consecutive sentences of one paragraph, verbatim: equals the cleaned article's `text.slice(start, end)`
   * (the ranked sentence, with a quotation it opens or continues, the sentence it leans on, the
   * neighbour holding the answer, or for a question with no typed answer the next one leaning on it: excerptUnit), whole
   * across a cut the segmenter made inside a web address at either end (addressWhole).
   */
  text: string;
  start: number;
  end: number;
  /** The sentence that matched the question, one of the excerpt's. */
  sentenceId: string;
  /** The span that answers the question, verbatim, or null when no span of the expected type was found. */
  answer: string | null;
  /** Offsets of `answer` within `text`. */
  answerStart: number | null;
  answerEnd: number | null;
  /**
   * The answer's date resolved against the article's publication date: `YYYY-MM-DD` or `YYYY-MM`, or an
   * ISO 8601 interval `YYYY-MM-DD/YYYY-MM-DD` for an upcoming stretch ("in the next few days").
   */
  date: string | null;
  score: number;
  article: ArticleRef;
}

/** Outlets stating different numbers or dates for the same thing, side by side (findDisagreements). */
export interface Disagreement {
  /** What the values are of: the counted thing as written ("phone calls"), or "the date" of one event. */
  about: string;
  /** Verbatim, one per excerpt stating it, in excerpt order. */
  values: { value: string; outlet: string | null; articleId: string }[];
}

/**
 * What a number question asks of its quantity besides the quantity itself; read for the shown answer only. A fragment
 * follow-up asks it again (readQuestion), so an answer remembers it with the quantity.
 */
export interface AskedMeasure {
  /** A number question asking a weight ("How much does it weigh?", "What is its weight?"; asksWeight). */
  asksWeight: boolean;
  /** A how-much question asking a price, not a change of it ("How much did it cost?"; asksPrice). */
  asksPrice: boolean;
  /** For a how-much question, the unit of time it asks an amount per ("month" of "How much is it per month?"; rateIn); else null. */
  rate: string | null;
  /** A number question asking a percentage ("What percentage of …?", asksPercentage). */
  asksPercentage: boolean;
}

/** What a question that is no number question asks of a quantity: nothing. */
export const NO_MEASURE: AskedMeasure = { asksWeight: false, asksPrice: false, rate: null, asksPercentage: false };

export interface Answer {
  /** The question as answered: cleaned, and cut to the maximum length. */
  question: string;
  answerType: AnswerType;
  /** For a number question, what it counted or measured (`Question.quantity`); remembered with the subject for a follow-up. */
  quantity: Quantity | null;
  /** What a number question asked of its quantity (the question's AskedMeasure); remembered with it for a fragment follow-up. */
  measure: AskedMeasure;
  abstained: boolean;
  /** Best first: the answer, then up to two supporting excerpts from other articles. Empty when abstained. */
  excerpts: Excerpt[];
  /** 0..1: how well the top excerpt matches the question. */
  confidence: number;
  /** When abstaining: the articles closest to the question. */
  closest: ArticleRef[];
  /** Shown to the user alongside the answer, e.g. that a long question was cut. */
  notices: string[];
  /** The content terms the question was about, with those a follow-up kept from the question before; remembered for the next follow-up. */
  subject: string[];
  /**
   * The question was about one person or thing ("who is the Kremlin spokesman?"), which a follow-up's reciprocal "they"
   * ("where did they meet?") cannot stand for; remembered with the subject.
   */
  aboutOne: boolean;
  /** Where the excerpts' outlets state different numbers or dates for the same thing; [] when they agree or abstaining. */
  disagreements: Disagreement[];
  /**
   * Names the question typed that no article of the coverage uses, as typed ("Lara Logan"); [] when none. Shown beside the
   * abstention or the answer: whatever is quoted says nothing about them (unmentionedNames).
   */
  unmentioned: string[];
}
