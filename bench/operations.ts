import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MessageFlags } from 'discord.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeDiscord } from '../test/discord/support/fake-discord.js';
import { runScript, type ScriptRun } from '../test/support/run-script.js';
import { SEEDS_DIR } from '../test/support/seed-coverage.js';
import { startRedisServer } from '../test/support/redis-server.js';
import { percentile } from './measure.js';

/**
 * Issue 13's figures for one bot process (src/main.ts, its own process, as `npm start` runs it) against the
 * loopback Discord fake, which like Discord refuses an interaction callback after 3 s (404 Unknown
 * interaction): how many distinct questions per second it answers with p99 < 3 s, and what a frozen store
 * costs an answer.
 */

/** Discord's window for the first response to an interaction. */
const WINDOW_MS = 3_000;
/** Seconds each offered rate is held. */
const STEP_SECONDS = 5;
/** After the last interaction of a step, how long stragglers are waited for (longer than any could be on time). */
const DRAIN_MS = 4_000;
/** Offered rates, questions/s, in order; the run stops after the first rate that misses p99 < 3 s. */
const RATES = [50, 100, 200, 300, 400, 600, 800, 1000];
/** Asked right after the overload, to show the process serves again at once. */
const RECOVERY_RATE = 50;

const SUBJECTS = ['Putin', 'Trump', 'Peskov', 'the summit', 'Alaska', 'the calls', 'Ukraine', 'the Kremlin', 'the talks', 'Zelensky'];
const FRAMES = [
  'When did {s} meet',
  'What did {s} say',
  'Where was {s}',
  'Who spoke about {s}',
  'Why did {s} call',
  'How many times did {s} talk',
];

/** The n-th of a stream of distinct questions (a number word keeps each apart, so the answer cache never serves one). */
function question(n: number): { command: string; question: string } {
  const frame = FRAMES[n % FRAMES.length];
  const subject = SUBJECTS[Math.floor(n / FRAMES.length) % SUBJECTS.length];
  return { command: 'ask', question: `${frame.replace('{s}', subject)} on day ${n}?` };
}

export interface StepResult {
  rate: number;
  sent: number;
  /** First response within 3 s. */
  onTime: number;
  /** Refused as too late (404) or sent after 3 s. */
  late: number;
  /** No response at all: shed by the bot. */
  none: number;
  /** Of the first-response times, with a missing or late one counted as infinitely late. */
  p50Ms: number;
  p99Ms: number;
}

interface Sent {
  id: string;
  at: number;
}

/** First-response time of each sent interaction (Infinity when none came or it came too late). */
function responseTimes(fake: FakeDiscord, sent: readonly Sent[]): { times: number[]; late: number; none: number } {
  const first = new Map<string, { at: number; status: number }>();
  for (const call of fake.calls) {
    const m = /^\/api\/v10\/interactions\/(\d+)\//.exec(call.path);
    if (m && !first.has(m[1])) first.set(m[1], { at: call.at, status: call.status });
  }
  let late = 0;
  let none = 0;
  const times = sent.map((s) => {
    const r = first.get(s.id);
    if (!r) {
      none++;
      return Infinity;
    }
    const ms = r.at - s.at;
    if (r.status >= 400 || ms > WINDOW_MS) {
      late++;
      return Infinity;
    }
    return ms;
  });
  return { times, late, none };
}

/** Sends `rate` distinct questions per second for `seconds`, each from a user of its own (no per-user limit applies). */
async function offer(fake: FakeDiscord, rate: number, seconds: number, from: number): Promise<Sent[]> {
  const sent: Sent[] = [];
  const total = rate * seconds;
  const start = performance.now();
  let n = 0;
  while (n < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    for (; n < due; n++) {
      const q = question(from + n);
      const at = performance.now();
      const { id } = fake.command(q.command, { question: q.question }, { from: fake.newUser() });
      sent.push({ id, at });
    }
    await sleep(5);
  }
  return sent;
}

async function startBot(fake: FakeDiscord, env: Record<string, string>): Promise<ScriptRun> {
  const run = runScript('src/main.ts', { ...fake.env(), CORPUS_DIR: SEEDS_DIR, STORE_URL: 'memory://', LOG_LEVEL: 'warn', ...env });
  // The bot logs at warn: wait for its first answer instead of its info lines.
  for (let i = 0; ; i++) {
    const probe = fake.command('when', { question: 'did they meet' }, { from: fake.newUser() });
    const call = await Promise.race([
      fake.waitForCall((c) => c.path.includes(`/interactions/${probe.id}/`) && c.status === 204),
      sleep(2_000).then(() => null),
      run.exited.then((code) => {
        throw new Error(`the bot exited (${code}) before answering: ${run.stderr().slice(0, 500)}`);
      }),
    ]);
    // An answer, not the private "working on it" sent while the coverage still loads.
    if (call && call.body?.type === 4 && ((call.body.data?.flags ?? 0) & MessageFlags.Ephemeral) === 0) return run;
    if (i > 60) throw new Error('the bot did not answer within 2 minutes');
  }
}

/** Capacity: offered rates one after another on one process, then a quiet rate right after the overload. */
export async function measureCapacity(say: (line: string) => void): Promise<{ steps: StepResult[]; recovery: StepResult | null }> {
  const fake = await FakeDiscord.start({ interactionWindowMs: WINDOW_MS });
  const bot = await startBot(fake, {});
  const steps: StepResult[] = [];
  let recovery: StepResult | null = null;
  let asked = 0;
  try {
    const step = async (rate: number): Promise<StepResult> => {
      const sent = await offer(fake, rate, STEP_SECONDS, asked);
      asked += sent.length;
      await sleep(DRAIN_MS);
      const { times, late, none } = responseTimes(fake, sent);
      const sorted = [...times].sort((a, b) => a - b);
      const result = {
        rate,
        sent: sent.length,
        onTime: sent.length - late - none,
        late,
        none,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
      };
      say(`  ${rate}/s: ${result.onTime} of ${result.sent} on time, ${late} late, ${none} shed; p99 ${result.p99Ms.toFixed(0)} ms`);
      return result;
    };
    for (const rate of RATES) {
      const result = await step(rate);
      steps.push(result);
      if (!(result.p99Ms < WINDOW_MS)) break;
    }
    recovery = await step(RECOVERY_RATE);
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await fake.stop();
  }
  return { steps, recovery };
}

export interface StoreLatency {
  phase: string;
  questions: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

/** Sequential questions, each answered before the next: interaction → first response, ms. */
async function latencies(fake: FakeDiscord, count: number, from: number): Promise<number[]> {
  const out: number[] = [];
  for (let n = 0; n < count; n++) {
    const q = question(from + n);
    const at = performance.now();
    const { id } = fake.command(q.command, { question: q.question }, { from: fake.newUser() });
    const call = await fake.waitForCall((c) => c.path.includes(`/interactions/${id}/`));
    out.push(call.at - at);
  }
  return out;
}

/**
 * Answer latency with the store healthy, frozen (redis-server stopped with SIGSTOP: connections open, nothing
 * answers) and resumed (SIGCONT). Distinct questions, so each reads the answer cache and counts the rate limit.
 */
export async function measureStoreLatency(say: (line: string) => void, count = 200): Promise<StoreLatency[]> {
  const redis = await startRedisServer();
  const fake = await FakeDiscord.start({ interactionWindowMs: WINDOW_MS });
  let bot: ScriptRun | null = null;
  const out: StoreLatency[] = [];
  let asked = 0;
  const phase = async (name: string): Promise<void> => {
    const ms = (await latencies(fake, count, asked)).sort((a, b) => a - b);
    asked += count;
    const row = { phase: name, questions: count, medianMs: percentile(ms, 50), p99Ms: percentile(ms, 99), maxMs: ms[ms.length - 1] };
    say(`  ${name}: median ${row.medianMs.toFixed(1)} ms, p99 ${row.p99Ms.toFixed(1)} ms, max ${row.maxMs.toFixed(1)} ms`);
    out.push(row);
  };
  try {
    bot = await startBot(fake, { STORE_URL: redis.url });
    await phase('Redis healthy');
    redis.pause();
    await phase('Redis frozen (SIGSTOP)');
    redis.resume();
    // The breaker probes after its backoff; give it that long before timing the resumed store.
    await sleep(5_000);
    await phase('Redis resumed (SIGCONT)');
  } finally {
    redis.resume();
    if (bot) {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
    await fake.stop();
    await redis.dispose();
  }
  return out;
}

export function capacityMarkdown({ steps, recovery }: { steps: StepResult[]; recovery: StepResult | null }, command: string): string {
  const passed = steps.filter((s) => s.p99Ms < WINDOW_MS);
  const capacity = passed.length > 0 ? Math.max(...passed.map((s) => s.rate)) : 0;
  const row = (s: StepResult, label = `${s.rate}`) =>
    `| ${label} | ${s.sent} | ${s.onTime} | ${s.late} | ${s.none} | ${fmt(s.p50Ms)} | ${fmt(s.p99Ms)} |`;
  return [
    '## Capacity of one process (issue 13)',
    '',
    `By \`${command}\`: one bot process (src/main.ts over the seeds, memory store) against the loopback fake, which refuses a ` +
      `callback after 3 s as Discord does. Each rate is held ${STEP_SECONDS} s with distinct questions from distinct users, ` +
      'rates one after another on the same process; "late" were refused or past 3 s, "shed" got no response (dropped by ' +
      'admission control). p99 counts late and shed as infinitely late. The last row is asked right after the overload.',
    '',
    `**Capacity: ${capacity} distinct questions/s with p99 < 3 s** (the highest rate offered that met it).`,
    '',
    '| questions/s | sent | on time | late | shed | p50, ms | p99, ms |',
    '|---|---|---|---|---|---|---|',
    ...steps.map((s) => row(s)),
    ...(recovery ? [row(recovery, `${recovery.rate} (right after)`)] : []),
    '',
  ].join('\n');
}

export function storeLatencyMarkdown(rows: readonly StoreLatency[], command: string): string {
  return [
    '## Answer latency with the store frozen (issue 13)',
    '',
    `By \`${command}\`: one bot process on a real redis-server, sequential distinct questions (each reads the answer cache ` +
      'and counts the rate limit in Redis), interaction → first response. Frozen: redis-server stopped with SIGSTOP.',
    '',
    '| store | questions | median, ms | p99, ms | max, ms |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.phase} | ${r.questions} | ${fmt(r.medianMs)} | ${fmt(r.p99Ms)} | ${fmt(r.maxMs)} |`),
    '',
  ].join('\n');
}

function fmt(ms: number): string {
  return Number.isFinite(ms) ? ms.toFixed(1) : '—';
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface DiscordLatency {
  command: string;
  /** What bench/discord-latency.ts printed: its own statistics, verbatim. */
  output: string;
}

/**
 * Runs bench/discord-latency.ts (the real discord.js client and core against the loopback fake) in its
 * own process, so the bot is timed without this process's gigabytes of heap.
 */
export async function runDiscordLatency(count: number): Promise<DiscordLatency> {
  const args = ['--import', 'tsx', 'bench/discord-latency.ts', String(count)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, timeout: 600_000 });
  return { command: `node ${args.join(' ')}`, output: stdout.trim() };
}
