/**
 * The `articles` CLI: what the bot keeps of each page of the corpus.
 *   npm run --silent articles -- [--json] [--corpus DIR]
 * With --json, one JSON object per line per article, in corpus order:
 * `{ "id", "title", "outlet", "published", "publishedInferred", "url", "byline", "text" }`, where `text`
 * is the cleaned body (paragraphs separated by a blank line) that every excerpt is a slice of and
 * unknown fields are null. The articles are the bot's own load (loadCoverage, through the store as `ask` and the
 * REPL load it), so a page is skipped, with the same warning, exactly when the bot skips it.
 * Without --json, a readable listing of the same.
 */
import type { CleanArticle } from '../corpus/types.js';
import { OPERATOR_MESSAGES, readArguments, runEntry, terminalSafe } from '../entry.js';
import { USER_MESSAGES } from '../user-messages.js';
import { loadLocalCoverage } from './local-coverage.js';

const USAGE = 'usage: npm run --silent articles -- [--json] [--corpus DIR]';

/** The article as `articles --json` prints it: the keys in this order, nothing else. */
function articleJson(article: CleanArticle): Record<string, unknown> {
  const { title, outlet, published, publishedInferred, url, byline } = article.meta;
  return { id: article.id, title, outlet, published, publishedInferred, url, byline, text: article.text };
}

/** A readable block: the id and title, outlet · date · link · byline (unknowns said in words), then the text. */
function renderArticle(article: CleanArticle): string {
  const { title, outlet, published, publishedInferred, url, byline } = article.meta;
  const date = published === null ? USER_MESSAGES.unknownDate : publishedInferred ? `~${published} (inferred)` : published;
  const byWhom = byline === null ? USER_MESSAGES.unknownByline : `by ${byline}`;
  const about = [outlet ?? USER_MESSAGES.unknownOutlet, date, url ?? USER_MESSAGES.noLink, byWhom].join(' · ');
  // The id is the file's stem, which no cleaning touched (terminalSafe); the rest is cleaned page text and metadata.
  return `== ${terminalSafe(article.id)}: ${title ?? 'untitled'}\n   ${about}\n\n${article.text}\n`;
}

async function main(): Promise<number> {
  const args = readArguments({ options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' } } }, USAGE);
  if (args === null) return 0;
  const { values } = args;
  const { coverage, warnings } = await loadLocalCoverage(values.corpus);
  for (const w of warnings) console.error(OPERATOR_MESSAGES.warning(w));
  for (const article of coverage.articles) console.log(values.json ? JSON.stringify(articleJson(article)) : renderArticle(article));
  return 0;
}

runEntry(main);
