import type { Bm25Index } from '../../index/bm25-index.js';
import { STOP_WORDS } from '../../lexicon/stop-words.js';
import { inLexicon, isAdverb, isNounInflectionOf } from '../../lexicon/lexicon.js';
import { HOW_QUANTIFIERS, WH_WORDS, YES_NO_OPENERS } from './answer-type.js';

/**
 * Query-side spelling correction against the coverage's own vocabulary ("did you mean"): a question term no sentence of
 * the coverage has ("zelenskiy", "sigimund") is read as the vocabulary term closest to it ("zelenskyy", "sigismund"),
 * or as typed when none is close enough. The rule is the search engines': the number of edits allowed grows with the
 * term's length as Elasticsearch's fuzziness "AUTO:low,high" says (Fuzziness; the answer layer's is in ANSWER_DEFAULTS), edits are
 * Damerau-Levenshtein's (insert, delete, substitute, swap two neighbours; optimal string alignment, as Lucene's
 * DirectSpellChecker and FuzzyQuery count them), and DirectSpellChecker's defaults choose among candidates: the first
 * character must match (minPrefix 1: a typo rarely hits it, and it keeps the search small), the fewest edits win, then
 * the most frequent term (document frequency), then code-point order, so ties are deterministic. Only words made of
 * letters are corrected or offered: a number is a value ("1987" is not a misspelt "1986"). Nor is a word the dictionary
 * has (WordNet, places and people included) corrected: a spelling checker flags only words its dictionary lacks (Hunspell,
 * aspell; Norvig 2007 returns a known word as it is), and one edit from a word of the coverage is then another word, most
 * often a derivation ("Slovenia" of "Slovenian"; session 10 counted "Russian as russia" among the misreads, defaults.ts),
 * which WordNet's related forms already match (related-words.ts).
 */
export function correctionOf(vocabulary: Bm25Index, term: string, fuzziness: Fuzziness = AUTO): string | null {
  const bound = editsAllowed(term.length, fuzziness);
  if (bound === 0 || vocabulary.termId(term) >= 0 || !LETTERS.test(term) || inLexicon(term)) return null;
  const byLength = lengthBuckets(vocabulary).get(term.charCodeAt(0));
  if (!byLength) return null;
  let best: string | null = null;
  let bestEdits = bound + 1;
  let bestDf = 0;
  for (let length = Math.max(1, term.length - bound); length <= term.length + bound; length++) {
    for (const id of byLength[length] ?? []) {
      const candidate = vocabulary.termAt(id);
      const edits = boundedEdits(term, candidate, Math.min(bound, bestEdits));
      if (edits > bound || edits > bestEdits) continue;
      const df = vocabulary.df(candidate);
      if (edits < bestEdits || df > bestDf || (df === bestDf && best !== null && candidate < best)) {
        best = candidate;
        bestEdits = edits;
        bestDf = df;
      }
    }
  }
  return best;
}

/**
 * The coverage's other spellings of a name that romanization writes several ways: the Slavic adjectival ending
 * (Russian -ий / -ый, Ukrainian -ий / -ій after a consonant) is "-iy" / "-yy" in BGN/PCGN (Russian 1947, Ukrainian 1965),
 * "-yi" in Ukraine's national system (Cabinet of Ministers resolution 55, 2010), "-ii" in the Library of Congress's
 * (ALA-LC, its breve dropped), "-ij" in ISO 9 and the scholarly system, "-y" in the simplified spelling of the press: one
 * name, "Zelenskyy", "Zelenskiy", "Zelensky", "Dmitriy", "Dmitry", "Dmitrii". Only these endings after a consonant,
 * and only terms the vocabulary has: the plain "-i" is left out (the Polish and Italian "-ski", "-i", no romanization of
 * -ий), and so are a doubled letter and one edit anywhere, which merge other names and words (fold B's "Henry" / "Henri",
 * "Khan" / "Khaan", "Johnson" / "Johnston": variants note, session 41). The study fold's and the fit news questions
 * have no name written so (0 of 5,173 and 78); a chat question's "zelensky" of articles writing "Zelenskyy" does.
 */
export function transliterationVariants(vocabulary: Bm25Index, term: string): string[] {
  const m = ROMANIZED_ENDING.exec(term);
  if (!m) return [];
  const [, stem, ending] = m;
  return ROMANIZED_ENDINGS.filter((e) => e !== ending && vocabulary.termId(stem + e) >= 0).map((e) => stem + e);
}
const ROMANIZED_ENDINGS = ['y', 'yy', 'iy', 'yi', 'ii', 'ij'];
/** A stem of at least three letters ending in a consonant, then one of ROMANIZED_ENDINGS. */
const ROMANIZED_ENDING = /^([a-z]{2,}[b-df-hj-np-tv-xz])(yy|iy|yi|ii|ij|y)$/;

/** A word the coverage's vocabulary lacks, as typed ("Zelenskiy") and as a term ("zelenskiy"), and the term it was read as. */
export interface Correction {
  typed: string;
  term: string;
  read: string;
}

/**
 * What the reply says about the words it read another way, beside the answer or the abstention on every surface (as
 * Answer.notices): "Read Zelenskiy as Zelenskyy." The term is written in the typed word's case (a capital first, or all
 * capitals), since the vocabulary holds lower-case lemmas.
 */
export function correctionNotices(corrected: readonly Correction[]): string[] {
  // A plural read as its singular ("Europeans" as "European") is no misspelling: the reply does not say so, though it is read
  // so. A spelling checker accepts the affixed forms of its dictionary's words (Hunspell's affix rules).
  const misspelt = corrected.filter(({ term, read }) => !isNounInflectionOf(term, read));
  if (misspelt.length === 0) return [];
  const each = misspelt.map(({ typed, read }) => `${typed} as ${inCaseOf(typed, read)}`);
  const list = each.length > 1 ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}` : each[0];
  return [`Read ${list}.`];
}

function inCaseOf(typed: string, term: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return term.toUpperCase();
  return /^\p{Lu}/u.test(typed) ? term.charAt(0).toUpperCase() + term.slice(1) : term;
}

/**
 * Elasticsearch's fuzziness "AUTO:low,high": a term shorter than `low` characters is never corrected, one shorter than
 * `high` by one edit, a longer one by two. Plain AUTO is AUTO:3,6.
 */
export interface Fuzziness {
  low: number;
  high: number;
}
const AUTO: Fuzziness = { low: 3, high: 6 };

/** The edits a term of this many characters may be away from its correction. */
export function editsAllowed(length: number, { low, high }: Fuzziness = AUTO): number {
  return length < low ? 0 : length < high ? 1 : 2;
}

const LETTERS = /^\p{L}+$/u;

/**
 * The vocabulary's letter-only terms by first character, then by length: the candidates of a term are those sharing its
 * first character whose length is within the edits allowed. Built once per index, on its first out-of-vocabulary term.
 */
type LengthBuckets = Map<number, number[][]>;
const BUCKETS = new WeakMap<Bm25Index, LengthBuckets>();

function lengthBuckets(vocabulary: Bm25Index): LengthBuckets {
  let buckets = BUCKETS.get(vocabulary);
  if (!buckets) {
    buckets = new Map();
    for (let id = 0; id < vocabulary.vocabularySize; id++) {
      const term = vocabulary.termAt(id);
      if (term.length < 2 || !LETTERS.test(term)) continue;
      const first = term.charCodeAt(0);
      let byLength = buckets.get(first);
      if (!byLength) buckets.set(first, (byLength = []));
      (byLength[term.length] ??= []).push(id);
    }
    BUCKETS.set(vocabulary, buckets);
  }
  return buckets;
}

/** Three rows of the distance table, reused: the current one, the one before and the one before that (for swaps). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The optimal-string-alignment distance between a and b when it is at most `bound`, else bound + 1. Only the band of
 * cells within `bound` of the diagonal is filled (a cell farther away costs more than the bound; Ukkonen 1985), row by
 * row, given up as soon as a whole row exceeds the bound (no later row can come back under it).
 */
export function boundedEdits(a: string, b: string, bound: number): number {
  const m = a.length;
  const n = b.length;
  const over = bound + 1;
  if (Math.abs(m - n) > bound) return over;
  if (rows[0].length <= n + 1) rows = rows.map(() => new Int32Array(2 * (n + 2)));
  let before = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= n; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(n, i + bound);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    // The cell right of the band, which the next row reads above it.
    if (to < n) current[to + 1] = over;
    let rowMin = current[from - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return over;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[n], over);
}

/**
 * A question with each wh-word's contraction that chat writes without its apostrophe ("whats", "whos", "wheres") spelt with
 * it ("what's"), so that the tokenizer splits off the wh-word that says what is asked: "whos the spokesman" is then read as
 * "who's the spokesman?" is, a person question, not one asking anything. The contractions are the enclitic 's ("is", "has")
 * after how, what, when, where, who and why; Hunspell's English dictionary suggests the same spelling for the word without
 * it, since the characters a suggestion may insert (the TRY line of its en_US.aff) end with the apostrophe. Not a word the
 * dictionary has: a spelling checker corrects only words its dictionary lacks (Hunspell; Norvig 2007), as correctionOf does.
 */
export function withContractionApostrophes(text: string): string {
  return text.replace(APOSTROPHE_DROPPED, (word, wh: string) => (inLexicon(word.toLowerCase()) ? word : `${wh}'s`));
}
/** The wh-words with an 's contraction, written with an s and no apostrophe, as a whole word. */
const APOSTROPHE_DROPPED = /(?<![\p{L}\p{N}'’])(how|what|when|where|who|why)s(?![\p{L}\p{N}'’])/giu;

/**
 * A question opening with a misspelt wh-word ("wen did they meet", "wat is the price") read with it spelt ("when"), and the
 * correction, which the reply states as it states the others ("Read wen as when."). Such words are often words of their own
 * ("wen", "wat"), which no dictionary check flags: a real-word error is found by its context (Mays, Damerau & Mercer 1991).
 * The context here is the wh-question's: a wh-element, then the operator, inverted (Quirk et al. 1985 §11.14). So the first
 * word is read as the one wh-word a single edit away (Damerau's four: most misspellings are one such edit, Damerau 1964)
 * when the word after it is an operator, or "many" or "much" after a "how" ("hw many"), and the question has no wh-word of
 * its own ("There is growing interest in what …?" asks with "what"). Not a function word (a stop word) nor an adverb
 * (WordNet): "There is …?", "That is …?" and "Now is …?" open declarative questions, one edit from "where", "what" and
 * "how"; the wh-words are themselves adverbs and pronouns, whose place another such word takes in a clause of its own. Nor
 * when two wh-words are one edit away ("whi": "who" or "why"), nor a word of the coverage's vocabulary, which may name
 * someone ("Wen"), as correctionOf leaves such words as typed. None of SQuAD dev's, the news or the seed questions fires it.
 */
export function withWhWordSpelt(text: string, vocabulary?: Bm25Index): { text: string; corrected: Correction | null } {
  const m = OPENING_PAIR.exec(text);
  if (!m) return { text, corrected: null };
  const [, before, typed, after] = m;
  const word = typed.toLowerCase();
  if (WH_WORDS.has(word) || STOP_WORDS.has(word) || isAdverb(word) || (vocabulary && vocabulary.termId(word) >= 0)) {
    return { text, corrected: null };
  }
  if ((text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => WH_WORDS.has(w))) return { text, corrected: null };
  const near = [...WH_WORDS].filter((wh) => boundedEdits(word, wh, 1) === 1);
  const next = after.toLowerCase();
  const opensQuestion = YES_NO_OPENERS.has(next) || (near[0] === 'how' && HOW_QUANTIFIERS.has(next));
  if (near.length !== 1 || !opensQuestion) return { text, corrected: null };
  const read = inCaseOf(typed, near[0]);
  return { text: before + read + text.slice(before.length + typed.length), corrected: { typed, term: word, read: near[0] } };
}
/** The question's first word and the word after it: "wen did" in "  wen did they meet". */
const OPENING_PAIR = /^(\P{L}*)(\p{L}+)\s+(\p{L}+)(?![\p{L}'’])/u;
