/**
 * What a candidate is described by: the ranker's feature list and their computation from a question's terms
 * (questionTerms), a candidate sentence's tokens (candidateFeatures, windowFeatures) and the other candidates
 * (relativeFeatures), with the per-article and per-index tables that make them cheap. The weights that score them
 * and the confidence read from them are ranker-model.ts.
 */
import { isWord } from '../../analyse/index-terms.js';
import type { AnalysedArticle, Sentence, Tokens } from '../../analyse/types.js';
import type { Bm25Index } from '../../index/bm25-index.js';
import type { SentenceIndex } from '../../index/sentence-index.js';
import { RecentWeakMap } from '../../index/recent-weak-map.js';
import { ARTICLES } from '../question/read-question.js';
import { relatedIn, type RelatedIn } from '../question/related-words.js';
import type { SpanStrength } from '../span/span-match.js';
import type { AnswerType } from '../types.js';

/**
 * The fitted ranker: every candidate sentence is described by the features below and scored by a
 * listwise model whose weights were fitted on SQuAD v1.1 dev (`npm run eval:fit-ranker`, weights in
 * ranker-weights.json), so the answer's probability of being right is the model's output, not a rule.
 * Features are cheap: one pass over the candidate's tokens, one over its paragraph's (cached per
 * question), no allocation per token.
 */
export const RANKER_FEATURES = [
  /** Sentence, paragraph and article BM25, each over the best among the question's candidates. */
  'sentenceBm25',
  'passageBm25',
  'articleBm25',
  /** log(1 + sentence BM25): how strong the match is in absolute terms, for the probability. */
  'sentenceBm25Log',
  /** Share of the question's idf weight whose terms the sentence has; then the paragraph. */
  'sentenceCoverage',
  'passageCoverage',
  /**
   * The same over the candidate's whole article: a question about another story (a teaser's headline, an article
   * missing from the coverage) shares some words with the sentence but names what its article never mentions.
   */
  'articleCoverage',
  /** sentenceCoverage minus the best of the question's candidates (0 for the best). */
  'coverageGap',
  /**
   * sentenceCoverage with each term weighed by its idf among the sentences of the candidate's own article (localIdfOf),
   * over all the question's terms, then over those the article holds: the words naming an article's subject ("Tesla"
   * in Tesla's biography) stand in most of its sentences, or stand there as "he", so they tell its sentences apart far
   * less than their idf in the coverage says (inverse sentence frequency within a document: TF-ISF, Neto et al.
   * 2000; Allan et al. 2003, sentence retrieval). SQuAD held-out P@1,
   * fitted on the other fold: 0.7069 / 0.7597 without the two, 0.7154 / 0.7674 with them (fold A / B, with the window
   * features below).
   */
  'localCoverage',
  'localCoverageIn',
  /**
   * Coverage of the sentence together with the sentence before / after it in its paragraph (the union of their
   * terms), the better of the two: the sliding window of Richardson et al. 2013 (MCTest), the SQuAD paper's
   * baseline; the question often matches one sentence and its answer stands in the next ("They ended up ..."). Then
   * the coverage of the sentence before and of the one after, alone. Held-out P@1 0.7119 / 0.7607 without the three,
   * 0.7154 / 0.7674 with them; 0.7139 / 0.7655 with windowCoverage alone.
   */
  'windowCoverage',
  'previousCoverage',
  'nextCoverage',
  /** passageCoverage with the terms weighed as localCoverage weighs them. Held-out P@1 0.7154 / 0.7674 without, 0.7158 / 0.7682 with. */
  'localPassageCoverage',

  /** Share of the question's idf weight met in the sentence only by a related word (WordNet: synonym, derivation, pertainym). */
  'softCoverage',
  /** Share of the question's adjacent term pairs that are adjacent in the sentence too. */
  'bigrams',
  /**
   * Share of the question's idf weight met neither exactly nor by a related word but by a word with the same first
   * PREFIX_LENGTH characters ("Zelenskyy" / "Zelensky", "reporter" / "reportedly"): truncation as a stemmer (McNamee &
   * Mayfield 2004), for the forms WordNet does not relate and the lemmatiser leaves apart. SQuAD held-out P@1, fitted on
   * the other fold: 0.7161 / 0.7682 without, 0.7184 / 0.7752 with (fold A / B).
   */
  'prefixCoverage',
  /**
   * The sentence holds a span of the expected answer type the question does not name (strong or weak
   * kind, EXPECTED_ENTITIES), one pair per group of answer types: a when-question's sentence without a
   * date is rarely right, a what-question's without a name often is, so one shared weight fits neither.
   */
  'timeStrong',
  'timeWeak',
  'numberStrong',
  'numberWeak',
  'personStrong',
  'personWeak',
  'organizationStrong',
  'organizationWeak',
  'placeStrong',
  'placeWeak',
  /** A reason clause, a description or a stated predicate (answer types found by their shape). */
  'patternSpan',
  /** The question's group of answer types (none for thing/manner/any): the same for every candidate, for the confidence. */
  'asksTime',
  'asksNumber',
  'asksPerson',
  'asksOrganization',
  'asksPlace',
  'asksPattern',
  /** The sentence holds the question's rarest term (highest idf among those the coverage uses). */
  'rarestTerm',
  /** How tightly the question's terms sit together: (distinct terms met − 1) / words from the first to the last; 0 below two. */
  'matchDensity',
  /** 1 / (1 + words between the answer span and the nearest question term); 0 without a span. */
  'proximity',
  /**
   * The answer span is the object of the preposition the question strands or pied-pipes ("Which broadcaster did Trump
   * warn … to?" → "remarked to Fox News"; Question.preposition): the word before it, an article aside, is that one.
   */
  'prepositionMatch',
  /** A modal ("could", "will") in a sentence answering a past-tense question; any modal. */
  'pastModal',
  'modal',
  /** The sentence has fewer than four words. */
  'fragment',
  /** First sentence of the article (headline or lead); first of its paragraph. */
  'lead',
  'passageFirst',
  /** Holds a quotation mark; opens with a pronoun (leans on the sentence before); holds a negation. */
  'quote',
  'pronounStart',
  'negated',
  /** log(words in the sentence). */
  'lengthLog',
  /** Share of the question's idf weight in terms the coverage never uses (the same for every candidate of a question). */
  'absentShare',
] as const;
export type RankerFeature = (typeof RANKER_FEATURES)[number];
export const FEATURE_COUNT = RANKER_FEATURES.length;
/**
 * Features with the same value for every candidate of a question: they cancel in the listwise ranking (their
 * ranking weight is 0) and tell questions apart for the confidence head only.
 */
export const PER_QUESTION_FEATURES: readonly RankerFeature[] = RANKER_FEATURES.filter((f) => f.startsWith('asks') || f === 'absentShare');
/** Each feature's position in a candidate's feature vector: x[F.lead] is its `lead` feature. */
export const F = Object.fromEntries(RANKER_FEATURES.map((f, i) => [f, i])) as Record<RankerFeature, number>;

/** Modal auxiliaries: a sentence about what could or will happen reports no past event. */
const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'shall', 'should', 'can']);
/**
 * Quotation marks, straight or curly, opening or closing, and guillemets: a sentence holding any of them quotes someone
 * (the `quote` feature), whichever marks its outlet writes.
 */
const QUOTE = /["“”«»]/;

/**
 * Bits of tokenFlags: the token has a letter or digit (isWord); holds a quotation mark; is a modal auxiliary; is
 * tagged PRON; is its own lower case.
 */
const WORD = 1;
const QUOTE_MARK = 2;
const MODAL_AUX = 4;
const PRONOUN = 8;
const LOWER_CASE = 16;
const FLAGS = new RecentWeakMap<Tokens, Uint32Array>();

/**
 * What the features ask of each token, computed once per article and kept while it is (as termsOf): the
 * features read every token of every candidate sentence of every question, and the regex tests and
 * lower-casing behind these bits were most of their cost.
 */
function tokenFlags(tokens: Tokens): Uint32Array {
  let flags = FLAGS.get(tokens);
  if (!flags) {
    flags = new Uint32Array(tokens.value.length);
    for (let i = 0; i < flags.length; i++) {
      const value = tokens.value[i];
      const lower = value.toLowerCase();
      let f = QUOTE.test(value) ? QUOTE_MARK : 0;
      if (isWord(value)) f |= WORD;
      if (tokens.pos[i] === 'AUX' && MODALS.has(lower)) f |= MODAL_AUX;
      if (tokens.pos[i] === 'PRON') f |= PRONOUN;
      if (lower === value) f |= LOWER_CASE;
      flags[i] = f;
    }
    FLAGS.set(tokens, flags);
  }
  return flags;
}

/**
 * Lower-case words by number, per index: the multi-word related forms are matched by these numbers. Each article's
 * tokens are numbered once (lowerNumbers); a question's forms are numbered as it is read, the new ones added, so a
 * number stands for one word in every article and question of the index. With bestFirst (rerank.ts), answer() CPU per
 * SQuAD 1x question −1.2% (median of per-question ratios; total CPU −1.5%; in-process A/B against 822ec5e, 10,570 questions
 * × 6, alternated, load 7-10; answers and every candidate's features identical; session 12's scratch harness, not kept).
 */
interface WordNumbers {
  numbers: Map<string, number>;
  lowers: WeakMap<Tokens, Int32Array>;
  /** The number of '' (the opener of a form that opens with a space). */
  empty: number;
}
const WORD_NUMBERS = new WeakMap<SentenceIndex, WordNumbers>();

function wordNumbers(index: SentenceIndex): WordNumbers {
  let words = WORD_NUMBERS.get(index);
  if (!words) {
    words = { numbers: new Map(), lowers: new WeakMap(), empty: 0 };
    words.empty = wordNumber(words, '');
    WORD_NUMBERS.set(index, words);
  }
  return words;
}

/**
 * A term's related multi-word forms as numbers, "a b c" → the number of "a" at 2f and of "b c" at 2f + 1 for form f, made
 * once per term's related words (related-words.ts keeps those per index and term): the forms come again and again, and
 * slicing and hashing them for every question was 1.8% of answer()'s CPU (profile, SQuAD 1x; a map by form string, kept
 * from session 12 to 50, still cost 1.5% in its probes, session 51). A number never changes once given, so neither do these.
 */
function formsNumbers(words: WordNumbers, related: RelatedIn): Int32Array {
  let found = FORMS_NUMBERS.get(related);
  if (found === undefined || found.words !== words) {
    const numbers = new Int32Array(2 * related.forms.length);
    related.forms.forEach((form, f) => {
      const space = form.indexOf(' ');
      numbers[2 * f] = wordNumber(words, form.slice(0, space));
      numbers[2 * f + 1] = wordNumber(words, form.slice(space + 1));
    });
    FORMS_NUMBERS.set(related, (found = { words, numbers }));
  }
  return found.numbers;
}
const FORMS_NUMBERS = new WeakMap<RelatedIn, { words: WordNumbers; numbers: Int32Array }>();
const NO_FORMS = new Int32Array(0);

function wordNumber(words: WordNumbers, word: string): number {
  let number = words.numbers.get(word);
  if (number === undefined) words.numbers.set(word, (number = words.numbers.size));
  return number;
}

/** Per token, the number of its lower case (wordNumber), −1 for a token that is no word; kept while the tokens are. */
function lowerNumbers(words: WordNumbers, tokens: Tokens): Int32Array {
  let found = words.lowers.get(tokens);
  if (!found) {
    const flags = tokenFlags(tokens);
    found = new Int32Array(flags.length);
    for (let i = 0; i < flags.length; i++) {
      const value = tokens.value[i];
      found[i] = flags[i] & WORD ? wordNumber(words, flags[i] & LOWER_CASE ? value : value.toLowerCase()) : -1;
    }
    words.lowers.set(tokens, found);
  }
  return found;
}

/** Whether a token holds a modal auxiliary (the `modal` feature's test). */
export function isModal(tokens: Tokens, i: number): boolean {
  return (tokenFlags(tokens)[i] & MODAL_AUX) !== 0;
}

/** Per-question scratch of candidateFeatures: which question terms a sentence has, exactly and softly. */
let exactScratch = new Uint8Array(16);
let softScratch = new Uint8Array(16);
let capitalScratch = new Uint8Array(16);
let prefixScratch = new Uint8Array(16);
/**
 * Sentences this short answer nothing on their own: the hand-set ranker's fragment limit, measured in
 * the retrieval study (docs/DESIGN.md, "Measurements behind the design").
 */
const FRAGMENT_WORDS = 4;

/** What a question brings to the features of each of its candidates, computed once. */
export interface QuestionTerms {
  /** The question's own terms, in question order, with their idf. */
  terms: readonly string[];
  idf: Float64Array;
  totalIdf: number;
  /**
   * Per question term, the sentence index's ids of its related words (WordNet; relatedIn): one the question holds itself,
   * or an earlier term's related word, stands for that one (slotTable).
   */
  related: readonly Int32Array[];
  /**
   * The multi-word related forms by their first word ("united" → "states" → the position of the question term
   * "united states" stands for): only after a first word is the next one looked up, in that word's map. The words are
   * numbered (`words`, wordNumber), as each token's lower case is (lowerNumbers).
   */
  openerPairs: ReadonlyMap<number, ReadonlyMap<number, number>>;
  words: WordNumbers;
  /**
   * The adjacent question terms, as the hot loop reads them: pairAt[a × terms.length + b] = 1 when "terms[a] terms[b]" is
   * "a b" for some pair of adjacent question terms; openerKeys screens words for openerPairs: bit (number mod 2^12) is set
   * for each opener's number.
   */
  pairAt: Uint8Array;
  openerKeys: Uint32Array;
  /** The index the terms were read against: its term ids stand for the terms in the hot loop (slotTable). */
  index: SentenceIndex;
  /**
   * Each term's id in the index's sentence, paragraph and article BM25 indexes (termId, −1 where one lacks the term),
   * looked up once per question rather than once per article or paragraph (localIdfOf, postingsCoverage). In the
   * paragraph and article ones a term that repeats an earlier one is −1 too: their coverage counts it once.
   */
  ids: { sentences: Int32Array; passages: Int32Array; articles: Int32Array };
  /**
   * Per term, the ids of its other spellings (Question.variants) in the same three indexes, empty for most terms and for a
   * repeated one: a paragraph or article writing the name so holds the term (docHoldsTerm).
   */
  spellingIds: { sentences: Int32Array[]; passages: Int32Array[]; articles: Int32Array[] };
  absentShare: number;
  past: boolean;
  /** Question.preposition: the preposition whose object the question asks for, or null. */
  preposition: string | null;
  /** The group of the question's answer type (TYPE_GROUPS). */
  group: TypeGroup | null;
  /** Position in `terms` of the rarest term the coverage uses; -1 when it uses none. */
  rarest: number;
  /**
   * Per article (its termIdsOf array), per term t: whether one of its people is named by terms t and t + 1 (namesPersonAs;
   * 0 not read yet, 1 no, 2 yes), filled as the question's candidates ask (heldBySurname).
   */
  surnames: Map<Int32Array, Uint8Array>;
}

export type TypeGroup = 'time' | 'number' | 'person' | 'organization' | 'place' | 'pattern';
/** Answer types grouped by what their span is: thing, manner and any have none. */
const TYPE_GROUPS: Record<AnswerType, TypeGroup | null> = {
  date: 'time',
  duration: 'time',
  frequency: 'time',
  number: 'number',
  person: 'person',
  organization: 'organization',
  place: 'place',
  reason: 'pattern',
  description: 'pattern',
  polarity: 'pattern',
  thing: null,
  manner: null,
  any: null,
};
export const STRONG_FEATURE = {
  time: 'timeStrong',
  number: 'numberStrong',
  person: 'personStrong',
  organization: 'organizationStrong',
  place: 'placeStrong',
  pattern: 'patternSpan',
} as const;
export const WEAK_FEATURE = {
  time: 'timeWeak',
  number: 'numberWeak',
  person: 'personWeak',
  organization: 'organizationWeak',
  place: 'placeWeak',
  pattern: 'patternSpan',
} as const;
const ASKS_FEATURE = {
  time: 'asksTime',
  number: 'asksNumber',
  person: 'asksPerson',
  organization: 'asksOrganization',
  place: 'asksPlace',
  pattern: 'asksPattern',
} as const;

/**
 * The question side of the features: each own term's idf in the sentence index (a term the coverage
 * never uses weighs as the rarest does, as in the confidence it replaces), pairs, related words.
 */
export function questionTerms(
  index: SentenceIndex,
  own: readonly string[],
  past: boolean,
  answerType: AnswerType,
  preposition: string | null = null,
  variants: ReadonlyMap<string, readonly string[]> = new Map(),
): QuestionTerms {
  const unseen = Math.log(1 + (index.size + 0.5) / 0.5);
  const idf = new Float64Array(own.length);
  let totalIdf = 0;
  let absent = 0;
  let rarest = -1;
  own.forEach((term, i) => {
    const known = index.sentences.df(term) > 0;
    idf[i] = known ? index.sentences.idf(term) : unseen;
    totalIdf += idf[i];
    if (!known) absent += idf[i];
    else if (rarest < 0 || idf[i] > idf[rarest]) rarest = i;
  });
  const group = TYPE_GROUPS[answerType];
  const words = wordNumbers(index);
  const n = own.length;
  const related = new Array<Int32Array>(n);
  const openerPairs = new Map<number, Map<number, number>>();
  // A multi-word form stands for the first question term it is related to, unless the question holds it itself.
  let formsSeen: Set<string> | null = null;
  for (let r = 0; r < n; r++) {
    const found = relatedIn(index.sentences, own[r]);
    related[r] = found.ids;
    const { forms } = found;
    const numbers = forms.length > 0 ? formsNumbers(words, found) : NO_FORMS;
    for (let f = 0; f < forms.length; f++) {
      const k = forms[f];
      if (own.includes(k) || formsSeen?.has(k)) continue;
      (formsSeen ??= new Set()).add(k);
      const opener = numbers[2 * f];
      const next = numbers[2 * f + 1];
      let rest = openerPairs.get(opener);
      if (!rest) openerPairs.set(opener, (rest = new Map()));
      rest.set(next, r);
    }
  }
  const pairAt = new Uint8Array(n * n);
  if (own.some((term) => term.includes(' '))) {
    // A multi-word term joins with another to "a b" for more than one pair ("new york" "city" and "new" "york city").
    const pairs = new Set<string>();
    for (let i = 1; i < n; i++) pairs.add(`${own[i - 1]} ${own[i]}`);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (pairs.has(`${own[a]} ${own[b]}`)) pairAt[a * n + b] = 1;
  } else {
    // Terms without a space join to "a b" for one pair only: (a, b) is one when its terms are an adjacent pair's.
    for (let i = 1; i < n; i++) {
      for (let a = 0; a < n; a++) if (own[a] === own[i - 1]) for (let b = 0; b < n; b++) if (own[b] === own[i]) pairAt[a * n + b] = 1;
    }
  }
  const ids = { sentences: new Int32Array(n), passages: new Int32Array(n), articles: new Int32Array(n) };
  // Nearly every term has no other spelling: one shared empty list, so a question allocates nothing for them (its typed
  // arrays, three a term, had doubled questionTerms' CPU in a profile of SQuAD 1x, session 41).
  const spellingIds = { sentences: noSpellings(n), passages: noSpellings(n), articles: noSpellings(n) };
  for (let t = 0; t < n; t++) {
    const term = own[t];
    const first = own.indexOf(term) === t;
    ids.sentences[t] = index.sentences.termId(term);
    ids.passages[t] = first ? index.passages.termId(term) : -1;
    ids.articles[t] = first ? index.articles.termId(term) : -1;
    const spellings = first ? variants.get(term) : undefined;
    if (spellings === undefined) continue;
    spellingIds.sentences[t] = Int32Array.from(spellings, (v) => index.sentences.termId(v));
    spellingIds.passages[t] = Int32Array.from(spellings, (v) => index.passages.termId(v));
    spellingIds.articles[t] = Int32Array.from(spellings, (v) => index.articles.termId(v));
  }
  const openerKeys = new Uint32Array(OPENER_KEY_WORDS);
  for (const opener of openerPairs.keys()) {
    const key = opener & OPENER_KEY_MASK;
    openerKeys[key >>> 5] |= 1 << (key & 31);
  }
  return {
    terms: own,
    idf,
    totalIdf,
    related,
    openerPairs,
    words,
    pairAt,
    openerKeys,
    index,
    ids,
    spellingIds,
    absentShare: totalIdf > 0 ? absent / totalIdf : 0,
    past,
    preposition,
    group,
    rarest,
    surnames: new Map(),
  };
}

/** n terms' spelling ids when none has another spelling (NO_SPELLINGS each). */
function noSpellings(n: number): Int32Array[] {
  return new Array<Int32Array>(n).fill(NO_SPELLINGS);
}

/** openerKeys is a bit set over the 2^12 keys, a word's number modulo 2^12: a word whose key no opener has is no opener. */
const OPENER_KEY_MASK = (1 << 12) - 1;
const OPENER_KEY_WORDS = (1 << 12) / 32;

/**
 * Question-term slots by term id, one vocabulary-sized table per index, reused by every question: term id t has a
 * slot for the current question when bit t of `held` is set, and then it is slots[t]. The hot loop tests the bit for
 * every token of every candidate: the bit set (one bit per term, 2.5 kB for SQuAD's 19,700 terms) stays in the core's
 * first-level cache where a table of stamps did not (8 bytes per term, read at random places), and the few tokens
 * whose bit is set read their slot. Clearing the bits is the per-question cost. Measured: answer() CPU per SQuAD 1x
 * question −3.6% (in-process A/B, 2,000 questions × 5, alternated, load ~6).
 */
interface SlotTable {
  held: Uint32Array;
  slots: Uint32Array;
  owner: QuestionTerms | null;
}
const SLOT_TABLES = new WeakMap<SentenceIndex, SlotTable>();

/**
 * The index's slot table holding q's slots (filled afresh when another question's are in it). Beside the question's
 * terms (slot < n, a name's other spellings with it) and related words (n + r), the terms sharing a question term's prefix
 * class (prefixClasses) get 2n + its position, unless they are one of the former: prefixCoverage then costs the hot loop
 * no lookup of its own.
 */
function slotTable(q: QuestionTerms): SlotTable {
  // Every candidate of a question asks: the table it filled last is at hand without the WeakMap.
  if (lastTable?.owner === q) return lastTable;
  const size = q.index.sentences.vocabularySize;
  let table = SLOT_TABLES.get(q.index);
  if (!table || table.slots.length !== size) {
    table = { held: new Uint32Array(Math.ceil(size / 32)), slots: new Uint32Array(size), owner: null };
    SLOT_TABLES.set(q.index, table);
  }
  if (table.owner !== q) {
    const { held } = table;
    held.fill(0);
    const n = q.terms.length;
    const { ids, spellingIds, related } = q;
    // The first to claim a term id has it: the question's terms (the first of a repeated one), a name's other spellings
    // (Question.variants: the name's own slot, not a related word's), related words (n + the term they stand for), then
    // the prefix classes.
    for (let t = 0; t < n; t++) claimSlot(table, ids.sentences[t], t);
    for (let t = 0; t < n; t++) for (const id of spellingIds.sentences[t]) claimSlot(table, id, t);
    for (let t = 0; t < n; t++) for (const id of related[t]) claimSlot(table, id, n + t);
    const { classes, classOf, members, offsets } = prefixClasses(q.index.sentences);
    for (let t = 0; t < n; t++) {
      const term = q.terms[t];
      // A term of the index has its class by its id (no prefix string made and hashed: 0.7% of answer()'s CPU, profile of
      // SQuAD 1x, session 52); one the coverage lacks ("invention") by the prefix itself, and meets the ones it has
      // ("invented").
      const id = ids.sentences[t];
      const c = id >= 0 ? classOf[id] : term.length >= PREFIX_LENGTH ? (classes.get(term.slice(0, PREFIX_LENGTH)) ?? -1) : -1;
      if (c < 0) continue;
      for (let m = offsets[c]; m < offsets[c + 1]; m++) claimSlot(table, members[m], 2 * n + t);
    }
    table.owner = q;
  }
  lastTable = table;
  return table;
}
let lastTable: SlotTable | null = null;

/** Gives term id `id` the slot unless it has one (a negative id, a term the index lacks, has none). */
function claimSlot(table: SlotTable, id: number, slot: number): void {
  if (id < 0 || hasSlot(table.held, id)) return;
  table.slots[id] = slot;
  table.held[id >>> 5] |= 1 << (id & 31);
}

/** Whether term id `id` has a slot in the table's `held` bits. */
function hasSlot(held: Uint32Array, id: number): boolean {
  return (held[id >>> 5] & (1 << (id & 31))) !== 0;
}

/**
 * Truncation length of prefixCoverage: five characters, the length McNamee & Mayfield (2004, "Character N-Gram
 * Tokenization for European Language Text Retrieval") found to work as well as a stemmer for English; shorter terms
 * have no prefix class.
 */
export const PREFIX_LENGTH = 5;

/**
 * The index's terms grouped by their first PREFIX_LENGTH characters (shorter terms in no group), built once per index:
 * class c's term ids are members[offsets[c] .. offsets[c + 1] − 1]; a term's class is classes.get(its prefix), and
 * classOf[its id] (−1 for none).
 */
interface PrefixClasses {
  classes: ReadonlyMap<string, number>;
  classOf: Int32Array;
  members: Int32Array;
  offsets: Int32Array;
}
const PREFIX_CLASSES = new WeakMap<Bm25Index, PrefixClasses>();

function prefixClasses(vocabulary: Bm25Index): PrefixClasses {
  let found = PREFIX_CLASSES.get(vocabulary);
  if (!found) {
    const classOf = new Int32Array(vocabulary.vocabularySize).fill(-1);
    const classes = new Map<string, number>();
    const counts: number[] = [];
    for (let id = 0; id < classOf.length; id++) {
      const term = vocabulary.termAt(id);
      if (term.length < PREFIX_LENGTH) continue;
      const prefix = term.slice(0, PREFIX_LENGTH);
      let c = classes.get(prefix);
      if (c === undefined) {
        classes.set(prefix, (c = classes.size));
        counts.push(0);
      }
      classOf[id] = c;
      counts[c]++;
    }
    const offsets = new Int32Array(counts.length + 1);
    for (let c = 0; c < counts.length; c++) offsets[c + 1] = offsets[c] + counts[c];
    const members = new Int32Array(offsets[counts.length]);
    const next = offsets.slice(0, counts.length);
    for (let id = 0; id < classOf.length; id++) if (classOf[id] >= 0) members[next[classOf[id]]++] = id;
    found = { classes, classOf, members, offsets };
    PREFIX_CLASSES.set(vocabulary, found);
  }
  return found;
}

/**
 * Whether the index has a term sharing `term`'s first PREFIX_LENGTH letters: a spelling variant of it ("Zelenskyy" /
 * "Zelensky") by the rule prefixCoverage matches with. False for terms shorter than that.
 */
export function hasPrefixMate(vocabulary: Bm25Index, term: string): boolean {
  return term.length >= PREFIX_LENGTH && prefixClasses(vocabulary).classes.has(term.slice(0, PREFIX_LENGTH));
}

/** Retrieval scores of one candidate and the best of them over all the question's candidates. */
export interface RetrievalScores {
  sentence: number;
  passage: number;
  article: number;
}

/** What the answer-span step found in the candidate. */
export interface SpanFacts {
  strength: SpanStrength | null;
  /** Character range of the span, when there is one. */
  start: number;
  end: number;
}

/**
 * Features of one candidate, except the ones relative to the other candidates (coverageGap and the
 * BM25 ratios, filled by `relativeFeatures` once all are known). `passageCoverage` and `articleCoverage` come
 * from the caller, which caches them per paragraph and article. `x` receives them (zeros in, as a new array has). The
 * question terms the sentence holds are written to `met` from `metAt` on (rerank's window rows, read in place: a view of
 * the row made per candidate, and per neighbour for termsMet, was two typed-array objects a candidate; session 51).
 */
export function candidateFeatures(
  q: QuestionTerms,
  article: AnalysedArticle,
  sentence: Sentence,
  ordinal: number,
  scores: RetrievalScores,
  span: SpanFacts,
  passageCoverage: number,
  articleCoverage: number,
  firstOfPassage: boolean,
  local: Float64Array,
  localPassageCoverage: number,
  met: Uint8Array,
  metAt = 0,
  x: Float64Array = new Float64Array(FEATURE_COUNT),
): Float64Array {
  const { tokens } = article;
  const ids = q.index.termIdsOf(tokens);
  const flags = tokenFlags(tokens);
  const { held, slots } = slotTable(q);
  const n = q.terms.length;
  if (exactScratch.length < n) {
    exactScratch = new Uint8Array(2 * n);
    softScratch = new Uint8Array(2 * n);
    capitalScratch = new Uint8Array(2 * n);
    prefixScratch = new Uint8Array(2 * n);
  }
  const exact = exactScratch.fill(0, 0, n);
  const soft = softScratch.fill(0, 0, n);
  // Whether the sentence writes a question term's word capitalised (a name), for heldBySurname.
  const capital = capitalScratch.fill(0, 0, n);
  const prefix = prefixScratch.fill(0, 0, n);
  const { pairAt, openerPairs } = q;
  const openers = openerPairs.size > 0;
  let words = 0;
  let firstWord = -1;
  let modal = false;
  let quote = false;
  // Position in q.terms of the previous indexed token's term (-1: not a question term): pairs need both.
  let previousAt = -1;
  // When the previous word opens multi-word related forms, their other words ('' opens them before the first word).
  let after = openers ? openerPairs.get(q.words.empty) : undefined;
  const lowers = openers ? lowerNumbers(q.words, tokens) : null;
  let pairs = 0;
  let firstMatch = -1;
  let lastMatch = -1;
  // Characters from the span to the nearest question term.
  let nearest = Infinity;
  const hasSpan = span.strength !== null;
  // The last word before the span, for prepositionMatch.
  let beforeSpan = -1;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const f = flags[i];
    if (f & QUOTE_MARK) quote = true;
    if (!(f & WORD)) continue;
    words++;
    if (firstWord < 0) firstWord = i;
    if (hasSpan && tokens.start[i] < span.start) beforeSpan = i;
    if (f & MODAL_AUX) modal = true;
    // A word's number is looked up only when it may pair with an opener or be one: most are settled by the screen's bit.
    if (openers) {
      // The lower case's number: lower-casing and hashing the words here was 4% of answer()'s CPU (profile, SQuAD 1x).
      const lower = lowers![i];
      const key = lower & OPENER_KEY_MASK;
      const screened = (q.openerKeys[key >>> 5] & (1 << (key & 31))) !== 0;
      if (after !== undefined || screened) {
        // A multi-word related form ("united states") is met by its words side by side, as written.
        const r = after?.get(lower);
        if (r !== undefined) soft[r] = 1;
        after = screened ? openerPairs.get(lower) : undefined;
      }
    }
    const id = ids[i];
    if (id < 0) continue;
    const slot = hasSlot(held, id) ? slots[id] : -1;
    const at = slot < n ? slot : -1;
    if (at >= 0) {
      exact[at] = 1;
      if (!(f & LOWER_CASE)) capital[at] = 1;
      if (firstMatch < 0) firstMatch = words;
      lastMatch = words;
      if (hasSpan) {
        const offset = tokens.start[i];
        const d = offset < span.start ? span.start - offset : offset >= span.end ? offset - span.end : 0;
        if (d < nearest) nearest = d;
      }
      if (previousAt >= 0 && pairAt[previousAt * n + at] === 1) pairs++;
    } else if (slot >= 2 * n) {
      prefix[slot - 2 * n] = 1;
    } else if (slot >= n) {
      soft[slot - n] = 1;
    }
    previousAt = at;
  }
  heldBySurname(q, article, ids, held, slots, exact, capital);
  let covered = 0;
  let softCovered = 0;
  let prefixCovered = 0;
  let distinct = 0;
  let localCovered = 0;
  for (let t = 0; t < n; t++) {
    met[metAt + t] = exact[t];
    if (exact[t]) {
      covered += q.idf[t];
      localCovered += local[t];
      distinct++;
    } else if (soft[t]) softCovered += q.idf[t];
    else if (prefix[t]) prefixCovered += q.idf[t];
  }
  x[F.localCoverage] = local[n] > 0 ? localCovered / local[n] : 0;
  x[F.localCoverageIn] = local[n + 1] > 0 ? localCovered / local[n + 1] : 0;
  x[F.matchDensity] = distinct > 1 && lastMatch > firstMatch ? (distinct - 1) / (lastMatch - firstMatch) : 0;
  x[F.sentenceBm25Log] = Math.log1p(scores.sentence);
  x[F.sentenceCoverage] = q.totalIdf > 0 ? covered / q.totalIdf : 0;
  x[F.passageCoverage] = passageCoverage;
  x[F.localPassageCoverage] = localPassageCoverage;
  x[F.articleCoverage] = articleCoverage;
  x[F.softCoverage] = q.totalIdf > 0 ? softCovered / q.totalIdf : 0;
  x[F.bigrams] = n > 1 ? pairs / (n - 1) : 0;
  x[F.prefixCoverage] = q.totalIdf > 0 ? prefixCovered / q.totalIdf : 0;
  if (q.group) {
    x[F[ASKS_FEATURE[q.group]]] = 1;
    if (span.strength === 'strong') x[F[STRONG_FEATURE[q.group]]] = 1;
    else if (span.strength === 'weak') x[F[WEAK_FEATURE[q.group]]] = 1;
  }
  x[F.rarestTerm] = q.rarest >= 0 && exact[q.rarest] ? 1 : 0;
  // Characters to words: English averages about six characters per word with its space.
  x[F.proximity] = span.strength && nearest < Infinity ? 1 / (1 + nearest / 6) : 0;
  x[F.prepositionMatch] = q.preposition !== null && governs(tokens, sentence.tokenStart, beforeSpan, q.preposition) ? 1 : 0;
  x[F.pastModal] = q.past && modal ? 1 : 0;
  x[F.modal] = modal ? 1 : 0;
  x[F.fragment] = words < FRAGMENT_WORDS ? 1 : 0;
  x[F.lead] = ordinal === 0 ? 1 : 0;
  x[F.passageFirst] = firstOfPassage ? 1 : 0;
  x[F.quote] = quote ? 1 : 0;
  x[F.pronounStart] = firstWord >= 0 && flags[firstWord] & PRONOUN ? 1 : 0;
  x[F.negated] = sentence.negated ? 1 : 0;
  x[F.lengthLog] = Math.log(Math.max(1, words));
  x[F.absentShare] = q.absentShare;
  // Retrieval scores wait here until relativeFeatures divides them by the best.
  x[F.sentenceBm25] = scores.sentence;
  x[F.passageBm25] = scores.passage;
  x[F.articleBm25] = scores.article;
  return x;
}

/**
 * A person named on second reference by the surname alone: a question term the sentence lacks counts as held when the
 * next question term is the sentence's capitalised word and the article names a person with the two side by side ("how
 * old is zach parise" of "Barely a week ago, Parise, 35, had scored just once …" in a story that opens with "Zach
 * Parise"). News copy names a person in full once and by the last name after (AP Stylebook, "names": "on second
 * reference, use only last names"); coreference resolution joins such mentions by the name's head, its last word
 * (Raghunathan et al. 2010, the proper head word match sieve). From right to left, so "Mary Ann Smith" is held by "Smith".
 */
function heldBySurname(
  q: QuestionTerms,
  article: AnalysedArticle,
  ids: Int32Array,
  held: Uint32Array,
  slots: Uint32Array,
  exact: Uint8Array,
  capital: Uint8Array,
): void {
  const n = q.terms.length;
  for (let t = n - 2; t >= 0; t--) {
    const u = t + 1;
    if (exact[t] || !exact[u] || !capital[u] || q.pairAt[t * n + u] !== 1) continue;
    // The answer is the article's, not the sentence's: read once per article and question, it is kept for the article's
    // other candidates (walking the article's people for each was 1.2% of answer()'s CPU; profile of SQuAD 1x, session 52).
    let named = q.surnames.get(ids);
    if (named === undefined) q.surnames.set(ids, (named = new Uint8Array(n)));
    if (named[t] === 0) named[t] = namesPersonAs(article, ids, held, slots, t, u) ? 2 : 1;
    if (named[t] === 1) continue;
    exact[t] = 1;
    capital[t] = 1;
  }
}

/**
 * Per article's term ids (termIdsOf: one array per article and index), the term ids of the last two words of each of
 * its PERSON entities, side by side: [before, last, before, last, …]. Read once per article: every candidate sentence of
 * the article asks about the same entities, and walking them per candidate made answer() dearer (bench, session 47).
 */
const personEnds = new WeakMap<Int32Array, Int32Array>();

function personEndsOf(article: AnalysedArticle, ids: Int32Array): Int32Array {
  let ends = personEnds.get(ids);
  if (ends === undefined) {
    const found: number[] = [];
    for (const e of article.entities) {
      if (e.type !== 'PERSON') continue;
      // A possessive "’s" after the name is no indexed word: passed over ("Zach Parise’s two-goal performance").
      let last = e.tokenEnd - 1;
      while (last > e.tokenStart && ids[last] < 0) last--;
      if (last > e.tokenStart && ids[last - 1] >= 0) found.push(ids[last - 1], ids[last]);
    }
    ends = Int32Array.from(found);
    personEnds.set(ids, ends);
  }
  return ends;
}

/** Whether one of the article's PERSON entities ends with the words of question terms t and u side by side. */
function namesPersonAs(article: AnalysedArticle, ids: Int32Array, held: Uint32Array, slots: Uint32Array, t: number, u: number): boolean {
  const ends = personEndsOf(article, ids);
  for (let k = 0; k < ends.length; k += 2) {
    const before = ends[k];
    const last = ends[k + 1];
    if (hasSlot(held, last) && slots[last] === u && hasSlot(held, before) && slots[before] === t) return true;
  }
  return false;
}

/** Whether the word at `before` (-1: none), or the one before it when it is an article, is the preposition. */
function governs(tokens: Tokens, from: number, before: number, preposition: string): boolean {
  if (before < from) return false;
  const word = tokens.value[before].toLowerCase();
  if (ARTICLES.has(word)) return before - 1 >= from && tokens.value[before - 1].toLowerCase() === preposition;
  return word === preposition;
}

/**
 * Each question term's idf among the sentences of one article (sentences first .. first + count − 1 of the index):
 * log(1 + (count − df + 0.5) / (df + 0.5)), BM25's idf over the article's sentences; then their sum over all the
 * question's terms and over those the article holds (a term the article lacks weighs as df 0).
 */
export function localIdfOf(q: QuestionTerms, index: SentenceIndex, first: number, count: number): Float64Array {
  const n = q.terms.length;
  const local = new Float64Array(n + 2);
  for (let t = 0; t < n; t++) {
    let df = index.sentences.docsBetweenId(q.ids.sentences[t], first, first + count);
    for (const id of q.spellingIds.sentences[t]) df += index.sentences.docsBetweenId(id, first, first + count);
    df = Math.min(count, df);
    local[t] = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    local[n] += local[t];
    if (df > 0) local[n + 1] += local[t];
  }
  return local;
}

/**
 * Which question terms a sentence holds exactly (met[metAt + t] = 1), for a neighbour of a candidate that is no candidate
 * itself.
 */
export function termsMet(q: QuestionTerms, article: AnalysedArticle, sentence: Sentence, met: Uint8Array, metAt: number): void {
  const ids = q.index.termIdsOf(article.tokens);
  const { held, slots } = slotTable(q);
  const n = q.terms.length;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const id = ids[i];
    if (id >= 0 && hasSlot(held, id) && slots[id] < n) met[metAt + slots[id]] = 1;
  }
}

/**
 * The window features of a candidate: `met` holds, per sentence, which question terms it holds (a row of q.terms.length
 * bytes); the candidate's row is `row`, its neighbours' in the paragraph `previous` and `next` (−1 at the paragraph's ends).
 */
export function windowFeatures(q: QuestionTerms, x: Float64Array, met: Uint8Array, row: number, previous: number, next: number): void {
  if (q.totalIdf === 0) return;
  const n = q.terms.length;
  const at = row * n;
  const before = previous * n;
  const after = next * n;
  let inBefore = 0;
  let inAfter = 0;
  let withBefore = 0;
  let withAfter = 0;
  for (let t = 0; t < n; t++) {
    const w = q.idf[t];
    const b = previous >= 0 && met[before + t] === 1;
    const a = next >= 0 && met[after + t] === 1;
    if (b) inBefore += w;
    if (a) inAfter += w;
    if (met[at + t] === 1 || b) withBefore += w;
    if (met[at + t] === 1 || a) withAfter += w;
  }
  x[F.previousCoverage] = inBefore / q.totalIdf;
  x[F.nextCoverage] = inAfter / q.totalIdf;
  x[F.windowCoverage] = Math.max(withBefore, withAfter) / q.totalIdf;
}

/** Fills the features that compare a candidate with the question's other candidates. */
export function relativeFeatures(all: readonly Float64Array[]): void {
  let s = 0;
  let p = 0;
  let a = 0;
  let c = 0;
  for (const x of all) {
    s = Math.max(s, x[F.sentenceBm25]);
    p = Math.max(p, x[F.passageBm25]);
    a = Math.max(a, x[F.articleBm25]);
    c = Math.max(c, x[F.sentenceCoverage]);
  }
  for (const x of all) {
    x[F.sentenceBm25] = s > 0 ? x[F.sentenceBm25] / s : 0;
    x[F.passageBm25] = p > 0 ? x[F.passageBm25] / p : 0;
    x[F.articleBm25] = a > 0 ? x[F.articleBm25] / a : 0;
    x[F.coverageGap] = x[F.sentenceCoverage] - c;
  }
}

/**
 * Share of the question's idf weight whose terms occur in paragraph `passage` of the index: read from the
 * paragraph index's postings (the paragraph's terms are its sentences' index terms), a few binary searches
 * instead of a pass over the paragraph's tokens.
 */
export function passageCoverageOf(q: QuestionTerms, index: SentenceIndex, passage: number): number {
  return postingsCoverage(q, index.passages, q.ids.passages, q.spellingIds.passages, passage);
}

/** passageCoverageOf with the terms weighed by `local` (localIdfOf of the paragraph's article). */
export function localPassageCoverageOf(q: QuestionTerms, index: SentenceIndex, passage: number, local: Float64Array): number {
  const n = q.terms.length;
  if (!(local[n] > 0)) return 0;
  let covered = 0;
  for (let t = 0; t < n; t++) if (docHoldsTerm(index.passages, passage, q.ids.passages[t], q.spellingIds.passages[t])) covered += local[t];
  return covered / local[n];
}

/** The same over article `article` of the index (its position in the coverage), from the article index's postings. */
export function articleCoverageOf(q: QuestionTerms, index: SentenceIndex, article: number): number {
  return postingsCoverage(q, index.articles, q.ids.articles, q.spellingIds.articles, article);
}

/** `ids`, `spellings`: q's term ids and its terms' other spellings' ids in `docs` (QuestionTerms.ids, .spellingIds). */
function postingsCoverage(q: QuestionTerms, docs: Bm25Index, ids: Int32Array, spellings: Int32Array[], doc: number): number {
  if (q.totalIdf === 0) return 0;
  let covered = 0;
  // A repeated term counts once, at its first position (as the sentence's coverage counts it): its later ids are −1.
  for (let t = 0; t < q.terms.length; t++) if (docHoldsTerm(docs, doc, ids[t], spellings[t])) covered += q.idf[t];
  return covered / q.totalIdf;
}

/** The other spellings' ids of a term that has none (QuestionTerms.spellingIds), shared. */
const NO_SPELLINGS = new Int32Array(0);

/** Whether doc of `docs` holds a term, by its id or one of its other spellings' (QuestionTerms.spellingIds). */
function docHoldsTerm(docs: Bm25Index, doc: number, id: number, spellings: Int32Array): boolean {
  if (docs.hasId(doc, id)) return true;
  for (const other of spellings) if (docs.hasId(doc, other)) return true;
  return false;
}
