/**
 * The one sanitiser for text a user typed: questions, /timeline topics, /quotes names, autocomplete
 * input, DMs and REPL lines. Every surface and every core entry point (answer, buildTimeline,
 * selectQuotes, speakersTyped) goes through it, so the same words give the same result wherever they
 * were typed. Display escaping (Discord markdown, mentions) is the surface's part and starts from
 * `visibleText` (escapeText in src/discord/format/text.ts).
 */
import { foldLine } from '../corpus/shared-lines.js';

/** Line breaks and tabs among the control characters: they separate words, so they become spaces. */
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085]/g;
/**
 * What a reader cannot see but a matcher or a layout engine would act on: the remaining control
 * characters (NUL included), format characters (zero-width spaces and joiners, the soft hyphen, word
 * joiner, BOM and the bidirectional overrides and isolates U+202A–E, U+2066–9, which reorder what is
 * shown: Unicode TR #9) and lone surrogates (half of an emoji cut in two, invalid UTF-16 that JSON and
 * Discord reject or show as U+FFFD).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * Text with nothing invisible left in it: line breaks kept (markdown works per line), every other control,
 * format character and lone surrogate removed, what is visible untouched (article text stays verbatim).
 * Everything shown on Discord goes through it (escapeText in src/discord/format/text.ts).
 */
export function visibleText(raw: string): string {
  return raw.replace(SPACING_CONTROLS, (c) => (c === '\n' ? '\n' : ' ')).replace(INVISIBLE, (c) => (c === '\n' ? c : ''));
}

/**
 * The words of user text, for matching: visibleText in NFKC (full-width and compatibility letters read as
 * their plain forms), then everything a chat client may wrap words in
 * reduced to the words, so `@everyone **when** did they meet? [x](https://…)` and `when did they meet? x`
 * are the same question. Mentions, custom emoji and URLs are not words and are dropped; a timestamp becomes the date it
 * shows (timestampDate).
 */
export function plainText(raw: string): string {
  if (raw === settled || PLAIN_ALREADY.test(raw)) return raw;
  // Removing one piece can expose another ("@everyone # x" leaves a heading marker at the line start), so
  // the passes repeat until nothing changes: sanitised text then sanitises to itself. Two passes settle every
  // case found by the property test; four bound the work.
  let text = plainTextOnce(raw);
  for (let pass = 1; pass < 4; pass++) {
    const again = plainTextOnce(text);
    if (again === text) {
      settled = text;
      break;
    }
    text = again;
  }
  return text;
}

/**
 * The last text plainText's passes settled on, which plainText gives back as it is: a question is made plain and
 * then cut (sanitizeQuestion, plainTextWithin), and the second call's two passes of every rule were ~2% of answer().
 */
let settled = '';

/**
 * Printable ASCII that no rule of plainTextOnce changes: no control or invisible character, nothing NFKC folds, none of
 * the characters markup, mentions, links and escapes are made of (` * _ ~ | \ < > [ ] @ # + /), no line break, no
 * marker at the start, single spaces between words: such text is plain already. 95% of SQuAD's questions are; running
 * every rule twice on each (the second pass to see that nothing changes) was ~2% of answer().
 */
const PLAIN_ALREADY = /^[A-Za-z0-9"'(](?:[A-Za-z0-9,.?!'"();:%$&=-]| (?! |$))*$/;

/**
 * Discord's styles that show a date (Discord developer docs, Reference, "Message Formatting", timestamp styles): d and D
 * (date), f and F (date and time; f when no style is given), s and S (short date with time) and R ("2 months ago", a day
 * counted back). t and T show a time of day only.
 */
const DATE_STYLES = new Set([undefined, 'd', 'D', 'f', 'F', 's', 'S', 'R']);

/** Written as news write dates ("September 8, 2025"), which the date reader (chrono, src/dates) parses. */
const WRITTEN_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/**
 * The words of a Discord timestamp `<t:1757289600:D>`: the date it stands for, in UTC, written out. The asker sees that
 * date (in their own time zone, which the bot is not told, so near midnight it can be a day off); dropping the markup
 * left "what happened on ?" (faults5 Q11). A time of day alone (t, T), an unknown style (Discord shows the markup as
 * text) and a date outside four-digit years (no written date a news page holds) are no words of the question.
 */
function timestampDate(seconds: string, style: string | undefined): string {
  if (!DATE_STYLES.has(style)) return ' ';
  const date = new Date(Number(seconds) * 1000);
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return ' ';
  return ` ${WRITTEN_DATE.format(date)} `;
}

function plainTextOnce(raw: string): string {
  return foldLine(
    visibleText(raw)
      .normalize('NFKC')
      // Markdown that works per line goes first, while the line breaks are still there: code fences,
      // block quotes, headings, subtext (-#) and list bullets.
      .replace(/```[a-z]*\n|```/gi, ' ')
      .replace(/^[ \t]*(?:>+|#{1,6}|-#|[-*+](?=\s))[ \t]*/gm, '')
      // Discord mentions, channels, roles, slash commands, custom emoji and timestamps.
      .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
      .replace(/<\/[\w -]+:\d+>/g, ' ')
      .replace(/<a?:(\w+):\d+>/g, ' ')
      .replace(/<t:(-?\d+)(?::(\w))?>/g, (_markup, seconds: string, style: string | undefined) => timestampDate(seconds, style))
      .replace(/@(everyone|here)\b/gi, ' ')
      // A typed @name opening a message addresses it, as on Twitter (Honeycutt & Herring 2009: nearly 91% of the @ in English
      // tweets addressed someone, by a name at the start), and is no word of what is asked; one inside the text names someone.
      .replace(/^\s*@[\p{L}\p{N}_.-]+[,:]?(?=\s+\S)/u, ' ')
      // Masked links keep their words, the address goes; so does a bare or bracketed address. Neither part runs past a
      // bracket (nor the address past a space, which Discord's links do not hold): each "[" of "[[[…" scanned to the end
      // of the text, so 40,000 of them took 2.2 s, where the work is now in proportion to the length.
      .replace(/\[([^[\]]*)\]\(\s*<?[^)[\]\s]*>?\s*\)/g, '$1')
      .replace(/<?\bhttps?:\/\/[^\s>]*>?/gi, ' ')
      // Struck-through words are the writer's retraction ("~~when~~ who is …"): Discord and GFM strike text between double
      // tildes, and HTML's <s> marks "contents that are no longer accurate or no longer relevant" (HTML LS §4.5.6), so they
      // are no words of the message. An escaped tilde (`\~`) strikes nothing.
      .replace(/(?<!\\)~~(?!~)[^~\n]+?(?<!\\)~~/g, ' ')
      // Inline markdown: code, emphasis, strike, spoilers, and the backslash that escapes one.
      .replace(/\\(?=[\\`*_~|[\]()<>#-])/g, '')
      .replace(/[`*_~|]+/g, ' '),
  );
}

/** plainText cut to at most `maxChars` code points at a word boundary; `cut` says whether anything went. */
export function plainTextWithin(raw: string, maxChars: number): { text: string; cut: boolean } {
  const text = plainText(raw);
  const chars = [...text];
  if (chars.length <= maxChars) return { text, cut: false };
  // Cut at a word boundary: drop the word the limit falls inside, keep one it falls just after.
  const head = chars.slice(0, maxChars).join('');
  return { text: /\s/.test(chars[maxChars]) ? head.trimEnd() : head.replace(/\s+\S*$/, ''), cut: true };
}

/** A /timeline topic or /quotes name as the core matches it and surfaces show it; null when no word is left. */
export function plainTopic(raw: string | null | undefined): string | null {
  return plainText(raw ?? '') || null;
}
