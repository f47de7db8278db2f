import { embedLength, type APIEmbed } from 'discord.js';
import { DISCORD_LIMITS } from './discord-limits.js';

const ELLIPSIS = '…';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Cuts `text` to at most `max` UTF-16 units, marking the cut with an ellipsis. `from: 'start'` keeps
 * the end of the text instead (for the words before an answer). Never splits a surrogate pair, and
 * prefers to cut at a space when one is near, so words stay whole.
 */
export function truncate(text: string, max: number, from: 'end' | 'start' = 'end'): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  const keep = max - ELLIPSIS.length;
  if (from === 'end') {
    let cut = keep;
    if (isLowSurrogate(text.charCodeAt(cut)) && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
    const space = text.lastIndexOf(' ', cut);
    // A word boundary within the last fifth of the kept text is worth the few characters it costs.
    if (space > cut * 0.8) cut = space;
    return text.slice(0, cut).trimEnd() + ELLIPSIS;
  }
  let cut = text.length - keep;
  if (isLowSurrogate(text.charCodeAt(cut)) && isHighSurrogate(text.charCodeAt(cut - 1))) cut++;
  const atWordStart = text.charAt(cut - 1) === ' ';
  const space = text.indexOf(' ', cut);
  if (!atWordStart && space !== -1 && space - cut < keep * 0.2) cut = space;
  return ELLIPSIS + text.slice(cut).trimStart();
}

/**
 * Returns a copy of `embed` within every embed limit. Each part is cut to its own limit; if the total
 * is still over 6,000, fields are dropped from the last (the least relevant) and then the description
 * is shortened, so the title, the top of the description and the footer always survive.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const L = DISCORD_LIMITS;
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, L.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, L.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, L.embedFooterText) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, L.embedAuthorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, L.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, L.embedFieldName) || '\u200b',
      value: truncate(f.value, L.embedFieldValue) || '\u200b',
    }));
  }
  while (embedLength(out) > L.embedTotal && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
  }
  const over = embedLength(out) - L.embedTotal;
  if (over > 0 && out.description) {
    out.description = truncate(out.description, Math.max(0, out.description.length - over));
  }
  return out;
}
