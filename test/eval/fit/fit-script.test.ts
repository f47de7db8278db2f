import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { DATE_WEIGHTS } from '../../../src/clean/metadata/date-chooser.js';
import { writeOrCheck } from '../../../eval/fit/fit-script.js';

describe('checking a shipped weights file', () => {
  it('reads the file at its path from the repository root and passes when it is what the fit produced', () => {
    const shipped = JSON.parse(readFileSync(new URL(`../../../${DATE_WEIGHTS.path}`, import.meta.url), 'utf8')) as { version: number };
    const { version, ...model } = shipped;
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(version).toBe(DATE_WEIGHTS.version);
    expect(writeOrCheck(DATE_WEIGHTS, model, true, (file) => file)).toBe(0);
    expect(writeOrCheck(DATE_WEIGHTS, { ...model, bias: 1e9 }, true, (file) => file)).toBe(1);
    expect(said.mock.calls.map(([line]) => String(line))).toEqual([
      `${DATE_WEIGHTS.path} is what the fit produces`,
      `${DATE_WEIGHTS.path} differs from what ${DATE_WEIGHTS.script} produces`,
    ]);
    said.mockRestore();
  });
});
