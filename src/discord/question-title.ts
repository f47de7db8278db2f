import { DISCORD_LIMITS } from './discord-limits.js';
import { escapeText, unescapeText } from './escape.js';
import { truncate } from './truncate.js';

/** The question as an embed title: escaped, cut to the title limit. */
export function questionTitle(question: string): string {
  return truncate(escapeText(question), DISCORD_LIMITS.embedTitle);
}

/** True when the title shows the whole question, so a button can read it back exactly. */
export function titleHoldsQuestion(question: string): boolean {
  return escapeText(question).length <= DISCORD_LIMITS.embedTitle;
}

/** The question read back from a title written by questionTitle. */
export function questionFromTitle(title: string): string {
  return unescapeText(title);
}
