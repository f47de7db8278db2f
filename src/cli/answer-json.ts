import type { Answer } from '../answer/types.js';

/**
 * The `ask --json` contract other tooling depends on: exactly these keys, unknown metadata as null;
 * `disagreements` (issue #6) is the one addition, [] when the outlets agree.
 */
export function answerJson(a: Answer) {
  return {
    question: a.question,
    answerType: a.answerType,
    abstained: a.abstained,
    excerpts: a.excerpts.map((e) => ({
      text: e.text,
      answer: e.answer,
      date: e.date,
      score: e.score,
      start: e.start,
      end: e.end,
      article: { id: e.article.id, title: e.article.title, outlet: e.article.outlet, published: e.article.published, url: e.article.url },
    })),
    disagreements: a.disagreements,
  };
}
