import type { Answer, ArticleRef, AskCommand } from '../answer/types.js';
import type { Coverage } from '../coverage/types.js';

/** One indexed article as /sources lists it. */
export interface SourceEntry {
  article: ArticleRef;
  sentences: number;
}

/** An excerpt's sentence with its neighbours, for the Context button. */
export interface SentenceContext {
  before: string[];
  sentence: string;
  after: string[];
  article: ArticleRef;
}

/**
 * The answering core as the Discord surface uses it. The composition root passes the real functions
 * (src/answer, src/coverage); the surface only formats what they return.
 */
export interface AnswerCore {
  answer(coverage: Coverage, question: string, hint: AskCommand | null): Answer;
  listSources(coverage: Coverage): SourceEntry[];
  sentenceContext(coverage: Coverage, sentenceId: string, radius?: number): SentenceContext | null;
}
