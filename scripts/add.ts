/**
 * `npm run add -- [--corpus DIR] <url|file>...`: adds news pages to the corpus folder (`--corpus`, else
 * CORPUS_DIR, else the bundled seeds). A link is fetched (http(s) only, private addresses refused unless
 * ALLOW_PRIVATE_FETCH=1); a local `.html`, `.htm`, `.txt` or `.md` file is copied. One line per input;
 * exits non-zero when any input was not added for a reason other than being there already. A running bot
 * picks the new files up on /reindex, or at once with WATCH_CORPUS=1.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AddError, addArticle, knownArticles } from '../src/add/add-article.js';
import { ADD_DEFAULTS } from '../src/add/defaults.js';
import { readLocalConfig } from '../src/config/read-config.js';
import { readArguments, runEntry, UsageError } from '../src/entry.js';

const USAGE = 'usage: npm run add -- [--corpus DIR] <url|file>...';

async function main(): Promise<number> {
  const config = readLocalConfig();
  const parsed = readArguments({ options: { corpus: { type: 'string' } }, allowPositionals: true }, USAGE);
  if (parsed === null) return 0;
  if (parsed.positionals.length === 0) throw new UsageError('', USAGE);
  const dir = path.resolve(parsed.values.corpus ?? config.corpusDir);
  await mkdir(dir, { recursive: true });
  const known = await knownArticles(dir);
  const settings = { ...ADD_DEFAULTS.fetch, allowPrivate: config.allowPrivateFetch };
  let failed = 0;
  for (const input of parsed.positionals) {
    try {
      const outcome = await addArticle(input, dir, known, settings);
      if (outcome.status === 'duplicate') {
        console.log(`already in the corpus: ${input} (same ${outcome.same} as ${outcome.of})`);
        continue;
      }
      const { title, outlet, published } = outcome.meta;
      console.log(`added ${outcome.file}: ${title ?? '(no headline)'} — ${outlet ?? 'outlet unknown'}, ${published ?? 'date unknown'}`);
    } catch (err) {
      if (!(err instanceof AddError)) throw err;
      console.error(`not added: ${input}: ${err.message}`);
      failed++;
    }
  }
  if (failed < parsed.positionals.length) {
    console.log(`corpus: ${dir} (a running bot picks new files up on /reindex, or at once with WATCH_CORPUS=1)`);
  }
  return failed > 0 ? 1 : 0;
}

runEntry(main);
