import type { answer } from '../answer/answer.js';
import type { sentenceContext } from '../coverage/context.js';
import type { listSources } from '../coverage/sources.js';

/**
 * The answering core as the Discord surface uses it: the composition root passes the real functions,
 * so every surface gives the same answer; the surface only formats what they return.
 */
export interface AnswerCore {
  answer: typeof answer;
  listSources: typeof listSources;
  sentenceContext: typeof sentenceContext;
}
