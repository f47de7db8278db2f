import { ASK_COMMANDS, type AskCommand } from '../answer/types.js';

/** What a line typed at the REPL or given to the `ask` CLI asks for. */
export type Line =
  | { kind: 'ask'; question: string; command: AskCommand | null }
  | { kind: 'timeline'; topic: string | null }
  | { kind: 'quotes'; person: string | null }
  | { kind: 'sources' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'unknown'; command: string };

/** `/when did they meet` → ask with hint `when`; `/timeline [topic]`, `/quotes [person]`, `/sources`, `/help`, `/quit`; a plain line is a question. */
export function parseLine(input: string): Line {
  const line = input.trim();
  if (line === '') return { kind: 'empty' };
  const m = /^\/(\w+)\s*([\s\S]*)$/.exec(line);
  if (!m) return { kind: 'ask', question: line, command: null };
  const name = m[1].toLowerCase();
  const rest = m[2].trim();
  if ((ASK_COMMANDS as readonly string[]).includes(name)) {
    return rest === '' ? { kind: 'empty' } : { kind: 'ask', question: rest, command: name as AskCommand };
  }
  if (name === 'timeline') return { kind: 'timeline', topic: rest || null };
  if (name === 'quotes') return { kind: 'quotes', person: rest || null };
  if (name === 'sources') return { kind: 'sources' };
  if (name === 'help') return { kind: 'help' };
  if (name === 'quit' || name === 'exit') return { kind: 'quit' };
  return { kind: 'unknown', command: name };
}

export const HELP = `Ask a question about the coverage; answers are sentences quoted from the articles, with their source.
  /ask <question>      any question            /when <question>   a date
  /who <question>      a person                /where <question>  a place
  /what <question>     a thing or a number     /why <question>    a reason
  /how <question>      a manner or a quantity  /sources           the articles indexed
  /timeline [topic]    dated events, in order  /quotes [person]   who said what
  /help                this text               /quit              leave
A plain line is asked as it is.`;
