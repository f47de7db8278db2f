/**
 * The footer that WordPress feeds (Yoast SEO's RSS footer and similar plugins) append to syndicated
 * posts: "The post <Title> appeared first on <Outlet>." or "… initially/originally appeared on …".
 * It may be glued to the previous sentence (`reported.The post …`).
 */
const FOOTER =
  /(^|[.!?"”’)]|\s)[ \t]*The post (.{1,300}?) (?:(?:first|initially|originally) )?appeared (?:first )?on (.{1,100}?)\.?[ \t]*(?=\n|$)/g;

/** Reads the last such footer sentence (title and outlet) and removes it from the text; null when there is none. */
export function readPostFooter(text: string): { title: string; outlet: string; rest: string } | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(FOOTER)) last = m;
  if (last === null) return null;
  const start = last.index + last[1].length;
  return {
    title: last[2].trim(),
    outlet: last[3].trim(),
    rest: text.slice(0, start) + text.slice(last.index + last[0].length),
  };
}
