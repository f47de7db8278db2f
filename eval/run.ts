/**
 * `npm run eval`: every quality measurement of the project, in one run, written to eval/results.md.
 * Each file in eval/sections/ is one section (SQuAD retrieval, news questions, extraction, …) and
 * exports `run(context)` returning its markdown and its numbers.
 * Only this runner, the eval:fit-* scripts and `npm run bench` read ../shared; the tests never do.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createNlp, type Nlp } from '../src/analyse/nlp.js';
import { progressLines, readArguments, runEntry, UsageError } from '../src/entry.js';
import { DEFAULT_DATASETS } from './datasets.js';

const USAGE = 'usage: npm run eval -- [--only NAME[,NAME…]] [--json] [--datasets DIR]';

export interface EvalContext {
  nlp: Nlp;
  /** The shared datasets folder (`../shared/datasets` beside the project). */
  datasets: string;
}

export interface EvalSection {
  title: string;
  markdown: string;
  numbers: Record<string, unknown>;
}

type SectionRunner = (context: EvalContext) => Promise<EvalSection>;

const SECTIONS = new URL('./sections/', import.meta.url);

async function main(): Promise<void> {
  const parsed = readArguments(
    { options: { only: { type: 'string' }, json: { type: 'boolean', default: false }, datasets: { type: 'string' } } },
    USAGE,
  );
  if (!parsed) return;
  const { values } = parsed;
  const sections = readdirSync(SECTIONS)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => basename(f, '.ts'))
    .sort();
  const only = values.only?.split(',') ?? sections;
  const unknown = only.filter((n) => !sections.includes(n));
  if (unknown.length > 0) throw new UsageError(`--only takes ${sections.join(', ')}; got "${unknown.join(', ')}"`, USAGE);
  const names = sections.filter((n) => only.includes(n));
  const context: EvalContext = { nlp: createNlp(), datasets: values.datasets ?? DEFAULT_DATASETS };
  const results: Record<string, EvalSection> = {};
  const say = progressLines('eval');
  for (const name of names) {
    const { run } = (await import(new URL(`${name}.ts`, SECTIONS).href)) as { run: SectionRunner };
    results[name] = await run(context);
    say(`${name} done`);
  }
  if (values.json) {
    console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([n, s]) => [n, s.numbers]))));
    return;
  }
  const markdown = Object.values(results)
    .map((s) => `## ${s.title}\n\n${s.markdown.trim()}\n`)
    .join('\n');
  console.log(markdown);
  if (!values.only) writeFileSync(new URL('./results.md', import.meta.url), `# Quality, measured by \`npm run eval\`\n\n${markdown}`);
}

// What is measured is the product, with the models it ships (runEntry checks them first).
runEntry(main);
