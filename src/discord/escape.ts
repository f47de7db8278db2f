import { escapeMarkdown } from 'discord.js';

const ZWSP = '\u200b';

/**
 * Makes text from users or articles safe to show: Discord markdown is escaped (headings, lists and
 * masked links included, since a title or description renders them too) and mentions are broken
 * with a zero-width space so `@everyone` or `<@id>` shows as text. allowed_mentions already stops the
 * ping; this also stops the blue highlight that reads as one.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/@/g, `@${ZWSP}`)
    .replace(/<(?=[@#:]|a:|t:)/g, `<${ZWSP}`);
}

/** Inverse of escapeText: every backslash escapeText adds escapes the one character after it. */
export function unescapeText(shown: string): string {
  return shown.replaceAll(ZWSP, '').replace(/\\(.)/gsu, '$1');
}
