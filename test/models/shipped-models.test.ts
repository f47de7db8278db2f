import { describe, expect, it } from 'vitest';
import { CLEAN_DEFAULTS } from '../../src/clean/defaults.js';
import { checkShippedModels } from '../../src/models/shipped-models.js';

// The settings carry each fitted model as its weights file ships it; a program refuses a file of another form when it
// starts (runEntry), not when a module is imported, so that the fit script can still run to rewrite it.
describe('the check of the shipped models where a program starts', () => {
  it('passes the weights files the repository ships', () => {
    expect(() => checkShippedModels()).not.toThrow();
  });

  it('refuses a weights file of another form, naming the file and the fit script to run', () => {
    // The shipped outlet file, read as a file of the next form would be (this test file has its own module instances).
    const shipped = CLEAN_DEFAULTS.outletChooser as unknown as { version: number };
    const { version } = shipped;
    shipped.version = version + 1;
    try {
      expect(() => checkShippedModels()).toThrow(
        `src/clean/metadata/outlet-weights.json: weights of form ${version + 1}, this code reads form ${version}; run npm run eval:fit-outlet`,
      );
    } finally {
      shipped.version = version;
    }
  });
});
