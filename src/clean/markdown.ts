/**
 * Markdown syntax that articles saved as `*.md` carry (CommonMark): the markup is not article text
 * and would otherwise end up inside quoted excerpts. Only unambiguous constructs are undone — ATX
 * headings, block quotes, images, inline links, strong emphasis; single `*` or `_` are left alone
 * because prose and scrapes use them literally.
 */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/!\[[^\]\n]{0,300}\]\([^)\s]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)/g, '')
    .replace(/\[([^\]\n]{1,300})\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)/g, '$1')
    .replace(/\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])__(?=\S)([^_\n]{1,500}?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '$1');
}
