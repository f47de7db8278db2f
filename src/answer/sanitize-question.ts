import { ASK_COMMANDS, type AskCommand } from './types.js';

export interface SanitizedQuestion {
  /** Plain text: markup, mentions and invisible characters removed, whitespace folded, cut to `maxChars`. */
  text: string;
  /** A leading `/when`-style command, when the question starts with one. */
  command: AskCommand | null;
  notices: string[];
}

const COMMAND = new RegExp(`^/(${ASK_COMMANDS.join('|')})(?=\\s|$)`, 'i');

/**
 * Turns raw user text (a slash-command option, a DM, a REPL line) into the plain question the core
 * reads. Everything a chat client may wrap a question in is reduced to its words, so `**when** did
 * <@123> meet?` and `when did they meet?` are the same question.
 */
export function sanitizeQuestion(raw: string, maxChars: number): SanitizedQuestion {
  let text = raw
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    // Markdown that works per line goes first, while the line breaks are still there: code fences,
    // block quotes and headings.
    .replace(/```[a-z]*\n|```/gi, ' ')
    .replace(/^[ \t]*(?:>+|#{1,6})[ \t]*/gm, '')
    // Discord mentions, channels, roles, custom emoji and timestamps: <@123>, <@&1>, <#1>, <:name:1>, <t:1:R>.
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/<a?:(\w+):\d+>/g, ' ')
    .replace(/<t:\d+(?::\w)?>/g, ' ')
    .replace(/@(everyone|here)\b/gi, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    // Inline markdown: code, emphasis, strike, spoilers, links.
    .replace(/[`*_~|]+/g, ' ')
    .replace(/\[([^\]]*)\]\((?:[^)]*)\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

  let command: AskCommand | null = null;
  const m = COMMAND.exec(text);
  if (m) {
    command = m[1].toLowerCase() as AskCommand;
    text = text.slice(m[0].length).trim();
  }

  const notices: string[] = [];
  const chars = [...text];
  if (chars.length > maxChars) {
    // Cut at a word boundary: drop the word the limit falls inside, keep one it falls just after.
    const head = chars.slice(0, maxChars).join('');
    text = /\s/.test(chars[maxChars]) ? head.trimEnd() : head.replace(/\s+\S*$/, '');
    notices.push(`Your question was long; it was answered on its first ${maxChars} characters.`);
  }
  return { text, command, notices };
}
