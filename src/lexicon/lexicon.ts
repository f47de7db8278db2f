import { LEXICON_DEFAULTS } from './defaults.js';
import { openWordNet, synsetById, synsetIdsOf, synsetsWithPointer, wordNetOpen, WORD_POS, type Synset, type WordPos } from './wordnet.js';

/**
 * What the answering core asks of WordNet: other words for a word, the word in another part of
 * speech, a nationality's country and back, and whether a noun names a kind of something. All lemmas
 * in and out are lower-case with spaces ("united states"). Results are cached per lemma.
 */

const HYPERNYM = new Set(['@', '@i']);
/** WordNet's "location" synset (n00027365 in 3.1): where places' hypernym chains end. */
const LOCATION = 'location';

export interface LexiconOptions {
  pos?: readonly WordPos[];
  /** Only the first this many senses of the word in each part of speech. */
  maxSenses?: number;
  /** Leave out the senses that name one individual (WordNet's instance hypernym "@i": "Daniel" the prophet). */
  kindsOnly?: boolean;
}

function senses(lemma: string, options: LexiconOptions = {}): Synset[] {
  const max = options.maxSenses ?? LEXICON_DEFAULTS.maxSenses;
  const all = (options.pos ?? WORD_POS).flatMap((p) => synsetIdsOf(lemma, p).slice(0, max).map(synsetById));
  return options.kindsOnly ? all.filter((s) => !s.pointers.some((p) => p.symbol === '@i')) : all;
}

/** Whether WordNet has a sense of the lemma that is a kind of thing, act or quality rather than one named individual. */
export function isCommonWord(lemma: string): boolean {
  return senses(lemma, { kindsOnly: true, maxSenses: Infinity }).length > 0;
}

/** Whether WordNet has the lemma at all, in any part of speech, as a kind or as one named individual ("slovenia"). */
export function inLexicon(lemma: string): boolean {
  return WORD_POS.some((pos) => synsetIdsOf(lemma, pos).length > 0);
}

/** Whether WordNet has the lemma as a verb ("ban", "house"). */
export function isVerb(lemma: string): boolean {
  return synsetIdsOf(lemma, 'v').length > 0;
}

/** Whether WordNet has the lemma as an adverb ("now", "here"). */
export function isAdverb(lemma: string): boolean {
  return synsetIdsOf(lemma, 'r').length > 0;
}

/** morphy's detachment rules for nouns: the inflected ending and the base form's. */
const NOUN_DETACHMENTS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
];

/**
 * Whether `word` is `base` with a regular noun inflection ("europeans" of "european", "duchies" of "duchy", "boxes" of
 * "box"), by the detachment rules WordNet's morphy undoes to find a noun's base form (morphy(7WN)). Lower-case lemmas.
 */
export function isNounInflectionOf(word: string, base: string): boolean {
  return NOUN_DETACHMENTS.some(([suffix, ending]) => word.endsWith(suffix) && word.slice(0, -suffix.length) + ending === base);
}

/**
 * The other words of the lemma's synsets ("summit" → "acme", "peak", …), without the lemma itself; with `options.pos`, of
 * those parts of speech only ("talk" as a verb → "speak", …).
 */
export function wordNetSynonymsOf(lemma: string, options: LexiconOptions = {}): string[] {
  const self = normal(lemma);
  const out = new Set<string>();
  for (const s of senses(lemma, options)) for (const w of s.words) if (w !== self) out.add(w);
  return [...out];
}

const ancestorCache = new Map<string, ReadonlySet<string>>();

/** Every word of every synset above this one, through all its hypernyms (not only the first). */
function ancestorWords(id: string): ReadonlySet<string> {
  const cached = ancestorCache.get(id);
  if (cached) return cached;
  const out = new Set<string>();
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const s = synsetById(stack.pop() as string);
    for (const p of s.pointers) {
      if (!HYPERNYM.has(p.symbol) || seen.has(p.target)) continue;
      seen.add(p.target);
      for (const w of synsetById(p.target).words) out.add(w);
      stack.push(p.target);
    }
  }
  ancestorCache.set(id, out);
  return out;
}

/**
 * The first of `kinds` that one of the noun's senses is a kind of, trying senses in frequency order
 * and, within a sense, `kinds` in the order given; null when none is. `kinds` are words naming
 * hypernym synsets ("organization", "location", "person").
 * "newspaper" with ["person", "organization"] → "organization" (its second sense, a newspaper firm).
 */
export function kindOf<K extends string>(lemma: string, kinds: readonly K[], options: LexiconOptions = {}): K | null {
  for (const s of senses(lemma, { pos: ['n'], ...options })) {
    const above = ancestorWords(s.id);
    for (const k of kinds) if (above.has(k) || s.words.includes(k)) return k;
  }
  return null;
}

/** Words derivationally related to the lemma ("elect" → "election", "elector"; "visit" → "visitor"). */
export function derivationsOf(lemma: string): string[] {
  return lexicalTargets(lemma, '+');
}

/** What an adjective pertains to ("french" → "france", "presidential" → "president"). */
export function pertainymsOf(lemma: string): string[] {
  return lexicalTargets(lemma, '\\', { pos: ['a', 'r'] });
}

/**
 * The places a nationality word belongs to: the adjective's pertainym ("french" → "france"), the
 * people noun's member holonym ("russian" → "russia", "american" → "united states", "america", …),
 * kept when the place is a location.
 */
export function placesOf(lemma: string): string[] {
  const out = new Set<string>();
  const add = (id: string) => {
    const s = synsetById(id);
    if (s.pos === 'n' && isLocation(s)) for (const w of s.words) out.add(w);
  };
  for (const s of senses(lemma, { pos: ['a'] })) {
    for (const p of s.pointers) if (p.symbol === '\\' && wordMatches(s, p.sourceWord, lemma)) add(p.target);
  }
  for (const s of senses(lemma, { pos: ['n'] })) for (const p of s.pointers) if (p.symbol === '#m') add(p.target);
  return [...out];
}

/**
 * The nationality words of a place: its member meronyms ("russia" → "russian"), the adjectives that
 * pertain to it ("france" → "french"), and its derivations ("america" → "american").
 */
export function peopleOf(lemma: string): string[] {
  const out = new Set<string>();
  for (const s of senses(lemma, { pos: ['n'] })) {
    if (!isLocation(s)) continue;
    for (const p of s.pointers) {
      if (p.symbol === '%m') for (const w of synsetById(p.target).words) out.add(w);
      if (p.symbol === '+' && wordMatches(s, p.sourceWord, lemma)) out.add(targetWord(p));
    }
    for (const adjective of pertainingTo().get(s.id) ?? []) out.add(adjective);
  }
  return [...out];
}

/**
 * The lemma in other parts of speech and the other side of a nationality: derivations, pertainyms,
 * places of a people and peoples of a place, without the lemma itself. What soft matching starts from.
 */
export function relatedFormsOf(lemma: string): string[] {
  const self = normal(lemma);
  const out = new Set([...derivationsOf(lemma), ...pertainymsOf(lemma), ...placesOf(lemma), ...peopleOf(lemma)]);
  out.delete(self);
  return [...out];
}

function lexicalTargets(lemma: string, symbol: string, options: LexiconOptions = {}): string[] {
  const out = new Set<string>();
  for (const s of senses(lemma, options)) {
    for (const p of s.pointers) if (p.symbol === symbol && wordMatches(s, p.sourceWord, lemma)) out.add(targetWord(p));
  }
  return [...out];
}

/** Whether a lexical pointer's source word is the lemma (a pointer from the whole synset, 0, matches). */
function wordMatches(s: Synset, sourceWord: number, lemma: string): boolean {
  return sourceWord === 0 || s.words[sourceWord - 1] === normal(lemma);
}

function targetWord(p: { target: string; targetWord: number }): string {
  const t = synsetById(p.target);
  return t.words[Math.max(0, p.targetWord - 1)];
}

function isLocation(s: Synset): boolean {
  return ancestorWords(s.id).has(LOCATION);
}

let pertaining: Map<string, string[]> | null = null;

/**
 * Adjective pertainym pointers reversed (place synset → its adjectives), built on first use by one
 * pass over the adjective synsets; WordNet stores them in one direction only.
 */
function pertainingTo(): Map<string, string[]> {
  if (pertaining) return pertaining;
  pertaining = new Map();
  for (const s of synsetsWithPointer('a', '\\')) {
    for (const p of s.pointers) {
      if (p.symbol !== '\\' || !p.target.startsWith('n')) continue;
      const list = pertaining.get(p.target) ?? [];
      const word = s.words[Math.max(0, p.sourceWord - 1)];
      if (!list.includes(word)) list.push(word);
      pertaining.set(p.target, list);
    }
  }
  return pertaining;
}

/**
 * Reads what the lexicon otherwise reads on a question's first use of it: WordNet's index files and the reversed
 * pertainyms (a pass over the adjective data file). The warm-up before a surface says it is ready (src/answer/warm-up.ts).
 */
export function loadLexicon(): void {
  openWordNet();
  pertainingTo();
}

/** Whether loadLexicon's tables are in memory (loaded by it, or by the questions that first needed them). */
export function lexiconLoaded(): boolean {
  return wordNetOpen() && pertaining !== null;
}

function normal(lemma: string): string {
  return lemma
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}
