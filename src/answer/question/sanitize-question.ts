import { plainText, plainTextWithin } from '../../user-text/sanitize.js';
import { USER_MESSAGES } from '../../present/messages.js';
import { ASK_COMMANDS, type AskCommand } from '../types.js';

export interface SanitizedQuestion {
  /** Plain text: markup, mentions and invisible characters removed, whitespace folded, cut to `maxChars`. */
  text: string;
  /** A leading `/when`-style command, when the question starts with one. */
  command: AskCommand | null;
  notices: string[];
}

const COMMAND = new RegExp(`^/(${ASK_COMMANDS.join('|')})(?=\\s|$)`, 'i');

/**
 * A question as the core reads it: plainText, a leading `/when`-style command taken off, and within `maxChars`: a longer
 * message is read as the last question it asks when that fits (lastQuestion), else cut to its first `maxChars`.
 */
export function sanitizeQuestion(raw: string, maxChars: number): SanitizedQuestion {
  const { text, command } = withoutCommand(plainText(raw));
  const within = plainTextWithin(text, maxChars);
  if (!within.cut) return { text: within.text, command, notices: [] };
  const last = lastQuestion(text, maxChars);
  if (last !== null) return { text: last, command, notices: [USER_MESSAGES.lastQuestionRead(maxChars)] };
  return { text: within.text, command, notices: [USER_MESSAGES.questionCut(maxChars)] };
}

/**
 * The last sentence of a message that ends in a question mark and fits in `maxChars`, or null. A long chat message gives
 * its context first and asks last (the session 36 probe's pasted paragraph, then "so when does the lander launch?"); the
 * question mark is what ends an interrogative sentence (Chicago Manual of Style 6.70), so the sentence it closes is the
 * question, wherever the cut would have fallen.
 */
function lastQuestion(text: string, maxChars: number): string | null {
  const sentences = text.split(/(?<=[.!?…])\s+/u);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i].trim();
    if (!sentence.endsWith('?') || !/\p{L}/u.test(sentence)) continue;
    return [...sentence].length <= maxChars ? sentence : null;
  }
  return null;
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
