/** A line holding nothing but an e-mail address (optionally labelled), as in an author box. */
const EMAIL_LINE = /^[ \t]*(?:e-?mail[ \t]*:?[ \t]*)?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?[ \t]*$/i;

/** Name particles written in lower case inside personal names (de Gaulle, van der Leyen, bin Salman). */
export const PARTICLE = '(?:de|da|del|della|der|di|du|la|le|van|von|bin|al|ibn|y)';
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** Two to five name words: "Daniel Kim", "Mary-Jane O'Neil", "John F. Kennedy", "Ursula von der Leyen". */
const NAME = `${NAME_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${NAME_WORD}){1,4}`;
const NAME_LINE = new RegExp(`^[ \\t]*(${NAME})[ \\t]*$`, 'u');
/** "By Name", "By Name and Name", "By Name, Outlet" — a whole line, never the start of a sentence. */
const BY_LINE = new RegExp(
  `^[ \\t]*By[ \\t]+(${NAME}(?:[ \\t]*(?:,|and|&)[ \\t]*${NAME})*)(?:[ \\t]*[,|\\u2013\\u2014-][ \\t]*[^.!?\\n]{0,60})?[ \\t]*$`,
  'u',
);

/**
 * Reads the author from an author box (a name line directly followed by an e-mail line) or a
 * "By Name" line, and removes those lines and every other line that is only an e-mail address
 * (contact addresses are not article text). The first byline found wins; its whole line is returned
 * too (`line`), since it often carries the date ("By Jane Doe, Wednesday, 20 November 2019 08:05 GMT").
 */
export function readByline(text: string): { byline: string | null; rest: string; line?: string } {
  const lines = text.split('\n');
  const drop = new Set<number>();
  let byline: string | null = null;
  let bylineLine: string | undefined;
  lines.forEach((line, i) => {
    if (EMAIL_LINE.test(line)) {
      drop.add(i);
      const name = i > 0 ? NAME_LINE.exec(lines[i - 1]) : null;
      if (name !== null) {
        drop.add(i - 1);
        byline ??= name[1];
      }
      return;
    }
    const by = BY_LINE.exec(line);
    if (by !== null) {
      drop.add(i);
      byline ??= by[1];
      bylineLine ??= line;
    }
  });
  if (drop.size === 0) return { byline, rest: text };
  const rest = lines.filter((_, i) => !drop.has(i)).join('\n');
  return bylineLine === undefined ? { byline, rest } : { byline, rest, line: bylineLine };
}
