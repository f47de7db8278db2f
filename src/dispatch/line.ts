import { answer, followUpOf, type FollowUp } from '../answer/answer.js';
import { asksNothing } from '../answer/question/sanitize-question.js';
import { ASK_COMMANDS, type Answer, type AskCommand } from '../answer/types.js';
import type { Coverage } from '../coverage/types.js';
import { listSources, type Source } from '../present/sources.js';
import { quotesOf, selectQuotes } from '../quotes/select-quotes.js';
import type { QuoteSelection } from '../quotes/types.js';
import { buildTimeline } from '../timeline/build-timeline.js';
import type { Timeline } from '../timeline/types.js';

/** What a line typed at the REPL, given to the `ask` CLI, or sent to the bot in a DM or a mention asks for. */
export type Line =
  | { kind: 'ask'; question: string; command: AskCommand | null }
  | { kind: 'timeline'; topic: string | null }
  | { kind: 'quotes'; person: string | null }
  | { kind: 'sources' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'unknown'; command: string };

/**
 * `/when did they meet` → ask with hint `when`; `/timeline [topic]`, `/quotes [person]`, `/sources`, `/help`, `/quit`;
 * a plain line is a question. A question that asks nothing in words (asksNothing: "/who", "**", "@everyone", a bare
 * link) is empty, as a blank line is.
 */
export function parseLine(input: string): Line {
  const line = input.trim();
  if (line === '') return { kind: 'empty' };
  const m = /^\/(\w+)\s*([\s\S]*)$/.exec(line);
  if (!m) return asksNothing(line) ? { kind: 'empty' } : { kind: 'ask', question: line, command: null };
  const name = m[1].toLowerCase();
  const rest = m[2].trim();
  if ((ASK_COMMANDS as readonly string[]).includes(name)) {
    return asksNothing(rest) ? { kind: 'empty' } : { kind: 'ask', question: rest, command: name as AskCommand };
  }
  if (name === 'timeline') return { kind: 'timeline', topic: rest || null };
  if (name === 'quotes') return { kind: 'quotes', person: rest || null };
  if (name === 'sources') return { kind: 'sources' };
  if (name === 'help') return { kind: 'help' };
  if (name === 'quit' || name === 'exit') return { kind: 'quit' };
  return { kind: 'unknown', command: name };
}

/**
 * What a line gets from the core, the same on every text surface; each surface only formats it. A line that asks the
 * core nothing (help, quit, empty, an unknown command) comes back as it was parsed.
 */
export type LineReply =
  | { kind: 'answer'; answer: Answer; command: AskCommand | null }
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'quotes'; selection: QuoteSelection }
  | { kind: 'sources'; sources: Source[] }
  | Extract<Line, { kind: 'help' | 'quit' | 'empty' | 'unknown' }>;

/** What a surface provides to the dispatcher. */
export interface LineSurface {
  /** The coverage to read (the bot waits here while it loads). */
  coverage(): Coverage | Promise<Coverage>;
  /** Answers a question: in a conversation (askInConversation), or with the bot's own steps (rate limit, answer cache, follow-ups). */
  ask(question: string, command: AskCommand | null): Answer | Promise<Answer>;
}

/**
 * One conversation: a REPL session or the lines of one `ask --batch`, as a DM to the bot is (src/discord/ask.ts
 * askInDm). Each question is asked with what the one before leaves a follow-up (its subject, what it asked, whether it
 * was about one person or thing), so the same lines in the same order get the same answers on every surface.
 */
export interface Conversation {
  followUp: FollowUp;
}

/** The `ask` of a surface that holds a conversation: answers in it, and keeps what the question leaves for the next. */
export function askInConversation(coverage: Coverage, conversation: Conversation): LineSurface['ask'] {
  return (question, command) => {
    const a = answer(coverage, question, command, conversation.followUp);
    conversation.followUp = followUpOf(a);
    return a;
  };
}

/**
 * The one dispatcher over a text line, for the REPL, the `ask` CLI, DMs and mentions: `/ask /when … <question>`,
 * a plain question, `/timeline [topic]`, `/quotes [person]`, `/sources`, `/help`, `/quit`.
 */
export async function dispatchLine(input: string, surface: LineSurface): Promise<LineReply> {
  const line = parseLine(input);
  switch (line.kind) {
    case 'ask': {
      return { kind: 'answer', answer: await surface.ask(line.question, line.command), command: line.command };
    }
    case 'timeline':
      return { kind: 'timeline', timeline: buildTimeline(await surface.coverage(), line.topic ?? undefined) };
    case 'quotes':
      return { kind: 'quotes', selection: selectQuotes(quotesOf(await surface.coverage()), line.person) };
    case 'sources':
      return { kind: 'sources', sources: listSources(await surface.coverage()) };
    default:
      return line;
  }
}
