import { createHash } from 'node:crypto';
import { ASK_COMMANDS, type AnswerType, type AskCommand } from '../answer/types.js';
import { DISCORD_LIMITS } from './discord-limits.js';

/**
 * What a button needs to act, carried in its custom id so buttons keep working after a restart.
 * `more` re-answers the question read back from the message; the hash proves the read-back is the
 * question that was asked (a long title is cut, and a cut question would answer differently).
 */
export type ButtonState =
  | { kind: 'more'; hint: AskCommand | null; page: number; questionHash: string }
  | { kind: 'context'; sentenceId: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; answerType: AnswerType; abstained: boolean; excerptIds: string[] }
  | { kind: 'sources'; page: number };

const ANSWER_TYPES: readonly AnswerType[] = ['date', 'person', 'place', 'number', 'reason', 'manner', 'thing', 'any'];

/** Versioned prefixes: a future layout gets new ones, and old messages' buttons fail cleanly. */
const PREFIX = { more: 'm1', context: 'c1', feedback: 'f1', sources: 's1' } as const;
/** Separates a custom id's prefix and fields. */
export const SEP = '|';

/** The prefixes of the answer and /sources buttons; a command's own buttons must use others. */
export const BUILT_IN_PREFIXES: readonly string[] = Object.values(PREFIX);

export function questionHash(question: string): string {
  return createHash('sha256').update(question).digest('base64url').slice(0, 12);
}

/**
 * The custom id for `state`, or null when it would not fit Discord's 100 characters. A vote keeps as
 * many of its excerpt ids as fit, featured first: the vote still counts without the rest.
 */
export function encodeButton(state: ButtonState): string | null {
  let id: string;
  switch (state.kind) {
    case 'more':
      id = [PREFIX.more, state.hint ?? '-', state.page, state.questionHash].join(SEP);
      break;
    case 'context':
      id = [PREFIX.context, state.sentenceId].join(SEP);
      break;
    case 'feedback': {
      const head = [PREFIX.feedback, state.vote === 'up' ? 'u' : 'd', state.answerType, state.abstained ? 'a' : 'x'];
      const ids = [...state.excerptIds];
      id = [...head, ids.join(',')].join(SEP);
      while (id.length > DISCORD_LIMITS.customId && ids.length > 0) {
        ids.pop();
        id = [...head, ids.join(',')].join(SEP);
      }
      break;
    }
    case 'sources':
      id = [PREFIX.sources, state.page].join(SEP);
      break;
  }
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

function parsePage(s: string | undefined): number | null {
  return s !== undefined && /^\d{1,4}$/.test(s) ? Number(s) : null;
}

/** Reads a custom id back; null for anything this version did not write. */
export function decodeButton(id: string): ButtonState | null {
  const sep = id.indexOf(SEP);
  if (sep === -1) return null;
  const prefix = id.slice(0, sep);
  const rest = id.slice(sep + 1);
  switch (prefix) {
    case PREFIX.more: {
      const [hint, page, hash, extra] = rest.split(SEP);
      const p = parsePage(page);
      const validHint = hint === '-' || (ASK_COMMANDS as readonly string[]).includes(hint);
      if (!validHint || p === null || !hash || extra !== undefined) return null;
      return { kind: 'more', hint: hint === '-' ? null : (hint as AskCommand), page: p, questionHash: hash };
    }
    case PREFIX.context:
      return rest ? { kind: 'context', sentenceId: rest } : null;
    case PREFIX.feedback: {
      const [vote, answerType, abstained, ids, extra] = rest.split(SEP);
      if (vote !== 'u' && vote !== 'd') return null;
      if (!(ANSWER_TYPES as readonly string[]).includes(answerType)) return null;
      if ((abstained !== 'a' && abstained !== 'x') || ids === undefined || extra !== undefined) return null;
      return {
        kind: 'feedback',
        vote: vote === 'u' ? 'up' : 'down',
        answerType: answerType as AnswerType,
        abstained: abstained === 'a',
        excerptIds: ids ? ids.split(',') : [],
      };
    }
    case PREFIX.sources: {
      const p = parsePage(rest);
      return p === null ? null : { kind: 'sources', page: p };
    }
    default:
      return null;
  }
}
