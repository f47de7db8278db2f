import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../src/clean/boilerplate.js';
import { CLEAN_DEFAULTS } from '../../src/clean/clean-defaults.js';
import { normalizeText } from '../../src/clean/normalize-text.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const remove = (text: string) => removeBoilerplate(text, CLEAN_DEFAULTS);
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe('removeBoilerplate', () => {
  it('keeps every line of the seeds that carry no boilerplate', () => {
    for (const name of ['000_9fa6195cd0faa982.txt', '002_62dcc4dcba42d8bd.txt', '003_31b76e603aeb2cfa.txt']) {
      const text = normalizeText(readFileSync(join(SEEDS, name), 'utf8'));
      expect(lines(remove(text))).toEqual(lines(text));
    }
  });

  it('keeps every prose paragraph of 004 and drops its furniture', () => {
    const text = normalizeText(readFileSync(join(SEEDS, '004_e0ba8cc3a8df5508.txt'), 'utf8'));
    const kept = lines(remove(text));
    const prose = lines(text).filter((l) => /[.\u201D]$/.test(l) && l.split(' ').length >= 8 && !l.includes(' / '));
    expect(prose.length).toBeGreaterThanOrEqual(11);
    for (const p of prose) expect(kept).toContain(p);
    for (const gone of ['Comments0', '300', 'Latest Stories', 'You May Also Like', 'Popular Now', 'Must-Reads', 'DEBATE', 'LATEST', 'Quick access']) {
      expect(kept.some((l) => l.includes(gone))).toBe(false);
    }
    expect(kept.some((l) => l.includes('Yonhap'))).toBe(false);
  });

  it('drops a menu of short lines at the end of 001 and keeps its prose', () => {
    const text = normalizeText(readFileSync(join(SEEDS, '001_6cafe41d9e784b11.txt'), 'utf8'));
    const kept = lines(remove(text));
    expect(kept.at(-1)).toMatch(/initially appeared on Ariana News\.$/);
    expect(kept).toEqual(lines(text).slice(0, kept.length));
  });

  it('drops a link-list section up to the next paragraph of prose', () => {
    const text = [
      'The summit in Alaska ended without an agreement on a ceasefire, officials said.',
      '',
      'Related Articles',
      'Zelensky Heads to Washington for Talks',
      'What the Alaska Summit Means for Europe',
      '',
      'Negotiators are expected to meet again in Geneva later this month, diplomats said.',
    ].join('\n');
    expect(lines(remove(text))).toEqual([
      'The summit in Alaska ended without an agreement on a ceasefire, officials said.',
      'Negotiators are expected to meet again in Geneva later this month, diplomats said.',
    ]);
  });

  it('drops a link-list section to the end when no prose follows', () => {
    const text = 'Putin spoke to reporters after the talks on Friday evening.\n\nMost Read\nOil Falls Again\nMarkets Rally on Ceasefire Hopes';
    expect(lines(remove(text))).toEqual(['Putin spoke to reporters after the talks on Friday evening.']);
  });

  it('keeps a single short line between paragraphs, like a subheading', () => {
    const text = 'The first round of talks ended on Monday without a deal.\n\nWhat comes next\n\nBoth sides will meet again in Istanbul next week, officials said.';
    expect(remove(text)).toBe(text);
  });

  it('drops an image alt text and its repeated caption but keeps the first copy of a distant repeat', () => {
    const caption = 'Trump and Putin at their summit in Helsinki in July 2018';
    const quote = '"We will not give up our land," Zelensky said in his nightly address on Sunday.';
    const text = [caption, caption, '', quote, '', 'The talks resumed on Monday in Riyadh, officials said.', '', 'Other news followed in the afternoon.', '', quote].join('\n');
    expect(lines(remove(text))).toEqual([quote, 'The talks resumed on Monday in Riyadh, officials said.', 'Other news followed in the afternoon.']);
  });

  it('keeps one copy of a paragraph the scrape doubled', () => {
    const paragraph = 'The Kremlin said on Monday that no date had been set for a summit.';
    expect(lines(remove(`${paragraph}\n${paragraph}\nTalks will continue.`))).toEqual([paragraph, 'Talks will continue.']);
  });

  it('keeps blank lines so paragraphs stay apart', () => {
    expect(remove('First paragraph ends here.\n\nComments0\n\nSecond paragraph ends here.')).toBe('First paragraph ends here.\n\n\nSecond paragraph ends here.');
  });
});
