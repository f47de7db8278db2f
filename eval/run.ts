/**
 * `npm run eval`: every quality measurement of the project, in one run, written to eval/results.md.
 * Each file in eval/sections/ is one section (SQuAD retrieval, news questions, extraction, …) and
 * exports `run(context)` returning its markdown and its numbers.
 *   npm run eval -- [--only NAME[,NAME…]] [--json]
 * Only this runner and `npm run bench` read ../shared; the tests never do.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createNlp, type Nlp } from '../src/analyse/nlp.js';
import { checkShippedModels } from '../src/models/shipped-models.js';

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
const DATASETS = new URL('../../shared/datasets/', import.meta.url).pathname;

async function main(): Promise<void> {
  // What is measured is the product, with the models it ships.
  checkShippedModels();
  const { values } = parseArgs({ options: { only: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const only = values.only ? new Set(values.only.split(',')) : null;
  const names = readdirSync(SECTIONS)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => basename(f, '.ts'))
    .filter((n) => !only || only.has(n))
    .sort();
  const context: EvalContext = { nlp: createNlp(), datasets: DATASETS };
  const results: Record<string, EvalSection> = {};
  for (const name of names) {
    const started = performance.now();
    const { run } = (await import(new URL(`${name}.ts`, SECTIONS).href)) as { run: SectionRunner };
    results[name] = await run(context);
    console.error(`eval: ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (values.json) {
    console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([n, s]) => [n, s.numbers]))));
    return;
  }
  const markdown = Object.values(results)
    .map((s) => `## ${s.title}\n\n${s.markdown.trim()}\n`)
    .join('\n');
  console.log(markdown);
  if (!only) writeFileSync(new URL('./results.md', import.meta.url), `# Quality, measured by \`npm run eval\`\n\n${markdown}`);
}

await main();
