import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/corpus/normalize-date.js';

describe('normalizeDate', () => {
  it.each([
    ['2025-09-08', '2025-09-08'],
    ['2025-09-08T23:30:00-05:00', '2025-09-08'],
    ['2025/9/8', '2025-09-08'],
    ['2025-03', '2025-03'],
    ['2024', '2024'],
    ['September 8, 2025', '2025-09-08'],
    ['Sept. 8, 2025', '2025-09-08'],
    ['8 September 2025', '2025-09-08'],
    ['March 18th, 2025', '2025-03-18'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['2025-02-30', '2025-13-01', 'last Tuesday', 'Smarch 3, 2025', ''])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });
});
