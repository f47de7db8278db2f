import { addressWhole } from '../analyse/address-cuts.js';
import type { ArticleRef, Disagreement, Answer, Excerpt } from '../answer/types.js';
import { matchStrength } from '../answer/confidence.js';
import { articleRef } from '../answer/article-ref.js';
import type { Coverage } from '../coverage/types.js';
import { unmentionedNotice, USER_MESSAGES } from '../user-messages.js';

/**
 * "Sputnik, 2025-09-08 · "Title" · https://…", leaving out what is unknown. A citation always names its article: with
 * no outlet, title or link it says "untitled article (id)", so that a date alone never stands for a source.
 */
export function citation(article: ArticleRef): string {
  const source = [article.outlet, article.published].filter(Boolean).join(', ');
  const named = article.outlet || article.title || article.url;
  const parts = [
    source,
    article.title ? `"${article.title}"` : null,
    article.url,
    named ? null : USER_MESSAGES.untitledArticle(article.id),
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * One line per disagreement, each value with its source: the outlet, else the article's title as the
 * answer's excerpts cite it, else "untitled article (id)":
 * `Outlets differ on phone calls: Northern Wire says three, Coastal Times says two`.
 */
export function renderDisagreements(disagreements: readonly Disagreement[], excerpts: readonly Excerpt[] = []): string[] {
  const titles = new Map(excerpts.map((e) => [e.article.id, e.article.title]));
  const source = (v: Disagreement['values'][number]) => {
    const title = titles.get(v.articleId);
    return v.outlet ?? (title ? `"${title}"` : USER_MESSAGES.untitledArticle(v.articleId));
  };
  return disagreements.map((d) => `Outlets differ on ${d.about}: ${d.values.map((v) => `${source(v)} says ${v.value}`).join(', ')}`);
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
}

export const PLAIN: Style = { bold: (t) => t, dim: (t) => t };
export const ANSI: Style = { bold: (t) => `\x1b[1m${t}\x1b[22m`, dim: (t) => `\x1b[2m${t}\x1b[22m` };

/** An answer for a terminal: the excerpt with its answer in bold, its citation, the answer, supporting excerpts. */
export function renderAnswer(answer: Answer, style: Style = PLAIN): string {
  const lines: string[] = [];
  for (const notice of answer.notices) lines.push(style.dim(`note: ${notice}`));
  const unmentioned = answer.unmentioned.length > 0 ? unmentionedNotice(answer.unmentioned) : null;
  if (answer.abstained) {
    lines.push(USER_MESSAGES.noAnswer);
    if (unmentioned) lines.push(unmentioned);
    if (answer.closest.length > 0) {
      lines.push(`  ${USER_MESSAGES.closestArticles}`);
      for (const a of answer.closest) lines.push(`  - ${citation(a)}`);
    }
    return lines.join('\n');
  }
  // Before the excerpt: what is quoted says nothing about these names.
  if (unmentioned) lines.push(style.dim(`note: ${unmentioned}`));
  const [top, ...support] = answer.excerpts;
  lines.push(highlight(top, style));
  lines.push(style.dim(`  — ${citation(top.article)}`));
  if (top.answer) lines.push(`  answer: ${top.answer}${top.date ? ` (${top.date})` : ''}`);
  for (const e of support) {
    lines.push(`  also: "${highlight(e, style)}"${e.date ? ` (${e.answer} → ${e.date})` : ''}`);
    lines.push(style.dim(`    — ${citation(e.article)}`));
  }
  for (const line of renderDisagreements(answer.disagreements, answer.excerpts)) lines.push(`  ${line}`);
  lines.push(style.dim(`  match: ${matchStrength(answer.confidence)}`));
  return lines.join('\n');
}

function highlight(e: Excerpt, style: Style): string {
  if (e.answerStart === null || e.answerEnd === null) return e.text;
  return e.text.slice(0, e.answerStart) + style.bold(e.text.slice(e.answerStart, e.answerEnd)) + e.text.slice(e.answerEnd);
}

/**
 * The `ask --json` contract other tooling depends on: exactly these keys, unknown metadata as null;
 * `disagreements` (issue #6) is one addition, [] when the outlets agree; `notices` (session 28) the other, the notes the
 * terminal prints before the answer (a question cut to its first characters, a name read as another spelling), [] when
 * none, so a script knows the answer was to the question as cut or corrected.
 */
export function answerJson(a: Answer) {
  return {
    question: a.question,
    answerType: a.answerType,
    abstained: a.abstained,
    excerpts: a.excerpts.map((e) => ({
      text: e.text,
      answer: e.answer,
      date: e.date,
      score: e.score,
      start: e.start,
      end: e.end,
      article: { id: e.article.id, title: e.article.title, outlet: e.article.outlet, published: e.article.published, url: e.article.url },
    })),
    disagreements: a.disagreements,
    notices: a.notices,
  };
}

export interface SentenceContext {
  before: string[];
  sentence: string;
  after: string[];
  article: ArticleRef;
}

/**
 * The sentences around an excerpt (within its paragraph), by the excerpt's stable sentence id: sentences as written, each
 * whole across a cut the segmenter made inside a web address (addressWhole), `radius` of them on either side.
 */
export function sentenceContext(coverage: Coverage, sentenceId: string, radius = 2): SentenceContext | null {
  const cut = sentenceId.lastIndexOf(':');
  const article = coverage.byId.get(sentenceId.slice(0, cut));
  const ordinal = Number(sentenceId.slice(cut + 1));
  const sentence = article?.sentences[ordinal];
  if (!article || !sentence || sentence.id !== sentenceId) return null;
  const text = ([first, last]: [number, number]) => article.text.slice(article.sentences[first].start, article.sentences[last].end);
  const samePassage = (i: number) => article.sentences[i]?.passage === sentence.passage;
  const [first, last] = addressWhole(article, ordinal, ordinal);
  const before: string[] = [];
  for (let i = first - 1; before.length < radius && samePassage(i);) {
    const whole = addressWhole(article, i, i);
    before.unshift(text(whole));
    i = whole[0] - 1;
  }
  const after: string[] = [];
  for (let i = last + 1; after.length < radius && samePassage(i);) {
    const whole = addressWhole(article, i, i);
    after.push(text(whole));
    i = whole[1] + 1;
  }
  return { before, sentence: text([first, last]), after, article: articleRef(article) };
}
