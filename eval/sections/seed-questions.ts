/**
 * The seeds (seeds/*.txt, loaded as the CLI loads a corpus) asked the questions of
 * eval/questions/seeds.json, written before any run, through the `answer()` every surface uses; beside
 * them the golden tests' count, taken by running that test file as it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answer } from '../../src/answer/answer.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import { answers, gotOf, loadSeedQuestions, topWithoutThreshold, type Miss } from '../questions/questions.js';
import type { EvalContext, EvalSection } from '../run.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function run({ nlp }: EvalContext): Promise<EvalSection> {
  const { coverage } = await loadCoverage({ nlp, corpusDir: join(ROOT, 'seeds') });
  const questions = loadSeedQuestions();
  const misses: Miss[] = [];
  let hits = 0;
  let abstained = 0;
  let abstainedRight = 0;
  for (const q of questions) {
    const a = answer(coverage, q.question);
    if (a.abstained) {
      abstained++;
      const would = topWithoutThreshold(coverage, q.question);
      if (answers(would?.article.id, would?.text ?? '', [q.article], q.answers)) abstainedRight++;
    }
    const top = a.excerpts[0];
    if (answers(top?.article.id, top?.text ?? '', [q.article], q.answers)) hits++;
    else misses.push({ id: q.id, question: q.question, expected: `[${q.article}] ${q.answers.join(' | ')}`, got: gotOf(a.abstained, top) });
  }
  const golden = goldenCount();
  const markdown = [
    `${coverage.articles.length} seed articles, loaded through loadCoverage (as \`npm run ask\` does).`,
    '',
    '| question set | questions | top-1 answers | abstained (of them, right were there no threshold) |',
    '|---|---|---|---|',
    `| new, written before any run (eval/questions/seeds.json) | ${questions.length} | ${hits} | ${abstained} (${abstainedRight}) |`,
    `| golden tests, answerable (${golden.file}) | ${golden.answerable.total} | ${golden.answerable.passed} | — |`,
    `| golden tests, must abstain | ${golden.abstain.total} | ${golden.abstain.passed} abstain | — |`,
    '',
    `Misses of the new questions: ${misses.map((m) => m.id).join(', ') || 'none'} (question, expected, got: \`--json\`).`,
  ].join('\n');
  return {
    title: 'Seed questions nobody tuned for',
    markdown,
    numbers: { questions: questions.length, top1: hits, abstained, abstainedRight, golden, misses },
  };
}

interface GoldenCount {
  file: string;
  answerable: { total: number; passed: number };
  abstain: { total: number; passed: number };
}

interface VitestJson {
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

/**
 * Runs the golden test file with vitest's JSON reporter and counts its cases, so the count is that of
 * the same checks on the same questions (the file does not export them). Cases are told apart by the
 * titles the file gives them: 'answers "…"' and 'abstains on "…"'.
 */
function goldenCount(): GoldenCount {
  const file = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('golden.test.ts'));
  if (!file) throw new Error('golden.test.ts not found under test/');
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  const out = join(dir, 'golden.json');
  try {
    try {
      const args = ['run', join('test', file), '--reporter=json', `--outputFile=${out}`];
      execFileSync(join(ROOT, 'node_modules/.bin/vitest'), args, { cwd: ROOT, stdio: 'ignore' });
    } catch {
      // vitest exits non-zero when a case fails; the report is written all the same and read below.
    }
    const results = (JSON.parse(readFileSync(out, 'utf8')) as VitestJson).testResults.flatMap((r) => r.assertionResults);
    const count = (prefix: string) => {
      const cases = results.filter((r) => r.title.startsWith(prefix));
      return { total: cases.length, passed: cases.filter((r) => r.status === 'passed').length };
    };
    return { file: join('test', file), answerable: count('answers "'), abstain: count('abstains on "') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
