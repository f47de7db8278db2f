import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { ANSWER_TYPES } from '../../src/answer/types.js';
import { decodeEntities } from '../../src/clean/characters/decode-entities.js';
import { readFrontMatter } from '../../src/clean/text/front-matter.js';
import { replyTo } from '../../src/cli/repl.js';
import { PLAIN } from '../../src/present/answer.js';
import type { Coverage } from '../../src/coverage/types.js';
import { runCli } from '../support/run-cli.js';
import { seedCoverage } from '../support/seed-coverage.js';

/** Every name Object.prototype answers to: a dictionary that is a plain object finds these for any user. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
/** Places a user word lands in: the head noun of a what/which question, a command, a topic, a name. */
const TEMPLATES = [
  (w: string) => `what ${w} did they meet`,
  (w: string) => `which ${w} met Putin?`,
  (w: string) => `what is the ${w} of the summit`,
  (w: string) => `/what ${w}`,
  (w: string) => `/how ${w}`,
  (w: string) => `/who ${w}`,
  (w: string) => `how ${w} were the calls`,
  (w: string) => `${w} ${w}?`,
  (w: string) => `/timeline ${w}`,
  (w: string) => `/quotes ${w}`,
  (w: string) => `/${w}`,
  (w: string) => `two ${w} three ${w}`,
];

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

describe('user words named like Object.prototype members', () => {
  it('are answered by answer() as ordinary words, with an answer type from the vocabulary', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom(...TEMPLATES), (name, template) => {
        const a = answer(coverage, template(name));
        expect(ANSWER_TYPES).toContain(a.answerType);
        expect(JSON.stringify(a)).not.toContain('[native code]');
      }),
      { numRuns: 300 },
    );
  });

  it('get a reply from the REPL and CLI dispatcher for every line', async () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const template of TEMPLATES) {
        const reply = await replyTo(coverage, template(name), PLAIN);
        expect(typeof reply).toBe('string');
        expect(reply).not.toContain('[native code]');
      }
    }
  });

  it('do not stop `ask --batch`: one JSON result per line, exit 0', async () => {
    const lines = PROTOTYPE_NAMES.flatMap((name) => TEMPLATES.map((t) => t(name)));
    const run = await runCli('src/cli/ask.ts', ['--batch', '--json'], `${lines.join('\n')}\n`);
    expect(run.code).toBe(0);
    const out = run.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    for (const line of out) expect(line).not.toContain('[native code]');
  });
});

describe('article text named like Object.prototype members', () => {
  it('is left as it is by the entity decoder and read as an unknown front-matter key', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(decodeEntities(`a &${name}; b`)).toBe(`a &${name}; b`);
      expect(readFrontMatter(`---\n${name}: x\ntitle: T\n---\nBody.`)?.meta).toEqual({ title: 'T' });
    }
  });
});
