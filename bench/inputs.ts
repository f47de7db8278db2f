import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { analyseArticle } from '../src/analyse/analyse-article.js';
import type { Nlp } from '../src/analyse/nlp.js';
import { cleanSourceFile, HtmlPageError } from '../src/clean/html/html-article.js';
import { CorpusError } from '../src/corpus/corpus-error.js';
import { readCorpus } from '../src/corpus/read-corpus.js';

/**
 * How long the corpus takes over inputs no article is (the brief of session 27: the cost of each refusal, and of the
 * largest input still read), each alone in a folder, read, cleaned and analysed as the coverage thread does. The
 * tests state the outcomes (test/corpus, test/clean/html/html-article.test.ts); this times them.
 */
const PROSE =
  'On August 15, talks were held in Alaska between the two presidents, who spoke for nearly three hours about trade and security.';
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Talks</title></head><body><article>${body}</article></body></html>`;
const lines = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i}.`).join('\n\n');
/** A live page: a short timestamp before each paragraph (each one an update-stamp check of its parent, session 28). */
const live = (n: number) =>
  page(
    `<h1>Talks</h1>` +
      Array.from(
        { length: n },
        (_, i) => `<p>${10 + (i % 12)}:${String(i % 60).padStart(2, '0')}, 19 November 2019</p><p>${PROSE}</p>`,
      ).join(''),
  );

const INPUTS: { name: string; file: string; content: () => string }[] = [
  { name: '20 MB page', file: 'big.html', content: () => page(`<p>${PROSE}</p>`.repeat((20 * 2 ** 20) / (PROSE.length + 7))) },
  { name: '50,000 nested `<div>`s', file: 'deep.html', content: () => page(`${'<div>'.repeat(50_000)}${PROSE}${'</div>'.repeat(50_000)}`) },
  { name: '2 MB on one line', file: 'line.txt', content: () => `${PROSE} `.repeat(2e6 / PROSE.length) },
  { name: '100,000 one-line paragraphs (text)', file: 'lines.txt', content: () => lines(100_000) },
  { name: '36,000 one-line paragraphs (text, ~455k characters)', file: 'fewer.txt', content: () => lines(36_000) },
  { name: '15,000 prose paragraphs (page, 2.4 MB)', file: 'long.html', content: () => page(`<p>${PROSE}</p>`.repeat(15_000)) },
  { name: '3,400 prose paragraphs (page, ~450k characters)', file: 'shorter.html', content: () => page(`<p>${PROSE}</p>`.repeat(3_400)) },
  { name: '2,500 timestamps between prose paragraphs (live page, ~370k characters)', file: 'live.html', content: () => live(2_500) },
];

export interface InputTiming {
  name: string;
  outcome: string;
  ms: number;
}

export async function measureInputs(nlp: Nlp, tmp: string): Promise<InputTiming[]> {
  const out: InputTiming[] = [];
  for (const input of INPUTS) {
    const dir = join(tmp, input.file);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, input.file), input.content());
    const started = performance.now();
    let outcome: string;
    try {
      const { files, warnings } = await readCorpus(dir);
      outcome = warnings.join('; ') || `${analyseArticle(nlp, cleanSourceFile(files[0])).sentences.length} sentences`;
    } catch (err) {
      if (err instanceof HtmlPageError) outcome = `refused: ${err.message}`;
      else if (err instanceof CorpusError) outcome = err.warnings.join('; ');
      else throw err;
    }
    out.push({ name: input.name, outcome, ms: performance.now() - started });
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

export function inputsMarkdown(rows: readonly InputTiming[], command: string): string {
  return [
    '## Inputs no article is',
    '',
    `By \`${command}\` (load average ${loadavg()[0].toFixed(1)} at the end): each file alone in a folder, read, cleaned and ` +
      'analysed in one process as the coverage thread does; wall time.',
    '',
    '| input | outcome | ms |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.outcome.replace(/\|/g, '\\|')} | ${Math.round(r.ms)} |`),
    '',
  ].join('\n');
}
