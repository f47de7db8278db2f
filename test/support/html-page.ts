/** An HTML page written for the tests: a doctype, `head` and `body` as given. */
export function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

/** Enough prose for Readability to take the element as the article. */
export const PROSE = [
  'The ceasefire talks in Riyadh ended on Tuesday without a joint statement, officials from both delegations said.',
  'Negotiators had worked through the night on a text covering prisoner exchanges and the reopening of two ports.',
  'A second round is expected next month, according to a diplomat briefed on the discussions who asked not to be named.',
  'Observers said the absence of a statement did not mean the talks had failed, only that the sides needed more time.',
];
/** A story of more than Readability's 500 characters (charThreshold): PROSE and two sentences more. */
export const STORY = [
  ...PROSE,
  'Both delegations are due to report to their governments before the end of the week, the diplomat added.',
  'Aid agencies welcomed the talks but warned that the ports must reopen before the winter to avoid shortages.',
];
/** PROSE as an `<article>` under its headline. */
export const ARTICLE = `<article><h1>Talks end without a statement</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
