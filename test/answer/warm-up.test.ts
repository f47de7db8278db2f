import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { AskCommand } from '../../src/answer/types.js';
import { answeringLoaded, warmUpAnswering, WARM_UP_QUESTIONS } from '../../src/answer/warm-up.js';
import { seedCoverage } from '../support/seed-coverage.js';

/** Questions of the seeds of every answer path, a command's hint among them, and the warm-up's own. */
const QUESTIONS: Array<[string, AskCommand | null]> = [
  ['did they meet', 'when'],
  ['Who is the Kremlin spokesman?', null],
  ['Where did Putin and Trump meet last month?', null],
  ['What percentage of people in the United States share the concern about a world war?', null],
  ['How many times did Woodward report Trump talked with Putin after leaving the White House?', null],
  ['Why did Trump want to talk to Putin?', null],
  ['Did Peskov confirm the calls?', null],
  ['What did Putin call fears of Moscow planning deeper strikes into Europe?', null],
  ['Which French hospitals were told to prepare?', null],
  ['How much did the summit cost?', null],
  ...WARM_UP_QUESTIONS.map((q): [string, null] => [q, null]),
];

describe('warmUpAnswering', () => {
  it('leaves every answer as a cold process gives it, field for field', async () => {
    const coverage = await seedCoverage();
    // The test's process has answered nothing yet: these are a fresh process's first answers.
    expect(answeringLoaded()).toBe(false);
    const asked = () => JSON.stringify(QUESTIONS.map(([q, hint]) => answer(coverage, q, hint)));
    const cold = asked();
    await warmUpAnswering(coverage);
    expect(answeringLoaded()).toBe(true);
    expect(asked()).toBe(cold);
  });
});
