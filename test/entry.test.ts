import { describe, expect, it, vi } from 'vitest';
import { progressLines } from '../src/entry.js';

describe("a long script's progress lines", () => {
  it('name the script, the clock time and the whole seconds since it began, on stderr', () => {
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    let clock = Date.parse('2026-12-05T04:30:00Z');
    const say = progressLines('eval', () => clock);
    say('squad');
    clock += 61_600;
    say('done');
    write.mockRestore();
    expect(written).toEqual(['[eval 04:30:00 +0 s] squad\n', '[eval 04:31:01 +62 s] done\n']);
  });
});
