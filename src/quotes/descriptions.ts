import { termOf } from '../analyse/index-terms.js';
import type { Tokens } from '../analyse/types.js';
import { synonymsOf } from '../answer/question/related-words.js';
import { ROLE_POS } from '../answer/span/description-span.js';
import type { ArticleView, Mention } from './article-view.js';
import { QUOTES_DEFAULTS } from './defaults.js';

/** A person named with a role: "Kremlin spokesman Dmitry Peskov" → role "spokesman", modifiers ["kremlin"]. */
export interface RoleMention {
  name: string;
  role: string;
  modifiers: string[];
  articleId: string;
  tokenStart: number;
}

/** Role mentions by role word, for looking up the people a description may stand for. */
export type RoleIndex = ReadonlyMap<string, readonly RoleMention[]>;

export function roleIndex(roles: readonly RoleMention[]): RoleIndex {
  const index = new Map<string, RoleMention[]>();
  for (const r of roles) {
    const list = index.get(r.role);
    if (list) list.push(r);
    else index.set(r.role, [r]);
  }
  return index;
}

/** A definite description standing for a person: "the Kremlin spokesman", tokens [from, to), the head last. */
export interface Description {
  from: number;
  to: number;
}

const { maxRoleWords } = QUOTES_DEFAULTS;

/** The roles the article gives the people it names, from the words right before a name. */
export function rolesOf(view: ArticleView): RoleMention[] {
  const { tokens, id } = view.article;
  const out: RoleMention[] = [];
  for (const m of view.mentions) {
    const roleAt = m.tokenStart - 1;
    if (roleAt < 0 || view.sentenceOf[roleAt] !== m.sentence || !isRoleWord(tokens, roleAt) || tokens.pos[roleAt] === 'ADJ') continue;
    const modifiers: string[] = [];
    for (let i = roleAt - 1; i >= 0 && roleAt - i < maxRoleWords && view.sentenceOf[i] === m.sentence && isRoleWord(tokens, i); i--) {
      modifiers.push(term(tokens, i));
    }
    out.push({ name: m.name, role: term(tokens, roleAt), modifiers, articleId: id, tokenStart: m.tokenStart });
  }
  return out;
}

/** "the Russian leader" ending at token `head`, or null. */
export function descriptionEndingAt(view: ArticleView, head: number): Description | null {
  const { tokens } = view.article;
  if (!isHead(view, head)) return null;
  let i = head - 1;
  while (i >= 0 && head - i < maxRoleWords && isRoleWord(tokens, i) && !view.inQuote[i]) i--;
  return i >= 0 && tokens.lemma[i] === 'the' && view.sentenceOf[i] === view.sentenceOf[head] ? { from: i + 1, to: head + 1 } : null;
}

/** "the Kremlin spokesman" starting with "the" at token `at`, or null. */
export function descriptionStartingAt(view: ArticleView, at: number): Description | null {
  const { tokens } = view.article;
  if (tokens.lemma[at] !== 'the') return null;
  let head = at;
  while (
    head + 1 < tokens.value.length &&
    head - at < maxRoleWords &&
    isRoleWord(tokens, head + 1) &&
    view.sentenceOf[head + 1] === view.sentenceOf[at]
  )
    head++;
  return head > at && isHead(view, head) ? { from: at + 1, to: head + 1 } : null;
}

/**
 * The person a description stands for: the latest person named before it in the article with a
 * matching role (same role word or a synonym, every modifier among the role's words), else the
 * person the rest of the coverage most often names so. A bare role ("the mayor") must fit one person
 * of the article, or it is left unresolved: "the president" of an article about two presidents is no one.
 */
export function resolveDescription(view: ArticleView, d: Description, roles: RoleIndex): string | null {
  const { tokens, id } = view.article;
  const head = term(tokens, d.to - 1);
  const modifiers: string[] = [];
  for (let i = d.from; i < d.to - 1; i++) modifiers.push(term(tokens, i));
  const candidates = [head, ...synonymsOf(head)].flatMap((role) => roles.get(role) ?? []);
  const fitting = candidates.filter((r) => modifiers.every((w) => w === r.role || r.modifiers.includes(w)));
  const inArticle = fitting.filter((r) => r.articleId === id).sort((a, b) => a.tokenStart - b.tokenStart);
  if (modifiers.length === 0) {
    const names = new Set(inArticle.map((r) => r.name));
    return names.size === 1 ? inArticle[0].name : null;
  }
  const before = inArticle.filter((r) => r.tokenStart < d.from);
  if (before.length > 0) return before[before.length - 1].name;
  const counts = new Map<string, number>();
  for (const r of fitting) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/** A singular role noun outside any name: "spokesman", not "presidents" or the "Peskov" of a name. */
function isHead(view: ArticleView, i: number): boolean {
  const { tokens } = view.article;
  if (tokens.pos[i] !== 'NOUN' && tokens.pos[i] !== 'PROPN') return false;
  if (view.inQuote[i] || isInMention(view.mentions, i)) return false;
  const word = tokens.value[i].toLowerCase();
  return word === tokens.lemma[i] || !word.endsWith('s');
}

function isInMention(mentions: readonly Mention[], i: number): boolean {
  return mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd);
}

function isRoleWord(tokens: Tokens, i: number): boolean {
  return ROLE_POS.has(tokens.pos[i]) && /[\p{L}]/u.test(tokens.value[i]);
}

function term(tokens: Tokens, i: number): string {
  return termOf(tokens.lemma[i]);
}
