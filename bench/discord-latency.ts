/**
 * Interaction → reply latency of the bot: the real discord.js client and the real core over the
 * seeds, against the loopback fake. Measures from the INTERACTION_CREATE dispatch to the moment the
 * fake receives the interaction callback, one interaction at a time.
 *
 *   npx tsx bench/discord-latency.ts [count]      (default 1,000)
 */
import { FakeDiscord } from '../test/discord/support/fake-discord.js';
import { startTestBot } from '../test/discord/support/test-bot.js';
import { seedCoverage } from '../test/support/seed-coverage.js';
import { percentile } from './measure.js';
import { readArguments, runEntry, UsageError } from '../src/entry.js';

const QUESTIONS: [string, string][] = [
  ['when', 'did they meet'],
  ['who', 'is Peskov'],
  ['where', 'did Trump and Putin meet'],
  ['what', 'did Putin say about Trump'],
  ['why', 'did European leaders stop calling Putin'],
  ['how', 'many calls were announced'],
  ['ask', 'Will Trump and Putin talk again soon?'],
];
const WARM_UP = 50;

const USAGE = 'usage: npx tsx bench/discord-latency.ts [count]';

async function main(): Promise<void> {
  const parsed = readArguments({ options: {}, allowPositionals: true }, USAGE);
  if (!parsed) return;
  const count = Number(parsed.positionals[0] ?? 1000);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`count takes a whole number ≥ 1, got "${parsed.positionals[0]}"`, USAGE);
  const fake = await FakeDiscord.start();
  const bot = await startTestBot(fake, {
    coverage: await seedCoverage(),
    rateLimit: { limit: Number.MAX_SAFE_INTEGER, windowMs: 1000 },
    logLevel: 'warn',
  });
  const ms: number[] = [];
  try {
    for (let n = 0; n < WARM_UP + count; n++) {
      const [command, question] = QUESTIONS[n % QUESTIONS.length];
      const from = fake.calls.length;
      const started = performance.now();
      const i = fake.command(command, { question });
      await fake.waitForCall((c) => c.path === `/api/v10/interactions/${i.id}/${i.token}/callback`, from);
      if (n >= WARM_UP) ms.push(performance.now() - started);
    }
  } finally {
    await bot.stop();
    await fake.stop();
  }
  ms.sort((a, b) => a - b);
  const fmt = (v: number) => `${v.toFixed(2)} ms`;
  console.log(`interaction → reply over ${ms.length} interactions (after ${WARM_UP} warm-up), Node ${process.version}`);
  console.log(
    `  median ${fmt(percentile(ms, 50))}  p90 ${fmt(percentile(ms, 90))}  p99 ${fmt(percentile(ms, 99))}  max ${fmt(ms[ms.length - 1])}`,
  );
  console.log(`  errors logged: ${bot.logs.filter((l) => l.level >= 50).length}`);
}

runEntry(main);
