import { createNlp } from './src/analyse/nlp.js';
import { loadCoverage } from './src/coverage/load-coverage.js';
import { answer } from './src/answer/answer.js';
const { coverage } = await loadCoverage({ nlp: createNlp(), corpusDir: 'seeds' });
for (const q of process.argv.slice(2)) {
  const [h, text] = q.startsWith('/') ? [q.slice(1, q.indexOf(' ')), q.slice(q.indexOf(' ') + 1)] : [null, q];
  const a = answer(coverage, text, h as any);
  console.log('Q:', q, a.answerType, a.abstained, a.confidence.toFixed(2));
  for (const e of a.excerpts) console.log('   ', e.article.id.slice(0, 3), e.score, '|', e.answer, '|', e.text.slice(0, 150));
}
