import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { button, buttonRow, encodeButtonId, decodeButtonId, parsePage } from './buttons.js';
import { DISCORD_LIMITS } from './text.js';

/**
 * The longest topic or name a page button can carry: Discord's 100-character custom id less the
 * prefix (at most four characters), the page and two separators. The slash options cap input to it.
 */
export const PAGE_ID_TEXT_MAX = DISCORD_LIMITS.customId - 4 - 4 - 2;

/**
 * A page button's custom id, `prefix|page|text`, carrying everything needed to rebuild the page so
 * the buttons keep working after a restart; null when the text is too long. No text is `-`
 * ("the whole coverage"), so an empty one stays distinguishable.
 */
export function encodePageId(prefix: string, page: number, text: string | null): string | null {
  return encodeButtonId(prefix, [Math.max(0, page), text === null ? '-' : `=${text}`]);
}

/** Reads back an id written by encodePageId with this prefix; null for any other id. */
export function decodePageId(prefix: string, id: string): { page: number; text: string | null } | null {
  const fields = decodeButtonId(prefix, id, 2, true);
  if (!fields) return null;
  const [field, text] = fields;
  const page = parsePage(field);
  if (page === null || (text !== '-' && !text.startsWith('='))) return null;
  return { page, text: text === '-' ? null : text.slice(1) };
}

/** Page `page` of `items`, clamped to the pages there are (at least one, possibly empty). */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): { page: number; pages: number; shown: T[] } {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { page: p, pages, shown: items.slice(p * perPage, (p + 1) * perPage) };
}

/** Previous / Next under page `page` of `pages`, or no row for a single page; `idFor` gives a page's custom id. */
export function pageButtons(page: number, pages: number, idFor: (page: number) => string): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  // Custom ids must differ within a message: on the first page "Previous" points at page 0, "Next" at 1.
  return buttonRow([
    button(idFor(Math.max(0, page - 1)), { label: '◀ Previous', disabled: page === 0 }),
    button(idFor(Math.min(pages - 1, page + 1)), { label: 'Next ▶', disabled: page >= pages - 1 }),
  ]);
}

/**
 * Previous / Next for a page whose buttons carry `text` (a timeline topic, a quoted person), or none when the text
 * is too long for a custom id: the slash options cap it, but a DM or a mention does not.
 */
export function textPageButtons(
  prefix: string,
  page: number,
  pages: number,
  text: string | null,
): APIActionRowComponent<APIButtonComponent>[] {
  if (encodePageId(prefix, 0, text) === null) return [];
  return pageButtons(page, pages, (to) => encodePageId(prefix, to, text)!);
}
