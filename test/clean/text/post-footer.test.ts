import { describe, expect, it } from 'vitest';
import { readPostFooter } from '../../../src/clean/text/post-footer.js';

describe('readPostFooter', () => {
  it('reads title and outlet from an "appeared first on" footer on its own line', () => {
    expect(
      readPostFooter('Peskov said the talks would go on.\nThe post Kremlin keeps door open to talks appeared first on Daily Sabah.\nMenu'),
    ).toEqual({
      title: 'Kremlin keeps door open to talks',
      outlet: 'Daily Sabah',
      rest: 'Peskov said the talks would go on.\n\nMenu',
    });
  });

  it('removes a footer glued to the previous sentence, keeping that sentence', () => {
    expect(
      readPostFooter('Interfax reported.The post Putin and Trump may have spoken, Kremlin says initially appeared on Example News.'),
    ).toEqual({
      title: 'Putin and Trump may have spoken, Kremlin says',
      outlet: 'Example News',
      rest: 'Interfax reported.',
    });
  });

  it('keeps an outlet that is a domain name', () => {
    expect(readPostFooter('The post Oil prices climb originally appeared on Example.com.')?.outlet).toBe('Example.com');
  });

  it('returns null for prose that only mentions a post', () => {
    expect(readPostFooter('The post office appeared to be closed on Monday, residents said.')).toBeNull();
  });
});
