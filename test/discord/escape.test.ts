import { describe, expect, it } from 'vitest';
import { escapeText, unescapeText } from '../../src/discord/escape.js';

describe('escapeText', () => {
  it('escapes Discord markdown so it shows as typed', () => {
    expect(escapeText('**Putin** said _no_ ~~deal~~ ||secret||')).toBe('\\*\\*Putin\\*\\* said \\_no\\_ \\~\\~deal\\~\\~ \\|\\|secret\\|\\|');
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
