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
