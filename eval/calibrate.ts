/**
 * Chooses the abstention threshold on held-out data: a coverage of every other SQuAD article, asked
 * the questions of the articles it holds (answerable) and of those it lacks (unanswerable). The
 * threshold that best separates them on the tuning half of the questions is reported with its
 * accuracy on the other half. "Best" is the most accurate threshold that costs at most
 * MAX_CORRECT_LOST of the correct answers: a wrong abstention hides a right answer from the user, so
 * it is kept rare. `npm run eval:calibrate`.
 */
import { createNlp } from '../src/analyse/nlp.js';
import { answerRanked } from '../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../src/answer/defaults.js';
import { buildCoverage } from '../src/coverage/build-coverage.js';
import { DEFAULT_SQUAD, isHit, loadSquad } from './load-squad.js';

const MAX_CORRECT_LOST = 0.01;

const nlp = createNlp();
const { articles, questions } = loadSquad(nlp, process.argv[2] ?? DEFAULT_SQUAD);
const kept = new Set(articles.filter((_, i) => i % 2 === 0).map((a) => a.id));
const coverage = buildCoverage(nlp, articles.filter((a) => kept.has(a.id)));
// Never abstain while measuring: every question gets its confidence.
const measuring = { ...ANSWER_DEFAULTS, abstainBelow: -1 };
const rows = questions.map((q, i) => {
  const { answer } = answerRanked(coverage, q.question, null, { tuning: measuring });
  const top = answer.excerpts[0];
  return { half: i % 2, answerable: kept.has(q.article), correct: Boolean(top && isHit(q, top.article.id, top.text)), confidence: answer.confidence };
});

/** Accuracy of a threshold: answerable questions answered, unanswerable ones abstained on. */
function accuracy(half: number, threshold: number) {
  const set = rows.filter((r) => r.half === half);
  const ok = set.filter((r) => (r.answerable ? r.confidence >= threshold : r.confidence < threshold)).length;
  const answerable = set.filter((r) => r.answerable);
  const correctKept = answerable.filter((r) => r.correct && r.confidence >= threshold).length;
  const correctAll = answerable.filter((r) => r.correct).length;
  const unanswerable = set.filter((r) => !r.answerable);
  return {
    accuracy: ok / set.length,
    abstainOnAnswerable: answerable.filter((r) => r.confidence < threshold).length / answerable.length,
    abstainOnUnanswerable: unanswerable.filter((r) => r.confidence < threshold).length / unanswerable.length,
    correctLost: (correctAll - correctKept) / Math.max(1, correctAll),
  };
}

let best = { threshold: 0, accuracy: 0 };
for (let t = 0; t <= 1.0001; t += 0.025) {
  const a = accuracy(0, t);
  console.log(`threshold ${t.toFixed(3)}: tuning accuracy ${a.accuracy.toFixed(3)}, abstains on ${(a.abstainOnAnswerable * 100).toFixed(1)}% answerable / ${(a.abstainOnUnanswerable * 100).toFixed(1)}% unanswerable, loses ${(a.correctLost * 100).toFixed(1)}% of correct answers`);
  if (a.accuracy > best.accuracy && a.correctLost <= MAX_CORRECT_LOST) best = { threshold: t, accuracy: a.accuracy };
}
const held = accuracy(1, best.threshold);
console.log(`\nbest threshold ${best.threshold.toFixed(3)} (tuning accuracy ${best.accuracy.toFixed(3)})`);
console.log(`held-out: accuracy ${held.accuracy.toFixed(3)}; abstains on ${(held.abstainOnAnswerable * 100).toFixed(1)}% of answerable and ${(held.abstainOnUnanswerable * 100).toFixed(1)}% of unanswerable questions; loses ${(held.correctLost * 100).toFixed(1)}% of correct answers`);
