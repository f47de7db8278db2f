import type { BenchResults, CorpusResult } from './bench-results.js';

export interface TargetCheck {
  /** The target as issue #5 (or #4) states it. */
  target: string;
  /** What was measured for it, in words and numbers. */
  measured: string;
  /** null when the run did not measure it (scale not run). */
  met: boolean | null;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Checks the issue's targets against the medians over rounds. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const at = (scale: number): CorpusResult | undefined => results.corpora.find((c) => c.scale === scale);
  const checks: TargetCheck[] = [];
  const one = at(1)?.run;
  checks.push(
    one
      ? {
          target: "1×: answer() median ≤ MiniSearch's retrieval median",
          measured: `${ms(one.answer.median.median)} vs ${ms(one.miniSearch.median.median)}`,
          met: one.answer.median.median <= one.miniSearch.median.median,
        }
      : { target: "1×: answer() median ≤ MiniSearch's retrieval median", measured: 'not run', met: null },
    one
      ? { target: '1×: answer() p99 ≤ 2 ms', measured: ms(one.answer.p99.median), met: one.answer.p99.median <= 2 }
      : { target: '1×: answer() p99 ≤ 2 ms', measured: 'not run', met: null },
  );
  const ten = at(10);
  checks.push(
    ten?.run
      ? {
          target: `~100k sentences (10×, ${ten.build.sentences}): answer() median ≤ 1 ms and p99 ≤ 10 ms`,
          measured: `median ${ms(ten.run.answer.median.median)}, p99 ${ms(ten.run.answer.p99.median)}`,
          met: ten.run.answer.median.median <= 1 && ten.run.answer.p99.median <= 10,
        }
      : { target: '~100k sentences (10×): answer() median ≤ 1 ms and p99 ≤ 10 ms', measured: 'not run', met: null },
  );
  const hundred = at(100);
  checks.push(
    hundred?.run
      ? {
          target: `~1M sentences (100×, ${hundred.build.sentences}): answer() p99 ≤ 50 ms`,
          measured: `p99 ${ms(hundred.run.answer.p99.median)}`,
          met: hundred.run.answer.p99.median <= 50,
        }
      : { target: '~1M sentences (100×): answer() p99 ≤ 50 ms', measured: 'not run', met: null },
  );
  for (const c of results.corpora) {
    if (!c.build.withAnalysisRate) continue;
    const rate = c.build.withAnalysisRate.median;
    checks.push({
      target: `${c.corpus}: build ≥ 20k sentences/s including analysis`,
      measured: `${Math.round(rate)} sentences/s`,
      met: rate >= 20_000,
    });
  }
  for (const c of results.corpora) {
    if (!c.miniSearch) continue;
    const ours = c.build.indexBytes / c.build.sentences;
    const theirs = c.miniSearch.bytes / c.build.sentences;
    checks.push({
      target: `${c.corpus}: index memory per sentence ≤ MiniSearch's`,
      measured: `${Math.round(ours)} vs ${Math.round(theirs)} B/sentence`,
      met: ours <= theirs,
    });
  }
  for (const s of ten?.start ?? []) {
    checks.push({
      target: `#4: warm start ≤ 1 s at ~100k sentences (${s.store}, ${s.sentences})`,
      measured: `${Math.round(s.warmMs.median)} ms${s.warmAnalysed > 0 ? `, but the cache missed: ${s.warmAnalysed} of ${s.articles} articles analysed again` : ''}; first answers after it: median ${s.firstAnswersMs.median.toFixed(1)} ms, max ${s.firstAnswersMs.max.toFixed(1)} ms`,
      met: s.warmMs.median <= 1000 && s.warmAnalysed === 0,
    });
  }
  return checks;
}
