/**
 * What a sentence says a person or body the question names is ("who is X"): the role phrase before the name, the
 * appositive after it, a title the name entity holds, and the forms of a role the reply alone shows (a title with its
 * complement, an abbreviated formal title, a plural role before a list of names, a role set off by a comma). Wire style
 * (AP Stylebook, "titles") and Quirk et al. 1985 on appositives are the sources named below.
 */
import { entitiesIn } from '../../analyse/entities-in.js';
import { termsOf } from '../../analyse/index-terms.js';
import { NAME_ENTITY_TYPES, type AnalysedArticle, type Entity, type Sentence } from '../../analyse/types.js';
import { kindOf } from '../../lexicon/lexicon.js';
import type { AnswerSpan } from './span-match.js';
import { ANSWER_DEFAULTS } from '../defaults.js';

/**
 * A role the reply alone shows for "who is X" when the sentence holds no description the ranker reads: the first of
 * the forms below that the sentence has.
 */
export function roleForReply(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const role =
    titleInName(article, sentence, own) ??
    abbreviatedTitleRole(article, sentence, own) ??
    complementRole(article, sentence, own) ??
    listRole(article, sentence, own) ??
    roleBeforeComma(article, sentence, own) ??
    longAppositive(article, sentence, own) ??
    roleBeforeParentheses(article, sentence, own);
  return role && withListInName(article, sentence, role);
}

/**
 * The description as shown: with the title words the name entity holds and the titles coordinated before it, and
 * without the name's courtesy title. The ranker's evidence stays the span it was fitted with.
 */
export function shownDescription(article: AnalysedArticle, sentence: Sentence, span: AnswerSpan, own: ReadonlySet<string>): AnswerSpan {
  const titled = withoutCourtesyTitle(
    article,
    sentence,
    withCoordinatedTitles(article, sentence, withTitleInName(article, sentence, span, own)),
  );
  return withListInName(article, sentence, titled);
}

/**
 * The role past a comma that ends it inside a name: a comma between capitalised words that run on, by more commas and a
 * last "and", to another capitalised word is a list inside the name ("the Institute of Trade, Energy and Water": the
 * serial list of a name's own words, Chicago Manual of Style 6.19), not the end of the appositive, which runs on past the
 * name over the words inAppositive reads to the next punctuation mark, verb or maxRoleTokens words ("… and Water think
 * tank"). Unchanged when no such comma ends it. Shown span only.
 */
function withListInName(article: AnalysedArticle, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const t = article.tokens;
  let last = sentence.tokenStart;
  while (last + 1 < sentence.tokenEnd && t.start[last + 1] < span.end) last++;
  if (t.start[last] + t.value[last].length !== span.end || !CAPITALISED.test(t.value[last])) return span;
  const listEnd = nameListEnd(t, sentence, last + 1);
  if (listEnd < 0) return span;
  let end = listEnd;
  while (end + 1 < sentence.tokenEnd && end - listEnd < ANSWER_DEFAULTS.maxRoleTokens && inAppositive(t, end + 1)) end++;
  return { ...span, end: t.start[end] + t.value[end].length };
}
/**
 * The last token of a list of capitalised words whose first comma is at `comma`: capitalised words, separated by commas,
 * the last ones after "and" (or ", and"); -1 when the tokens there are no such list.
 */
function nameListEnd(t: AnalysedArticle['tokens'], sentence: Sentence, comma: number): number {
  let k = comma;
  while (k < sentence.tokenEnd && t.value[k] === ',') {
    k++;
    const joined = t.value[k] === 'and';
    if (joined) k++;
    if (k >= sentence.tokenEnd || !CAPITALISED.test(t.value[k])) return -1;
    while (k + 1 < sentence.tokenEnd && CAPITALISED.test(t.value[k + 1])) k++;
    if (joined) return k;
    k++;
    if (t.value[k] === 'and') {
      k++;
      if (k >= sentence.tokenEnd || !CAPITALISED.test(t.value[k])) return -1;
      while (k + 1 < sentence.tokenEnd && CAPITALISED.test(t.value[k + 1])) k++;
      return k;
    }
  }
  return -1;
}
const CAPITALISED = /^\p{Lu}/u;

/**
 * Tokens a role phrase before a name may hold: "Kremlin spokesman", "Russian Foreign Minister". The quotes read a speaker's
 * role from the same phrase (rolesOf and descriptionEndingAt in quotes/descriptions.ts).
 */
export const ROLE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * What a sentence says the question's name is: the role phrase right before it ("Kremlin spokesman
 * Dmitry Peskov") or the appositive right after it ("Dmitry Peskov, the Russian leader's spokesman,").
 * A phrase needs a common noun: a bare first name or a second name is no description.
 */
export function descriptionSpan(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type) || !mentionsQuestion(article, e, own)) continue;
    const from = roleStart(t, sentence, e.tokenStart, ANSWER_DEFAULTS.maxRoleTokens);
    if (from < e.tokenStart && hasCommonNoun(article, from, e.tokenStart) && !isPluralNoun(t, e.tokenStart - 1)) {
      return { start: t.start[from], end: t.start[e.tokenStart - 1] + t.value[e.tokenStart - 1].length, entity: null };
    }
    if (t.value[e.tokenEnd] !== ',') continue;
    let to = e.tokenEnd + 1;
    while (to < sentence.tokenEnd && to - e.tokenEnd <= ANSWER_DEFAULTS.maxRoleTokens && inAppositive(t, to)) to++;
    if (to > e.tokenEnd + 1 && t.pos[to] === 'PUNCT' && hasCommonNoun(article, e.tokenEnd + 1, to)) {
      return { start: t.start[e.tokenEnd + 1], end: t.start[to - 1] + t.value[to - 1].length, entity: null };
    }
  }
  return null;
}

/** Whether token i is a word of an appositive after a name: no punctuation mark or verb but a hyphenated compound's. */
function inAppositive(t: AnalysedArticle['tokens'], i: number): boolean {
  return inCompound(t, i) || (t.pos[i] !== 'PUNCT' && t.pos[i] !== 'VERB' && t.pos[i] !== 'AUX');
}

/**
 * Where the question's name starts inside a name entity that holds a capitalised title before it: wink's proper-noun run
 * takes in a title proper-names.ts does not list ("Public Ombudsman Nadia Cruz") or the tail of a two-word one ("Chief
 * Executive John Smith" is "Executive John Smith"); AP capitalises a formal title before a name (AP Stylebook,
 * "titles"). Only when the question names at least two of the entity's words, a full name, and a space parts the
 * title from the name (never a piece of "Ming-Chi" or "Jean-Pierre"). -1 when the entity holds no such words.
 */
function namedFrom(article: AnalysedArticle, e: Entity, own: ReadonlySet<string>): number {
  const t = article.tokens;
  const terms = termsOf(t);
  let first = -1;
  let named = 0;
  for (let i = e.tokenStart; i < e.tokenEnd; i++) {
    const term = terms[i];
    if (term === null || !own.has(term)) continue;
    if (first < 0) first = i;
    named++;
  }
  if (named < 2 || first <= e.tokenStart) return -1;
  return /^\s+$/.test(article.text.slice(t.start[first - 1] + t.value[first - 1].length, t.start[first])) ? first : -1;
}

/**
 * A title word: a noun whose most frequent sense (WordNet's first) is a kind of person, not one named individual, so a
 * first name the question left out is none ("Daniel" is the prophet, "john" first a toilet) and "executive",
 * "ombudsman", "administrator" are.
 */
export function isTitleWord(t: AnalysedArticle['tokens'], i: number): boolean {
  return (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') && kindOf(t.lemma[i], PERSON_KIND, { maxSenses: 1, kindsOnly: true }) !== null;
}

/** The title words a name entity holds, as the role of "who is X" when nothing else describes X; for the reply only. */
function titleInName(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type)) continue;
    const first = namedFrom(article, e, own);
    if (first < 0 || !isTitleWord(t, first - 1)) continue;
    // With the role words before the entity, as a role before a name is walked: "NASA's Administrator Jim Bridenstine".
    // The title words in the name count towards the role's length.
    const from = roleStart(t, sentence, e.tokenStart, ANSWER_DEFAULTS.maxRoleTokens - (first - e.tokenStart));
    return { start: t.start[from], end: t.start[first - 1] + t.value[first - 1].length, entity: null };
  }
  return null;
}

/**
 * A role found right before a name entity, taking in the title words the entity holds: a title ("Chief" + "Executive")
 * or a title's complement, opened by a lower-case preposition ("Secretary" + "of State").
 */
function withTitleInName(article: AnalysedArticle, sentence: Sentence, span: AnswerSpan, own: ReadonlySet<string>): AnswerSpan {
  const t = article.tokens;
  for (const e of entitiesIn(article, sentence)) {
    const before = e.tokenStart - 1;
    if (before < sentence.tokenStart || t.start[before] + t.value[before].length !== span.end || !NAME_ENTITY_TYPES.has(e.type)) continue;
    const first = namedFrom(article, e, own);
    if (first < 0 || !(isTitleWord(t, first - 1) || (t.pos[e.tokenStart] === 'ADP' && /^\p{Ll}/u.test(t.value[e.tokenStart])))) continue;
    return { ...span, end: t.start[first - 1] + t.value[first - 1].length };
  }
  return span;
}

/**
 * A title appositive after a name the question names, longer than descriptionSpan takes ("Steve Clarke, deputy associate
 * administrator for exploration in NASA's Science Mission Directorate, said"; AP's title after a name): up to the next
 * punctuation mark, at most twice maxRoleTokens, a title (a noun WordNet knows as a kind of person) among its first
 * three words, no verb in it but a capitalised word of a name the tagger took for one ("Advanced Development Programs").
 * It ends too where an -ing participle clause postmodifying its head starts ("Jane Roe, a former officer living in Lyon,
 * said": Quirk et al. 1985 §17.65 ff., non-finite postmodifying clauses), the participle read by its form (an -ing word
 * whose lemma is another, so not "bring"). Not at an -ed form, which may be a finite verb of the sentence's own clause
 * ("According to Jane Roe, the spokesman said …"). Found for the reply only, as roleBeforeComma.
 */
function longAppositive(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  const verbal = (i: number) => (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && !/^\p{Lu}/u.test(t.value[i]);
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type) || !mentionsQuestion(article, e, own) || t.value[e.tokenEnd] !== ',') continue;
    const from = e.tokenEnd + 1;
    let to = from;
    while (
      to < sentence.tokenEnd &&
      to - from < 2 * ANSWER_DEFAULTS.maxRoleTokens &&
      (inCompound(t, to) || (t.pos[to] !== 'PUNCT' && !verbal(to)))
    )
      to++;
    if (to === from || (t.pos[to] !== 'PUNCT' && !isIngParticiple(t, to))) continue;
    let titled = false;
    for (let i = from; i < Math.min(to, from + 3); i++) if (isAppositiveTitle(t, i)) titled = true;
    if (titled) return { start: t.start[from], end: t.start[to - 1] + t.value[to - 1].length, entity: null };
  }
  return null;
}

/** Whether token i is a verb's -ing participle: an -ing word tagged a verb whose lemma is another word ("living", not "bring"). */
function isIngParticiple(t: AnalysedArticle['tokens'], i: number): boolean {
  return t.pos[i] === 'VERB' && /ing$/i.test(t.value[i]) && t.lemma[i].toLowerCase() !== t.value[i].toLowerCase();
}

/**
 * A title word of an appositive: a common noun WordNet knows as a kind of person; a capitalised word only when its first
 * sense is one and names no individual (isTitleWord: a first name, "John", is none), or when it is written "<Title> of".
 */
function isAppositiveTitle(t: AnalysedArticle['tokens'], i: number): boolean {
  return isFormalTitle(t, i) || (t.pos[i] === 'PROPN' ? isTitleWord(t, i) : isTitleNoun(t, i));
}

/**
 * A capitalised noun before "of" that WordNet knows as a kind of person in any of its senses: "Head of Research" ("head,
 * chief, top dog" is its fourth sense); "<Title> of <unit>" is how a formal title is written (AP Stylebook, "titles").
 */
function isFormalTitle(t: AnalysedArticle['tokens'], i: number): boolean {
  return (
    /^\p{Lu}/u.test(t.value[i]) &&
    t.value[i + 1] === 'of' &&
    (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') &&
    kindOf(t.lemma[i], PERSON_KIND, { maxSenses: Infinity }) !== null
  );
}

function isTitleNoun(t: AnalysedArticle['tokens'], i: number): boolean {
  return (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') && kindOf(t.lemma[i], PERSON_KIND) !== null;
}

/**
 * The role without the abbreviated titles that end it and belong to the name after it: "Senior author Dr. Silvia
 * Martins" is "Senior author" (AP Stylebook, "courtesy titles", "titles", "military titles"). Unchanged when nothing
 * else is left.
 */
function withoutCourtesyTitle(article: AnalysedArticle, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const t = article.tokens;
  let first = sentence.tokenStart;
  while (first < sentence.tokenEnd && t.start[first] < span.start) first++;
  let last = first;
  while (last + 1 < sentence.tokenEnd && t.start[last + 1] < span.end) last++;
  let end = last;
  while (end > first && COURTESY_TITLE.test(t.value[end])) end--;
  if (end === last || COURTESY_TITLE.test(t.value[end])) return span;
  return { ...span, end: t.start[end] + t.value[end].length };
}
/** The formal titles AP abbreviates before a full name (AP Stylebook, "titles", "military titles"). */
const FORMAL_TITLE_WORDS = 'Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr';
const FORMAL_TITLE = new RegExp(`^(?:${FORMAL_TITLE_WORDS})\\.$`);
const COURTESY_TITLE = new RegExp(`^(?:Dr|Mr|Mrs|Ms|Prof|Rev|Hon|Rt|${FORMAL_TITLE_WORDS})\\.$`);

/**
 * A role before a name the question names that ends in an abbreviated formal title ("incumbent Gov. Matt Bevin", "Sen.
 * Jane Roe"): descriptionSpan wants a common noun, which "Gov." is not to the lexicon. Found for the reply only, as
 * roleBeforeComma, where nothing else describes X; the title stays, as it is the role.
 */
function abbreviatedTitleRole(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  for (const e of entitiesIn(article, sentence)) {
    const title = e.tokenStart - 1;
    if (
      !NAME_ENTITY_TYPES.has(e.type) ||
      title < sentence.tokenStart ||
      !FORMAL_TITLE.test(t.value[title]) ||
      !mentionsQuestion(article, e, own)
    )
      continue;
    return roleEndingAt(t, sentence, title);
  }
  return null;
}

/**
 * A role before a name the question names whose title takes a complement: a title noun, a lower-case preposition and up to
 * three capitalised words ("China's ambassador to Britain Liu Xiaming", "special envoy to Ukraine Jane Roe"; AP Stylebook
 * "titles"), which descriptionSpan's walk stops at. The name entity may hold the complement ("Britain Liu Xiaming") when the
 * question names the rest of it (namedFrom). Found for the reply only, as roleBeforeComma.
 */
function complementRole(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type) || !mentionsQuestion(article, e, own)) continue;
    const within = namedFrom(article, e, own);
    const named = within < 0 ? e.tokenStart : within;
    let from = named;
    while (from > sentence.tokenStart && named - from < 3 && t.pos[from - 1] === 'PROPN' && /^\p{Lu}/u.test(t.value[from - 1])) from--;
    const preposition = from - 1;
    const title = from - 2;
    if (from === named || title < sentence.tokenStart || t.pos[preposition] !== 'ADP' || !/^\p{Ll}/u.test(t.value[preposition])) continue;
    if (t.pos[title] !== 'NOUN' || !isTitleNoun(t, title)) continue;
    const start = roleStart(t, sentence, title, ANSWER_DEFAULTS.maxRoleTokens - 1);
    return { start: t.start[start], end: t.start[named - 1] + t.value[named - 1].length, entity: null };
  }
  return null;
}

/**
 * The plural role before a list of names that holds the question's ("judges Len Goodman, Bruno Tonioli and Carrie Ann
 * Inaba"): a plural noun before a list applies to each member (Quirk et al. 1985 §17.72), a singular one ("President Roe,
 * Doe and Poe") to the first only. Found for the reply only, as roleBeforeComma.
 */
function listRole(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  const people = entitiesIn(article, sentence).filter((e) => e.type === 'PERSON');
  for (const [at, e] of people.entries()) {
    if (!mentionsQuestion(article, e, own)) continue;
    let first = at;
    while (first > 0 && joinedInList(t, people[first - 1], people[first])) first--;
    const head = people[first].tokenStart - 1;
    if (first === at || head < sentence.tokenStart || t.pos[head] !== 'NOUN' || t.value[head].toLowerCase() === t.lemma[head]) continue;
    if (!isTitleNoun(t, head)) continue;
    return roleEndingAt(t, sentence, head);
  }
  return null;
}
/** Whether two names are next in a list: "," or "and" between them, or ", and" (the serial comma, Chicago Manual 6.19). */
function joinedInList(t: AnalysedArticle['tokens'], a: Entity, b: Entity): boolean {
  const between = t.value.slice(a.tokenEnd, b.tokenStart).join(' ');
  return between === ',' || between === 'and' || between === ', and';
}

/**
 * A role set off by a comma before a name the question names ("Senate Leader, Ahmad Lawan raises …"; "The firm's chief
 * executive, Jane Roe, said"), the appositive before a name: its last word a title, a noun WordNet knows as a kind of
 * person. Found for the reply only: descriptionSpan, which the ranker was fitted with, does not look for it.
 */
function roleBeforeComma(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type) || !mentionsQuestion(article, e, own)) continue;
    const comma = e.tokenStart - 1;
    const head = comma - 1;
    if (head < sentence.tokenStart || t.value[comma] !== ',' || !isTitleNoun(t, head) || inPerson(article, sentence, head)) continue;
    return roleEndingAt(t, sentence, head);
  }
  return null;
}

/**
 * The noun phrase before a name the question names that parentheses hold alone ("a tiny repair droid (K-7)", "a ship
 * mechanic (Bo Li)"): parentheses set off an explanatory element as commas set off an appositive (Chicago Manual of Style
 * 6.95; on apposition, Quirk et al. 1985 §17.65 ff.), here the name of what the phrase describes. The
 * phrase ends in a common noun written in lower case, so a name before the parentheses ("Harbor Securities (France)", an
 * acronym after its full name) is none. Found for the reply only, as roleBeforeComma.
 */
function roleBeforeParentheses(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type) || !mentionsQuestion(article, e, own)) continue;
    const head = e.tokenStart - 2;
    if (head < sentence.tokenStart || t.value[head + 1] !== '(' || t.value[e.tokenEnd] !== ')') continue;
    if (t.pos[head] !== 'NOUN' || !/^\p{Ll}/u.test(t.value[head])) continue;
    return roleEndingAt(t, sentence, head);
  }
  return null;
}

/** Whether token i is a word of a person's name: a list of names ("Len Goodman, Bruno Tonioli") holds no title. */
function inPerson(article: AnalysedArticle, sentence: Sentence, i: number): boolean {
  return entitiesIn(article, sentence).some((e) => e.type === 'PERSON' && e.tokenStart <= i && i < e.tokenEnd);
}

/**
 * A role before a name with the titles coordinated before it: "chairman, CEO and president Craig Menear" is all three,
 * not "president" (AP Stylebook, "titles": a string of titles before a name). A title is a common noun or an acronym
 * ("CEO") that WordNet knows as a kind of person; "Putin and Kremlin spokesman Dmitry Peskov" coordinates no title.
 * An appositive after the name (a comma follows the span) is left as it is.
 */
function withCoordinatedTitles(article: AnalysedArticle, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const t = article.tokens;
  let from = sentence.tokenStart;
  while (from < sentence.tokenEnd && t.start[from] < span.start) from++;
  let to = from;
  while (to < sentence.tokenEnd && t.start[to] < span.end) to++;
  if (t.start[from] !== span.start || t.pos[to] === 'PUNCT') return span;
  const isTitle = (i: number) => (t.pos[i] === 'NOUN' || /^[A-Z]{2,5}$/.test(t.value[i])) && kindOf(t.lemma[i], PERSON_KIND) !== null;
  let start = from;
  while (
    start - 2 >= sentence.tokenStart &&
    (t.value[start - 1] === ',' || t.value[start - 1].toLowerCase() === 'and') &&
    isTitle(start - 2)
  ) {
    // The title and the words of its role before it ("the firm's chairman"), as descriptionSpan walks them.
    start = roleStart(t, sentence, start - 2, ANSWER_DEFAULTS.maxRoleTokens);
  }
  return start === from ? span : { start: t.start[start], end: span.end, entity: null };
}

/** Whether the name shares a word with the question: "Dmitry Peskov" for "Who is Peskov?". */
function mentionsQuestion(article: AnalysedArticle, e: Entity, own: ReadonlySet<string>): boolean {
  const terms = termsOf(article.tokens);
  for (let i = e.tokenStart; i < e.tokenEnd; i++) {
    const term = terms[i];
    if (term !== null && own.has(term)) return true;
  }
  return false;
}

/** A common noun, or a capitalised title WordNet knows as a kind of person ("Foreign Minister"). */
function hasCommonNoun(article: AnalysedArticle, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const pos = article.tokens.pos[i];
    if (pos === 'NOUN' || (pos === 'PROPN' && kindOf(article.tokens.lemma[i], PERSON_KIND) !== null)) return true;
  }
  return false;
}
const PERSON_KIND = ['person'] as const;

/**
 * A common noun in its plural form (its lemma is another word: "marks" / "mark"). A title before one person's name is
 * singular ("Kremlin spokesman Dmitry Peskov", AP Stylebook, "titles"); a plural noun right before a name is no title
 * of it ("This marks Putin's first statement", where wink tags the verb a noun), and a plural role before a list of
 * names is listRole's.
 */
function isPluralNoun(t: AnalysedArticle['tokens'], i: number): boolean {
  return t.pos[i] === 'NOUN' && /s$/i.test(t.value[i]) && t.value[i].toLowerCase() !== t.lemma[i];
}

/**
 * Whether token i is a hyphen written between two words with no space, or the word right after one: a part of a
 * hyphenated compound, which is one word (Chicago Manual of Style 7.85; Quirk et al. 1985 App. I.12), so neither a
 * punctuation mark ending an appositive nor a verb of its own ("a Harvard-trained surgeon", "a Jedi-in-training").
 */
function inCompound(t: AnalysedArticle['tokens'], i: number): boolean {
  const joins = (h: number) =>
    h > 0 &&
    h + 1 < t.value.length &&
    t.value[h] === '-' &&
    t.start[h] === t.start[h - 1] + t.value[h - 1].length &&
    t.start[h + 1] === t.start[h] + 1;
  return joins(i) || joins(i - 1);
}

/**
 * The role phrase that ends in the title or noun at token `head`, of at most maxRoleTokens words with it, as a span: the
 * shape of each role found for the reply only (roleBeforeComma and the rest).
 */
function roleEndingAt(t: AnalysedArticle['tokens'], sentence: Sentence, head: number): AnswerSpan {
  const start = roleStart(t, sentence, head, ANSWER_DEFAULTS.maxRoleTokens - 1);
  return { start: t.start[start], end: t.start[head] + t.value[head].length, entity: null };
}

/** The first token of the role words (inRole) that stand right before token `from` in its sentence, at most `reach` of them. */
function roleStart(t: AnalysedArticle['tokens'], sentence: Sentence, from: number, reach: number): number {
  let start = from;
  while (start > sentence.tokenStart && from - start < reach && inRole(t, start - 1)) start--;
  return start;
}

/**
 * A word of a role phrase before a name: "the firm's chief executive". Never a word right after a personal pronoun in
 * the objective case ("see them use Tarn's ship", where wink tags "use" a noun): the pronoun is a noun phrase of its own,
 * and what follows such an object after a verb of perception or causation is a bare infinitive (Quirk et al. 1985 §16.52).
 */
function inRole(t: AnalysedArticle['tokens'], i: number): boolean {
  return (ROLE_POS.has(t.pos[i]) || isPossessive(t.value[i])) && !OBJECT_PRONOUNS.has(t.value[i - 1]);
}
/** The objective forms of the personal pronouns that are no other form too: not "her" (also a determiner), "you" or "it". */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'us', 'them', 'whom']);

function isPossessive(value: string): boolean {
  return value === "'s" || value === '’s';
}
