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
  let text = plainText(raw);
  let command: AskCommand | null = null;
  const m = COMMAND.exec(text);
  if (m) {
    command = m[1].toLowerCase() as AskCommand;
    text = text.slice(m[0].length);
  }
  const within = plainTextWithin(text, maxChars);
  const notices = within.cut ? [`Your question was long; it was answered on its first ${maxChars} characters.`] : [];
  return { text: within.text, command, notices };
}
