/**
 * Real news pages as a user brings them: the naive text scrapes of all 136 article-extraction pages
 * (menus, teasers, comments and all) copied into a corpus folder and loaded through the real corpus
 * reader and cleaner; then the questions of eval/questions/news.json (written before any run, on
 * held-out pages) through the `answer()` every surface uses. MiniSearch BM25 over the raw scrape lines
 * is the anchor, as for SQuAD. Reported per part: `calibration` may be used to choose an abstention
 * threshold, `report` is for reporting only (eval/questions/README.md).
 * The same questions are then asked of the same 136 pages as saved HTML, the form users mostly bring (`npm run add`
 * saves pages as .html), loaded the same way: there the reader's Readability blocks are what the ranker sees.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type MiniSearch from 'minisearch';
import { answer } from '../../src/answer/answer.js';
import type { Excerpt } from '../../src/answer/types.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';
import { answers, compact, gotOf, loadNewsQuestions, NEWS_PARTS, topWithoutThreshold } from '../questions/questions.js';
import type { Miss, NewsPart, NewsQuestion } from '../questions/questions.js';
import { loadExtractionPages } from '../datasets.js';
import type { EvalContext, EvalSection } from '../run.js';
import { sentenceMiniSearch, type SentenceDoc } from '../squad.js';

interface PartScores {
  answerable: number;
  /** Answerable questions whose top excerpt is from an accepted page and holds a gold phrase. */
  top1: number;
  /** Answerable questions on which it abstained. */
  answerableAbstained: number;
  /** Of those, how many tops would have been right were there no abstention threshold (topWithoutThreshold). */
  answerableAbstainedRight: number;
  /** Answerable questions answered wrongly (wrong article or no gold phrase). */
  answerableWrong: number;
  furniture: number;
  /** Furniture-only questions answered: each should have abstained. */
  furnitureAnswered: number;
  absent: number;
  /** Questions about things no page covers, answered: each should have abstained. */
  absentAnswered: number;
  unsaid: number;
  /** Questions about the page's story asking a detail no page states (kind unsaid), answered: each should have abstained. */
  unsaidAnswered: number;
  /**
   * Excerpts shown (top and supporting) over the answerable, furniture and absent questions answered (the unsaid ones,
   * added in session 35, are counted by unsaidAnswered alone, so that this and the counts below stay comparable).
   */
  excerpts: number;
  /** Shown excerpts whose text is not in their page's true body: page furniture quoted as news. */
  furnitureExcerpts: number;
  /** The same, counting only the top excerpt of each answered question. */
  furnitureTopExcerpts: number;
  /** Answerable questions whose reply says a name they typed is in no article (Answer.unmentioned): a false claim or a typo. */
  answerableUnmentioned: number;
  /** Furniture-only and absent questions whose reply says so: the reply tells the user why the coverage cannot answer. */
  unanswerableUnmentioned: number;
  misses: Miss[];
}

interface AnchorScores {
  answerable: number;
  top1: number;
  /** MiniSearch never abstains: every furniture or absent question with any hit is answered (unsaid ones are not counted). */
  unanswerableAnswered: number;
  unanswerable: number;
}

export async function run({ nlp, datasets }: EvalContext): Promise<EvalSection> {
  const extraction = loadExtractionPages(datasets);
  const bodies = new Map(extraction.map((p) => [p.id, compact(p.body)]));
  const pages = extraction.map((p) => `${p.id}.txt`);
  const textDir = join(datasets, 'article-extraction', 'text');
  const { questions } = loadNewsQuestions();

  const started = performance.now();
  const { coverage, warnings } = await loadScrapes(nlp, textDir, pages);
  const loadMs = Math.round(performance.now() - started);
  const ms = sentenceMiniSearch(scrapeLines(textDir, pages));

  const inPart = (p: NewsPart) => questions.filter((q) => q.part === p);
  const scoredOver = (c: Coverage) =>
    Object.fromEntries(NEWS_PARTS.map((p) => [p, scoreOurs(c, bodies, inPart(p))])) as Record<NewsPart, PartScores>;
  const ours = scoredOver(coverage);
  const anchor = Object.fromEntries(NEWS_PARTS.map((p) => [p, scoreAnchor(ms, inPart(p))])) as Record<NewsPart, AnchorScores>;

  const htmlStarted = performance.now();
  const html = await loadScrapes(
    nlp,
    join(datasets, 'article-extraction', 'html'),
    extraction.map((p) => `${p.id}.html.gz`),
  );
  const htmlLoadMs = Math.round(performance.now() - htmlStarted);
  const oursHtml = scoredOver(html.coverage);

  const lines = [
    `${pages.length} text scrapes loaded as one corpus through loadCoverage (reader + cleaner): ${coverage.articles.length} articles, ` +
      `${coverage.index.size} sentences, ${warnings.length} pages skipped, in ${loadMs} ms. Questions on ${new Set(questions.map((q) => q.page)).size} held-out pages; ` +
      'the `report` part is for reporting only, `calibration` may choose an abstention threshold.',
    '',
    '| part | answerable | top-1 correct | abstained (right were there no threshold) | wrong | MiniSearch top-1 (raw lines) | furniture Qs answered ' +
      '| absent Qs answered | unsaid Qs answered | MiniSearch answered (furn.+abs.) | furniture excerpts / shown | furniture top excerpts ' +
      '| "no article mentions" said: answerable / furn.+abs. |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...NEWS_PARTS.flatMap((p) => [row(p, ours[p], anchor[p]), row(`${p}, saved HTML`, oursHtml[p])]),
    '',
    `The rows "saved HTML" ask the same questions of the same pages saved as HTML (\`html/<id>.html.gz\`, decompressed into ` +
      `a corpus folder as \`<id>.html\` and loaded the same way: ${html.coverage.articles.length} articles, ${html.coverage.index.size} ` +
      `sentences, ${html.warnings.length} pages skipped, in ${htmlLoadMs} ms), where the reader's Readability blocks (paragraphs, ` +
      'captions, list items, headings) are the text the ranker sees. MiniSearch is run on the raw scrape lines only.',
    '',
    "A furniture excerpt is one whose text is not in its page's true body (`ground-truth.json`; compared without whitespace, " +
      "quotes normalised). The benchmark's bodies leave out the headline, so a headline shown as an excerpt counts as furniture. " +
      'Misses (question, expected, got) are in the JSON numbers (`--json`). "No article mentions" counts the replies that say a ' +
      'name the question typed is in no article of the coverage (Answer.unmentioned), beside the abstention or the answer.',
  ];
  return {
    title: 'News pages: questions nobody tuned for (held-out article-extraction pages, text scrapes and saved HTML)',
    markdown: lines.join('\n'),
    numbers: {
      pages: pages.length,
      articles: coverage.articles.length,
      sentences: coverage.index.size,
      skipped: warnings,
      loadMs,
      ours,
      anchor,
      html: {
        articles: html.coverage.articles.length,
        sentences: html.coverage.index.size,
        skipped: html.warnings,
        loadMs: htmlLoadMs,
        ours: oursHtml,
      },
    },
  };
}

/** A row of the table: our scores on one part, beside MiniSearch's when it was run on the same pages. */
function row(part: string, o: PartScores, a?: AnchorScores): string {
  return (
    `| ${part} | ${o.answerable} | ${o.top1} | ${o.answerableAbstained} (${o.answerableAbstainedRight}) | ${o.answerableWrong} | ` +
    `${a?.top1 ?? '–'} | ${o.furnitureAnswered} / ${o.furniture} | ${o.absentAnswered} / ${o.absent} | ${o.unsaidAnswered} / ${o.unsaid} | ` +
    `${a ? `${a.unanswerableAnswered} / ${a.unanswerable}` : '–'} | ${o.furnitureExcerpts} / ${o.excerpts} | ${o.furnitureTopExcerpts} | ` +
    `${o.answerableUnmentioned} / ${o.answerable} ; ${o.unanswerableUnmentioned} / ${o.furniture + o.absent} |`
  );
}

/**
 * The pages (files of `fromDir`) copied into a fresh folder, as a user brings them, and loaded as the CLI loads a corpus.
 * A gzipped page (the benchmark's saved HTML, `<id>.html.gz`) is written decompressed, as the page was saved (`<id>.html`).
 */
export async function loadScrapes(nlp: EvalContext['nlp'], fromDir: string, pages: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'news-corpus-'));
  try {
    for (const f of pages) {
      if (f.endsWith('.gz')) writeFileSync(join(dir, f.slice(0, -'.gz'.length)), gunzipSync(readFileSync(join(fromDir, f))));
      else copyFileSync(join(fromDir, f), join(dir, f));
    }
    return await loadCoverage({ nlp, corpusDir: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every non-empty line of every scrape, as is: the anchor searches the pages without any cleaning. */
function scrapeLines(textDir: string, pages: readonly string[]): SentenceDoc[] {
  return pages.flatMap((f) => {
    const article = f.slice(0, -'.txt'.length);
    return readFileSync(join(textDir, f), 'utf8')
      .split('\n')
      .map((text, i) => ({ id: `${article}:${i}`, article, text: text.trim() }))
      .filter((d) => d.text !== '');
  });
}

function scoreOurs(coverage: Coverage, bodies: ReadonlyMap<string, string>, questions: readonly NewsQuestion[]): PartScores {
  const s: PartScores = {
    answerable: 0,
    top1: 0,
    answerableAbstained: 0,
    answerableAbstainedRight: 0,
    answerableWrong: 0,
    furniture: 0,
    furnitureAnswered: 0,
    absent: 0,
    absentAnswered: 0,
    unsaid: 0,
    unsaidAnswered: 0,
    excerpts: 0,
    furnitureExcerpts: 0,
    furnitureTopExcerpts: 0,
    answerableUnmentioned: 0,
    unanswerableUnmentioned: 0,
    misses: [],
  };
  const isFurniture = (e: Excerpt) => !(bodies.get(e.article.id) ?? '').includes(compact(e.text));
  for (const q of questions) {
    const a = answer(coverage, q.question);
    const top = a.excerpts[0];
    const miss = (expected: string) => s.misses.push({ id: q.id, question: q.question, expected, got: gotOf(a.abstained, top) });
    if (q.kind === 'unsaid') {
      s.unsaid++;
      if (!a.abstained) {
        s.unsaidAnswered++;
        miss('(abstain: unsaid)');
      }
      continue;
    }
    s.excerpts += a.excerpts.length;
    s.furnitureExcerpts += a.excerpts.filter(isFurniture).length;
    if (top && isFurniture(top)) s.furnitureTopExcerpts++;
    const saysUnmentioned = a.unmentioned.length > 0 ? 1 : 0;
    if (q.kind === 'answerable') s.answerableUnmentioned += saysUnmentioned;
    else s.unanswerableUnmentioned += saysUnmentioned;
    if (q.kind === 'answerable') {
      s.answerable++;
      if (answers(top?.article.id, top?.text ?? '', q.acceptPages ?? [q.page], q.answers ?? [])) s.top1++;
      else {
        if (a.abstained) {
          s.answerableAbstained++;
          const would = topWithoutThreshold(coverage, q.question);
          if (answers(would?.article.id, would?.text ?? '', q.acceptPages ?? [q.page], q.answers ?? [])) s.answerableAbstainedRight++;
        } else s.answerableWrong++;
        miss(`[${(q.acceptPages ?? [q.page]).map((p) => p.slice(0, 10)).join(', ')}] ${(q.answers ?? []).join(' | ')}`);
      }
    } else {
      if (q.kind === 'furniture') s.furniture++;
      else s.absent++;
      if (!a.abstained) {
        if (q.kind === 'furniture') s.furnitureAnswered++;
        else s.absentAnswered++;
        miss(`(abstain: ${q.kind})`);
      }
    }
  }
  return s;
}

function scoreAnchor(ms: MiniSearch, questions: readonly NewsQuestion[]): AnchorScores {
  const s: AnchorScores = { answerable: 0, top1: 0, unanswerableAnswered: 0, unanswerable: 0 };
  for (const q of questions.filter((x) => x.kind !== 'unsaid')) {
    const hit = ms.search(q.question)[0];
    if (q.kind === 'answerable') {
      s.answerable++;
      const [article, text] = [hit?.article as string | undefined, (hit?.text as string | undefined) ?? ''];
      if (answers(article, text, q.acceptPages ?? [q.page], q.answers ?? [])) s.top1++;
    } else {
      s.unanswerable++;
      if (hit) s.unanswerableAnswered++;
    }
  }
  return s;
}
