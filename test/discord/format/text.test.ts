import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedLength } from 'discord.js';
import { escapeText, unescapeText, DISCORD_LIMITS, fitEmbed, truncate } from '../../../src/discord/format/text.js';
import { SEEDS_DIR } from '../../support/seed-coverage.js';

describe('escapeText', () => {
  it('escapes Discord markdown so it shows as typed', () => {
    expect(escapeText('**Putin** said _no_ ~~deal~~ ||secret||')).toBe(
      '\\*\\*Putin\\*\\* said \\_no\\_ \\~\\~deal\\~\\~ \\|\\|secret\\|\\|',
    );
  });

  it('escapes headings, lists and masked links, which titles and descriptions render', () => {
    expect(escapeText('# Breaking')).toBe('\\# Breaking');
    expect(escapeText('- Trump\n1. Putin')).toBe('\\- Trump\n1\\. Putin');
    expect(escapeText('[Kremlin](https://example.com)')).toContain('\\[Kremlin]');
  });

  it('breaks @everyone, @here and user, role and channel mentions with a zero-width space', () => {
    const shown = escapeText('@everyone @here <@123456789012345678> <@&223456789012345678> <#323456789012345678>');
    expect(shown).not.toMatch(/@everyone|@here|<@\d|<@&|<#\d/);
    expect(shown.replaceAll('\u200b', '')).toBe('@everyone @here <@123456789012345678> <@&223456789012345678> <#323456789012345678>');
  });
});

describe('unescapeText', () => {
  it('gives back exactly the text escapeText was given', () => {
    for (const text of [
      'When did Trump and Putin meet in Alaska?',
      '**when** did <@123456789012345678> say `hello` \\ to @everyone?',
      '# heading\n- item [link](https://sputnikglobe.com/a_(b)) 😀',
    ]) {
      expect(unescapeText(escapeText(text))).toBe(text);
    }
  });
});

const article = readFileSync(`${SEEDS_DIR}/004_e0ba8cc3a8df5508.txt`, 'utf8');

describe('truncate', () => {
  it('returns text that fits unchanged', () => {
    expect(truncate('Putin congratulated Trump.', 26)).toBe('Putin congratulated Trump.');
  });

  it('cuts at a word boundary and marks the cut with an ellipsis', () => {
    const cut = truncate('Russian President Vladimir Putin has congratulated Trump', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('Russian President Vladimir…');
  });

  it('keeps the end of the text when cutting from the start', () => {
    const cut = truncate('Russian President Vladimir Putin has congratulated Trump', 30, 'start');
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('…Putin has congratulated Trump');
  });

  it('never splits a surrogate pair', () => {
    const flags = '🇺🇸🇷🇺'.repeat(20);
    for (let max = 2; max < 40; max++) {
      const cut = truncate(flags, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.isWellFormed()).toBe(true);
    }
  });
});

describe('fitEmbed', () => {
  it('cuts every part to its own limit', () => {
    const fitted = fitEmbed({
      title: article,
      description: article.repeat(2),
      fields: [{ name: article, value: article }],
      footer: { text: article },
    });
    expect(fitted.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(fitted.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(fitted.footer!.text.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooterText);
    expect(embedLength(fitted)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  it('drops the last fields, then shortens the description, to stay within 6,000 in total', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `Excerpt ${i + 1}`, value: article.slice(0, 1024) }));
    const fitted = fitEmbed({ title: 'Putin Signals Openness to Trump', description: article, fields });
    expect(embedLength(fitted)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(fitted.fields!.length).toBeLessThan(DISCORD_LIMITS.embedFields);
    expect(fitted.fields![0].name).toBe('Excerpt 1');
    expect(fitted.title).toBe('Putin Signals Openness to Trump');
  });
});
