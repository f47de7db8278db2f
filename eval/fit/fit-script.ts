/**
 * How a fit script (eval/fit-*.ts) runs: every one starts through runFitScript; the page reader's (fit-cleaner,
 * fit-dates, fit-outlet) read their command line by readFitArguments and write their shipped weights file, or with
 * --check compare it with what the fit produces, by writeOrCheck. The ranker's script has options and a file of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readArguments, runEntry } from '../../src/entry.js';
import type { WeightsFile } from '../../src/models/linear-model.js';

/**
 * Runs a fit script's `main` as every program runs (src/entry.ts), but without checking the shipped models first: a fit
 * script is what rewrites a weights file of an older form, which the check would refuse.
 */
export function runFitScript(main: () => Promise<number | void>): void {
  runEntry(main, { readsModels: false });
}

/**
 * The command line of a fit script (`file.script -- [--check] [--pages]`): `check` compares instead of writing, `pages`
 * also prints where the fit pages lose; null after --help.
 */
export function readFitArguments(file: WeightsFile): { check: boolean; pages: boolean } | null {
  const options = { check: { type: 'boolean', default: false }, pages: { type: 'boolean', default: false } } as const;
  return readArguments({ options }, `usage: ${file.script} -- [--check] [--pages]`)?.values ?? null;
}

/**
 * Writes a fitted model to its shipped weights file (and prints it), headed by the version of the file's form the code
 * reads; or with `check` only checks: the shipped file must pass `checked`, the loader's check of its form (which
 * throws, naming the file and the script), and be what the fit (`file.script`) produces. Gives the script's exit code:
 * 1 when the check finds the file differs, else 0.
 */
export function writeOrCheck(file: WeightsFile, model: object, check: boolean, checked: (shipped: unknown) => unknown): number {
  const json = `${JSON.stringify({ version: file.version, ...model }, null, 2)}\n`;
  const url = new URL(`../../${file.path}`, import.meta.url);
  if (check) {
    const shipped = readFileSync(url, 'utf8');
    checked(JSON.parse(shipped));
    const same = shipped === json;
    console.error(same ? `${file.path} is what the fit produces` : `${file.path} differs from what ${file.script} produces`);
    return same ? 0 : 1;
  }
  writeFileSync(url, json);
  console.log(json);
  return 0;
}
