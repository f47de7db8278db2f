import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalysedArticle } from '../src/analyse/types.js';

/**
 * Writes SQuAD articles as a corpus folder for loadCoverage: one file per article and, for `copies` > 1,
 * replicas named `<id>#<copy>` like replicaOf's. Each file opens with front matter giving its title; a
 * replica's names its copy, which keeps the file's bytes distinct (readCorpus skips byte-identical
 * files) while the article text stays the same.
 */
export async function writeSquadCorpus(dir: string, articles: readonly AnalysedArticle[], copies: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let copy = 0; copy < copies; copy++) {
    for (const a of articles) {
      const id = copy === 0 ? a.id : `${a.id}#${copy}`;
      const title = copy === 0 ? a.meta.title : `${a.meta.title} (copy ${copy})`;
      await writeFile(join(dir, `${id.replace(/[^\w.()#-]/g, '_')}.txt`), `---\ntitle: ${title}\n---\n${a.text}\n`);
    }
  }
}
