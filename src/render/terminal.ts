import { matchStrength } from '../answer/match-strength.js';
import type { Answer, Excerpt } from '../answer/types.js';
import type { Source } from '../coverage/sources.js';
import { citation } from './citation.js';
import { renderDisagreements } from './disagreements.js';

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
  if (answer.abstained) {
    lines.push('The coverage does not answer that.');
    if (answer.closest.length > 0) {
      lines.push('  Closest articles:');
      for (const a of answer.closest) lines.push(`  - ${citation(a)}`);
    }
    return lines.join('\n');
  }
  const [top, ...support] = answer.excerpts;
  lines.push(highlight(top, style));
  lines.push(style.dim(`  — ${citation(top.article)}`));
  if (top.answer) lines.push(`  answer: ${top.answer}${top.date ? ` (${top.date})` : ''}`);
  for (const e of support) {
    lines.push(`  also: "${e.text}"${e.date ? ` (${e.answer} → ${e.date})` : ''}`);
    lines.push(style.dim(`    — ${citation(e.article)}`));
  }
  for (const line of renderDisagreements(answer.disagreements)) lines.push(`  ${line}`);
  lines.push(style.dim(`  match: ${matchStrength(answer.confidence)}`));
  return lines.join('\n');
}

function highlight(e: Excerpt, style: Style): string {
  if (e.answerStart === null || e.answerEnd === null) return e.text;
  return e.text.slice(0, e.answerStart) + style.bold(e.text.slice(e.answerStart, e.answerEnd)) + e.text.slice(e.answerEnd);
}

export function renderSources(sources: readonly Source[]): string {
  return sources
    .map((s, i) => `${i + 1}. ${s.article.title ?? s.article.id}\n   ${[s.article.outlet ?? 'outlet unknown', s.article.published ?? 'date unknown', s.article.url ?? 'no link'].join(' · ')} · ${s.sentences} sentences`)
    .join('\n');
}

export const HELP = `Ask a question about the coverage; answers are sentences quoted from the articles, with their source.
  /ask <question>      any question            /when <question>   a date
  /who <question>      a person                /where <question>  a place
  /what <question>     a thing or a number     /why <question>    a reason
  /how <question>      a manner or a quantity  /sources           the articles indexed
  /timeline [topic]    dated events, in order  /quotes [person]   who said what
  /help                this text               /quit              leave
A plain line is asked as it is.`;
