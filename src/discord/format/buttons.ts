import { createHash } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { ANSWER_TYPES, ASK_COMMANDS, type AnswerType, type AskCommand } from '../../answer/types.js';
import { DISCORD_LIMITS } from './text.js';

/**
 * Button custom ids, the one scheme every owner (the answer buttons, each paged command) writes its ids
 * with: `prefix|field|field…`. The id carries everything the button needs, so buttons keep working after a
 * restart. Each owner has its own versioned prefix (a new layout gets a new one, and old messages' buttons
 * then fail cleanly); commands/ modules declare theirs and the loader refuses a clash.
 */
const SEP = '|';

/** The owner's prefix of a custom id (the part before the first separator). */
export function buttonPrefix(id: string): string {
  return id.split(SEP, 1)[0];
}

/** The custom id for `fields` under `prefix`, or null when it would not fit Discord's 100 characters. */
export function encodeButtonId(prefix: string, fields: readonly (string | number)[]): string | null {
  const id = [prefix, ...fields].join(SEP);
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/**
 * The `count` fields of an id written by encodeButtonId with `prefix`, or null for any other id. With
 * `freeTextLast` the last field keeps any separators it holds (a topic, a name); otherwise an id with
 * more fields than `count` is not one this owner wrote.
 */
export function decodeButtonId(prefix: string, id: string, count: number, freeTextLast = false): string[] | null {
  if (!id.startsWith(`${prefix}${SEP}`)) return null;
  const parts = id.slice(prefix.length + 1).split(SEP);
  if (parts.length < count || (parts.length > count && !freeTextLast)) return null;
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join(SEP)];
}

/** A grey button, the one style the bot's buttons take; a label, an emoji or both say what it does. */
export function button(customId: string, look: { label?: string; emoji?: string; disabled?: boolean }): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId,
    ...(look.label ? { label: look.label } : {}),
    ...(look.emoji ? { emoji: { name: look.emoji } } : {}),
    ...(look.disabled !== undefined ? { disabled: look.disabled } : {}),
  };
}

/** The buttons as a message's one action row, or no row when there are none. */
export function buttonRow(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** A page number read back from a button's custom id (up to four digits), or null for anything else. */
export function parsePage(field: string | undefined): number | null {
  return field !== undefined && /^\d{1,4}$/.test(field) ? Number(field) : null;
}

/**
 * The answer buttons (More sources, Back, Context, 👍 / 👎) and the /sources pages: what a button needs to act,
 * carried in its custom id so buttons keep working after a restart.
 * `more` re-answers the question read back from the message; the hash proves the read-back is the
 * question that was asked (a long title is cut, and a cut question would answer differently).
 */
export type ButtonState =
  | { kind: 'more'; hint: AskCommand | null; page: number; questionHash: string }
  | { kind: 'context'; sentenceId: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; answerType: AnswerType; abstained: boolean; excerptIds: string[] }
  | { kind: 'sources'; page: number };

/** Versioned prefixes: a future layout gets new ones, and old messages' buttons fail cleanly. */
const PREFIX = { more: 'm1', context: 'c1', feedback: 'f1', sources: 's1' } as const;

/** The prefixes of the answer and /sources buttons; a command's own buttons must use others. */
export const BUILT_IN_PREFIXES: readonly string[] = Object.values(PREFIX);

/**
 * The mark a "more" button carries of the question it pages, checked against the question its message's title shows:
 * 12 base64url characters of SHA-256, 72 bits, so two questions agree by chance with odds of 2^-72, in 12 of the custom
 * id's 100 characters.
 */
export function questionHash(question: string): string {
  return createHash('sha256').update(question).digest('base64url').slice(0, 12);
}

/**
 * The custom id for `state`, or null when it would not fit Discord's 100 characters. A vote keeps as
 * many of its excerpt ids as fit, featured first: the vote still counts without the rest.
 */
export function encodeButton(state: ButtonState): string | null {
  switch (state.kind) {
    case 'more':
      return encodeButtonId(PREFIX.more, [state.hint ?? '-', state.page, state.questionHash]);
    case 'context':
      return encodeButtonId(PREFIX.context, [state.sentenceId]);
    case 'feedback': {
      const head = [state.vote === 'up' ? 'u' : 'd', state.answerType, state.abstained ? 'a' : 'x'];
      for (let kept = state.excerptIds.length; kept >= 0; kept--) {
        const id = encodeButtonId(PREFIX.feedback, [...head, state.excerptIds.slice(0, kept).join(',')]);
        if (id !== null) return id;
      }
      return null;
    }
    case 'sources':
      return encodeButtonId(PREFIX.sources, [state.page]);
  }
}

const isOneOf = <T extends string>(values: readonly T[], s: string): s is T => (values as readonly string[]).includes(s);

/** Reads a custom id back; null for anything this version did not write. */
export function decodeButton(id: string): ButtonState | null {
  const more = decodeButtonId(PREFIX.more, id, 3);
  if (more) {
    const [hint, page, hash] = more;
    const p = parsePage(page);
    if ((hint !== '-' && !isOneOf(ASK_COMMANDS, hint)) || p === null || !hash) return null;
    return { kind: 'more', hint: hint === '-' ? null : hint, page: p, questionHash: hash };
  }
  const context = decodeButtonId(PREFIX.context, id, 1);
  if (context) return context[0] ? { kind: 'context', sentenceId: context[0] } : null;
  const feedback = decodeButtonId(PREFIX.feedback, id, 4);
  if (feedback) {
    const [vote, answerType, abstained, ids] = feedback;
    if ((vote !== 'u' && vote !== 'd') || !isOneOf(ANSWER_TYPES, answerType) || (abstained !== 'a' && abstained !== 'x')) return null;
    return {
      kind: 'feedback',
      vote: vote === 'u' ? 'up' : 'down',
      answerType,
      abstained: abstained === 'a',
      excerptIds: ids ? ids.split(',') : [],
    };
  }
  const sources = decodeButtonId(PREFIX.sources, id, 1);
  const p = parsePage(sources?.[0]);
  return p === null ? null : { kind: 'sources', page: p };
}
