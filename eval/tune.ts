/**
 * Grid search of the answering core's tuning values on the tuning half of SQuAD v1.1 dev, reporting the
 * held-out half beside it so a choice that only fits the tuning half shows.
 *   npm run eval:tune -- [key=v1,v2,… …]   (default: the grid below)
 */
import { createNlp } from '../src/analyse/nlp.js';
import { ANSWER_DEFAULTS, type AnswerSettings } from '../src/answer/defaults.js';
import { buildCoverage } from '../src/coverage/build-coverage.js';
import { DEFAULT_SQUAD, loadSquad } from './load-squad.js';
import { scoreOurs } from './squad.js';

const DEFAULT_GRID: Partial<Record<keyof AnswerSettings, number[]>> = {
  passageWeight: [0.3, 0.5, 0.8],
  articleWeight: [0, 0.05, 0.1, 0.2],
  typeBoost: [0.25, 0.35, 0.5],
  weakTypeBoost: [0.05, 0.1, 0.2],
};
const args = process.argv.slice(2).filter((a) => a.includes('='));
const grid = args.length > 0
  ? Object.fromEntries(args.map((a) => { const [k, v] = a.split('='); return [k, v.split(',').map(Number)]; }))
  : DEFAULT_GRID;

const nlp = createNlp();
const { articles, questions } = loadSquad(nlp, DEFAULT_SQUAD);
const coverage = buildCoverage(nlp, articles);
const tune = questions.filter((_, i) => i % 2 === 0);
const held = questions.filter((_, i) => i % 2 === 1);
let best: AnswerSettings = { ...ANSWER_DEFAULTS };
let bestP1 = scoreOurs(coverage, tune, best).p1;
console.log(`start: tuning P@1 ${bestP1.toFixed(4)}`);
// Coordinate ascent: one value at a time, keeping what raises tuning-half P@1.
for (const [key, values] of Object.entries(grid) as [keyof AnswerSettings, number[]][]) {
  for (const value of values) {
    const candidate = { ...best, [key]: value } as AnswerSettings;
    const s = scoreOurs(coverage, tune, candidate);
    console.log(`${key}=${value}: tuning P@1 ${s.p1.toFixed(4)} MRR ${s.mrr10.toFixed(4)}`);
    if (s.p1 > bestP1) {
      bestP1 = s.p1;
      best = candidate;
    }
  }
}
const h = scoreOurs(coverage, held, best);
console.log('best:', JSON.stringify(best));
console.log(`tuning P@1 ${bestP1.toFixed(4)}; held-out P@1 ${h.p1.toFixed(4)} MRR@10 ${h.mrr10.toFixed(4)} R@5 ${h.r5.toFixed(4)}`);
