import {
  escapeMarkdown,
  embedLength,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type MessageMentionOptions,
} from 'discord.js';
import { visibleText } from '../../user-text/sanitize.js';

/**
 * Hard limits of the Discord API (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * A message over any of them is rejected with a 400, so every formatter fits its output to these.
 * Lengths are counted in UTF-16 code units, which is never less than what Discord counts.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer text and author name. */
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  /** Choices one autocomplete response offers, and the characters of each choice's name and value (application commands). */
  autocompleteChoices: 25,
  choiceText: 100,
} as const;

/**
 * Pings nobody: user text and article text may hold `@everyone` or `<@id>`, and an answer should
 * never notify anyone. Sent with every message, on top of the client default, so no path forgets it.
 */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** A message as the formatters build it: plain API JSON, so tests can read it without a client. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
}

/** A short text-only message (notices, apologies), within the 2,000-character limit by construction. */
export function textPayload(content: string): ReplyPayload {
  return { content, embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

const ZWSP = '\u200b';

/**
 * Makes text from users or articles safe to show: invisible characters go (controls, bidi overrides, lone
 * surrogates: visibleText), Discord markdown is escaped (headings, lists and
 * masked links included, since a title or description renders them too) and mentions are broken
 * with a zero-width space so `@everyone` or `<@id>` shows as text. allowed_mentions already stops the
 * ping; this also stops the blue highlight that reads as one.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(visibleText(text), { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/@/g, `@${ZWSP}`)
    .replace(/<(?=[@#:]|a:|t:)/g, `<${ZWSP}`);
}

/** Inverse of escapeText: every backslash escapeText adds escapes the one character after it. */
export function unescapeText(shown: string): string {
  return shown.replaceAll(ZWSP, '').replace(/\\(.)/gsu, '$1');
}

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
    // Discord rejects an empty field name or value; a zero-width space shows as nothing.
    out.fields = out.fields.slice(0, L.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, L.embedFieldName) || ZWSP,
      value: truncate(f.value, L.embedFieldValue) || ZWSP,
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

/** The question as an embed title: escaped, cut to the title limit. */
export function questionTitle(question: string): string {
  return truncate(escapeText(question), DISCORD_LIMITS.embedTitle);
}

/** True when the title shows the whole question, so a button can read it back exactly. */
export function titleHoldsQuestion(question: string): boolean {
  return escapeText(question).length <= DISCORD_LIMITS.embedTitle;
}

/** The question read back from a title written by questionTitle. */
export function questionFromTitle(title: string): string {
  return unescapeText(title);
}
