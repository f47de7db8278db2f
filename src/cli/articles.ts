/**
 * The `articles` CLI: what the bot keeps of each page of the corpus.
 *   npm run --silent articles -- [--json] [--corpus DIR]
 * With --json, one JSON object per line per article, in corpus order:
 * `{ "id", "title", "outlet", "published", "publishedInferred", "url", "byline", "text" }`, where `text`
 * is the cleaned body (paragraphs separated by a blank line) that every excerpt is a slice of and
 * unknown fields are null. Text files and HTML pages are cleaned as the bot cleans them (cleanSourceFile).
 * Without --json, a readable listing of the same.
 */
import { cleanSourceFile, HtmlPageError } from '../clean/html-article.js';
import { readCorpus } from '../corpus/read-corpus.js';
import type { CleanArticle } from '../corpus/types.js';
import { readLocalConfig } from '../config/read-config.js';
import { OPERATOR_MESSAGES, readArguments, runEntry } from '../entry.js';
import { USER_MESSAGES } from '../present/messages.js';

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
  return `== ${article.id}: ${title ?? 'untitled'}\n   ${about}\n\n${article.text}\n`;
}

async function main(): Promise<number> {
  const config = readLocalConfig();
  const args = readArguments({ options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' } } }, USAGE);
  if (args === null) return 0;
  const { values } = args;
  const { files, warnings } = await readCorpus(values.corpus ?? config.corpusDir);
  for (const w of warnings) console.error(OPERATOR_MESSAGES.warning(w));
  for (const file of files) {
    let article: CleanArticle;
    try {
      article = cleanSourceFile(file);
    } catch (err) {
      // As the bot does (load-coverage): a hostile or empty HTML page is skipped with a warning.
      if (!(err instanceof HtmlPageError)) throw err;
      console.error(OPERATOR_MESSAGES.warning(OPERATOR_MESSAGES.skipped(file.path, err.message)));
      continue;
    }
    // The bot skips such a page too (load-coverage): say so rather than print an empty article.
    if (article.text === '') {
      console.error(OPERATOR_MESSAGES.warning(OPERATOR_MESSAGES.skipped(file.path, OPERATOR_MESSAGES.noArticleText)));
      continue;
    }
    console.log(values.json ? JSON.stringify(articleJson(article)) : renderArticle(article));
  }
  return 0;
}

runEntry(main);
