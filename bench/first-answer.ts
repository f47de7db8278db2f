/** The first answers of fresh processes: how long the first asker waits after a surface says it is ready. */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { spread, type Spread } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Asked of the seeds in turn, each process starting one further on, so every question is some process's first. */
const QUESTIONS = [
  'when did they meet',
  'who is the spokesman',
  'where was the summit held',
  'how many people died',
  'what did putin say about trump',
];

export interface FirstAnswers {
  processes: number;
  /** From starting the process to the REPL's banner (ready), ms. */
  readyMs: Spread;
  /** The first question's answer after the banner, ms (one per process). */
  firstMs: Spread;
  /** The second to fifth questions' answers, ms (four per process, pooled). */
  nextMs: Spread;
  /** The machine's 1-minute load average after the last process. */
  loadAverage: number;
}

/**
 * Starts the REPL over the seeds (`memory://` store: every process analyses them afresh) `processes` times, one after
 * another, and times each answer from writing its line to the first bytes of its reply (the REPL prints a reply with one
 * write), one line at a time.
 */
export async function measureFirstAnswers(processes: number): Promise<FirstAnswers> {
  const ready: number[] = [];
  const first: number[] = [];
  const next: number[] = [];
  for (let p = 0; p < processes; p++) {
    const times = await replTimes(QUESTIONS.map((_, i) => QUESTIONS[(i + p) % QUESTIONS.length]));
    ready.push(times.readyMs);
    first.push(times.answersMs[0]);
    next.push(...times.answersMs.slice(1));
  }
  return { processes, readyMs: spread(ready), firstMs: spread(first), nextMs: spread(next), loadAverage: loadavg()[0] };
}

async function replTimes(questions: readonly string[]): Promise<{ readyMs: number; answersMs: number[] }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/repl.ts', '--corpus', 'seeds'], {
    cwd: ROOT,
    env: { ...process.env, STORE_URL: 'memory://' },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let banner = '';
  await new Promise<void>((resolve) => {
    const read = (chunk: Buffer) => {
      banner += String(chunk);
      if (!banner.includes('coverage-bot —')) return;
      child.stderr.off('data', read);
      resolve();
    };
    child.stderr.on('data', read);
  });
  const readyMs = performance.now() - started;
  const answersMs: number[] = [];
  for (const question of questions) {
    const replied = new Promise((resolve) => child.stdout.once('data', resolve));
    const asked = performance.now();
    child.stdin.write(`${question}\n`);
    await replied;
    answersMs.push(performance.now() - asked);
  }
  child.stdin.end();
  await exited;
  return { readyMs, answersMs };
}

export function firstAnswersMarkdown(r: FirstAnswers, command: string): string {
  const ms = (s: Spread) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
  return [
    '## The first answer of a fresh process',
    '',
    `The REPL over the seeds started ${r.processes} times, one after another, by \`${command}\` (\`memory://\` store: each ` +
      'analyses the seeds afresh). Ready: from starting the process to its banner. First answer: the first question after ' +
      'the banner, from writing its line to the first bytes of the reply; next: the second to fifth questions, pooled. ' +
      'Each process asks the same five questions, starting one further on. Medians (min–max), ms. Load: 1-minute load ' +
      'average at the end (2 cores, shared).',
    '',
    '| processes | ready | first answer | answers 2–5 | first ÷ next | load |',
    '|---|---|---|---|---|---|',
    `| ${r.processes} | ${ms(r.readyMs)} | ${ms(r.firstMs)} | ${ms(r.nextMs)} | ${(r.firstMs.median / r.nextMs.median).toFixed(2)} | ` +
      `${r.loadAverage.toFixed(1)} |`,
    '',
  ].join('\n');
}
