import { plainText, plainTextWithin } from '../../user-text/sanitize.js';
import { ASK_COMMANDS, type AskCommand } from '../types.js';

export interface SanitizedQuestion {
  /** Plain text: markup, mentions and invisible characters removed, whitespace folded, cut to `maxChars`. */
  text: string;
  /** A leading `/when`-style command, when the question starts with one. */
  command: AskCommand | null;
  notices: string[];
}

const COMMAND = new RegExp(`^/(${ASK_COMMANDS.join('|')})(?=\\s|$)`, 'i');

/** A question as the core reads it: plainText, a leading `/when`-style command taken off, cut to `maxChars`. */
export function sanitizeQuestion(raw: string, maxChars: number): SanitizedQuestion {
  const { text, command } = withoutCommand(plainText(raw));
  const within = plainTextWithin(text, maxChars);
  const notices = within.cut ? [`Your question was long; it was answered on its first ${maxChars} characters.`] : [];
  return { text: within.text, command, notices };
}

/**
 * Whether a question asks nothing in words: no word is left once it is made plain and its command taken off ("/who",
 * "**", "@everyone", a bare link, zero-width spaces). Every surface answers such a line as an empty one.
 */
export function asksNothing(raw: string): boolean {
  return withoutCommand(plainText(raw)).text === '';
}

function withoutCommand(plain: string): { text: string; command: AskCommand | null } {
  const m = COMMAND.exec(plain);
  return m ? { text: plain.slice(m[0].length), command: m[1].toLowerCase() as AskCommand } : { text: plain, command: null };
}
