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
    // Discord mentions, channels, roles, custom emoji and timestamps: <@123>, <@&1>, <#1>, <:name:1>, <t:1:R>.
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/<a?:(\w+):\d+>/g, ' ')
    .replace(/<t:\d+(?::\w)?>/g, ' ')
    .replace(/@(everyone|here)\b/gi, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    // Markdown: code fences, inline code, emphasis, strike, spoilers, quotes, headings, links.
    .replace(/```[a-z]*\n?|```/gi, ' ')
    .replace(/[`*_~|]+/g, ' ')
    .replace(/\[([^\]]*)\]\((?:[^)]*)\)/g, '$1')
    .replace(/^\s*(?:>+|#{1,6})\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

  let command: AskCommand | null = null;
  const m = COMMAND.exec(text);
  if (m) {
    command = m[1].toLowerCase() as AskCommand;
    text = text.slice(m[0].length).trim();
  }

  const notices: string[] = [];
  if ([...text].length > maxChars) {
    text = [...text].slice(0, maxChars).join('').replace(/\s+\S*$/, '');
    notices.push(`Your question was long; it was answered on its first ${maxChars} characters.`);
  }
  return { text, command, notices };
}
