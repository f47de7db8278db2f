import winkNLP, { type Document, type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldAccents } from './index-terms.js';

export type Nlp = WinkMethods;

/**
 * wink-nlp's default pipe without `sentiment`, which nothing here reads: its pass over every token
 * (one automaton of the model's ~400 kB) was ~5-8 % of readDoc's CPU time on SQuAD (issue #5), and it
 * only writes sentence and document sentiment scores, so tokens, sentences, entities, POS, lemmas and
 * negation flags come out the same (checked on SQuAD and the seeds). Custom entities (`cer`) are not used.
 */
const PIPE = ['sbd', 'negation', 'pos', 'ner'];

/**
 * Creates the process's wink-nlp instance. Call it once, in a composition root, and pass it on:
 * a second instance in the same process silently loses POS and entity patterns.
 */
export function createNlp(): Nlp {
  let core: LexiconModel | undefined;
  let cache: WinkCache | undefined;
  let pipe: WinkPipe | undefined;
  const loadCore = model.core as () => LexiconModel;
  const featureFn = model.featureFn as (config: unknown) => Record<string, WinkFeature>;
  const loadSbd = model.sbd as () => SentenceModel;
  const nlp = winkNLP(
    {
      ...model,
      core: () => (core = loadCore()),
      featureFn: (config: unknown) => reachingCache(featureFn(config), (c) => (cache ??= c)),
      sbd: () => reachingPipe(loadSbd(), (p) => (pipe ??= p)),
    },
    PIPE,
  );
  if (!core) throw new Error('wink-nlp did not load its core model');
  const lexicon = forgetBetweenDocuments(core.features.lexeme);
  const readDoc = nlp.readDoc;
  nlp.readDoc = (text) => {
    lexicon.forget();
    try {
      return readDoc(text);
    } finally {
      lexicon.forget();
    }
  };
  // A word outside the lexicon, read once so that wink hands its cache to the features (reachingCache).
  nlp.readDoc('Qzxvbwkj');
  if (!cache) throw new Error('wink-nlp did not pass its cache to the lexical features');
  if (!pipe) throw new Error('wink-nlp did not pass its pipe to the sentence setter');
  lexicon.typeAdditions(cache);
  Object.defineProperty(nlp, PIPE_OF, { value: pipe });
  return nlp;
}

/**
 * wink-nlp 2.4's pipe as its readDoc consults it, annotation by annotation, at each reading (`currPipe` in wink-nlp.js,
 * which every raw document holds as `currPipe`): the one object, not `doc.pipeConfig()`'s copy.
 */
type WinkPipe = Record<string, boolean>;
/**
 * The key of an instance's pipe (createNlp): a property of the instance, not a table keyed by it, so that a wrapper
 * forwarding the instance's properties (a Proxy, as load-coverage's test of a failing analysis makes) reads the same one.
 */
const PIPE_OF = Symbol('wink pipe');

/** wink-eng-lite-web-model's sentence boundary model: its setter receives each raw document read with `sbd` on. */
interface SentenceModel {
  setter: (px: unknown, rdd: { currPipe: WinkPipe }) => void;
}

/** The sentence model, its setter telling `reached` the pipe of the document it sets sentences of. */
function reachingPipe(sentences: SentenceModel, reached: (pipe: WinkPipe) => void): SentenceModel {
  const setter = sentences.setter;
  return {
    ...sentences,
    setter: (px, rdd) => {
      reached(rdd.currPipe);
      setter(px, rdd);
    },
  };
}

/** The part of wink's loaded core model that holds its lexicon (wink-nlp 2.4, `cache.js`). */
interface LexiconModel {
  features: { lexeme: { hash: Record<string, number> } };
}

/** wink-nlp 2.4's cache as its lexical features receive it: `add` files a word read with its token type (a number). */
interface WinkCache {
  add(text: string, type: number): number;
}
type WinkFeature = (word: string, type: number, cache: WinkCache) => unknown;

/** The model's lexical features, each telling `reached` the cache it is called with (the third argument, in wink-nlp 2.4). */
function reachingCache(features: Record<string, WinkFeature>, reached: (cache: WinkCache) => void): Record<string, WinkFeature> {
  return Object.fromEntries(
    Object.entries(features).map(([name, feature]) => [
      name,
      (word: string, type: number, cache: WinkCache) => {
        reached(cache);
        return feature(word, type, cache);
      },
    ]),
  );
}

/**
 * Makes each document's analysis a function of its own text. wink-nlp 2.4 adds every
 * out-of-vocabulary word it reads to the lexicon's hash, and its tokenizer asks that hash whether a
 * string is one token: "CBS's anchor" gave "CBS" "'s" in a fresh process but one token "CBS's" once
 * "CBS's." had been read, in any earlier document (SQuAD dev analysed fresh and after the 136 news
 * scrapes differed in 54,366 token fields). An analysis, the ranker's features and so an answer then
 * depended on what the process had read before: a restart from the analysis cache, the REPL and the bot
 * could disagree. wink's lookups keep the hash object they were built with, while adding a word reads
 * `lexeme.hash` afresh; so `lexeme.hash` becomes a store of every word ever added (indices stay stable
 * and memory bounded by the vocabulary), and a word is shown to the lookups only from the moment the
 * current document adds or meets it, as in a process that reads this document first.
 * wink also files a word under the token type of its first reading (word, number, …), and derives its default part of
 * speech from it: "41" cut out of a news ticker line ("INC.113.40-1.62-1.41%") is a word, standing alone a number, and
 * once the ticker had been read SQuAD's "41-yard line" lost its number entity (259 SQuAD questions' features differed).
 * So the store keeps one entry per word and type (typeAdditions: the type wink adds it with): a word re-met in a later
 * document gets the entry of the type it is read with there. `forget` hides the words of the document just read.
 */
function forgetBetweenDocuments(lexeme: LexiconModel['features']['lexeme']): {
  forget: () => void;
  typeAdditions: (cache: WinkCache) => void;
} {
  const seen = lexeme.hash;
  // Index of each word added, by type and word; the type of the word being added (null before typeAdditions).
  const added = new Map<string, number>();
  let adding: number | null = null;
  const key = (word: string) => (adding === null ? null : `${adding}\u0000${word}`);
  const shown: string[] = [];
  const show = (word: string, index: number) => {
    seen[word] = index;
    shown.push(word);
  };
  lexeme.hash = new Proxy(Object.create(null) as Record<string, number>, {
    get(_, word) {
      if (typeof word !== 'string') return undefined;
      const known = seen[word];
      if (known !== undefined) return known;
      const at = key(word);
      const index = at === null ? undefined : added.get(at);
      if (index !== undefined) show(word, index);
      return index;
    },
    set(_, word, index: number) {
      if (typeof word !== 'string') return false;
      const at = key(word);
      if (at !== null) added.set(at, index);
      show(word, index);
      return true;
    },
  });
  return {
    forget: () => {
      for (const word of shown) delete seen[word];
      shown.length = 0;
    },
    typeAdditions: (cache) => {
      const add = cache.add;
      cache.add = (text, type) => {
        adding = type;
        try {
          return add(text, type);
        } finally {
          adding = null;
        }
      };
    },
  };
}

/** The per-token columns of a text's words, as a question's reading takes them (readWords). */
export interface WordColumns {
  value: string[];
  precedingSpaces: string[];
  /** Lower-cased. */
  lemma: string[];
  pos: string[];
}

/** The per-token columns the pipeline reads from a wink document, in one place. */
export interface TokenColumns extends WordColumns {
  negation: boolean[];
}

/**
 * Reads a text with wink-nlp: its document (sentences, entities by token index) and its token columns, whose values
 * are the text's own characters. wink's tokenizer takes the letters of Latin-1 for letters but splits a word at a letter
 * beyond them ("Erdoğan" → "Erdo" "ğ" "an", "Petrović" → "Petrovi" "ć", "Łódź" → "Ł" "ód" "ź"), so wink reads a copy
 * with those letters as their base letters (baseLetters), one UTF-16 unit for one, and with runs too long for its
 * tokenizer cut (shortRuns): every token's offset is the same in both texts, and its value is sliced from the original.
 * Lemmas are those of the copy, which index terms fold to anyway.
 */
export function readText(nlp: Nlp, text: string): { doc: Document; columns: TokenColumns } {
  const { doc, columns } = readColumns(nlp, text);
  return { doc, columns: { ...columns, negation: column<boolean>(doc.tokens(), nlp.its.negationFlag) } };
}

/**
 * wink's annotations that a text's words, spaces, lemmas and parts of speech do not depend on. In wink-nlp 2.4's readDoc
 * sentence boundaries only fill the document's sentences, entities only its entities, negation only the sentences' and
 * tokens' negation flags (a bit the POS pass and the lemmas never read); the POS pass tags from the tokens alone.
 */
const NOT_FOR_WORDS = ['sbd', 'ner', 'negation'] as const;

/**
 * A text's word columns as readText gives them, read without the annotations that do not make them (NOT_FOR_WORDS): a
 * question's reading takes its words, lemmas and parts of speech only. Without those passes the 10,570 SQuAD dev questions
 * were read in about 70% of the time, every column the same (session 53); wink's reading of the question was 14% of
 * answer()'s CPU time in a profile of them.
 */
export function readWords(nlp: Nlp, text: string): WordColumns {
  const pipe = (nlp as Nlp & { [PIPE_OF]?: WinkPipe })[PIPE_OF];
  if (!pipe) throw new Error('readWords needs a wink-nlp instance made by createNlp');
  for (const annotation of NOT_FOR_WORDS) pipe[annotation] = false;
  try {
    return readColumns(nlp, text).columns;
  } finally {
    for (const annotation of NOT_FOR_WORDS) pipe[annotation] = true;
  }
}

/** readText's reading of a text, its word columns. */
function readColumns(nlp: Nlp, text: string): { doc: Document; columns: WordColumns } {
  const read = shortRuns(baseLetters(text));
  const doc = nlp.readDoc(read);
  const its = nlp.its;
  const tokens = doc.tokens();
  const value = column<string>(tokens, its.value);
  const precedingSpaces = column<string>(tokens, its.precedingSpaces);
  if (read !== text) {
    let offset = 0;
    for (let i = 0; i < value.length; i++) {
      offset += precedingSpaces[i].length;
      // wink-nlp's tokenisation is lossless, so this only guards against a model surprise.
      if (!read.startsWith(value[i], offset)) offset = read.indexOf(value[i], offset);
      value[i] = text.slice(offset, offset + value[i].length);
      offset += value[i].length;
    }
  }
  // wink gives some tokens no lemma ("cannot" before a full stop or "!", which it leaves one token): the word is then its
  // own lemma, as for any word its lemmatizer leaves alone; without one the whole article failed to analyse.
  const lemma = column<string | null | undefined>(tokens, its.lemma);
  return {
    doc,
    columns: {
      value,
      precedingSpaces,
      lemma: lemma.map((l, i) => (l ?? value[i]).toLowerCase()),
      pos: column<string>(tokens, its.pos),
    },
  };
}

/**
 * One column of a document's tokens. wink-nlp's typings declare `its.lemma` with a parameter order its own `out()` does
 * not accept. A function of the module, not a closure of readText: under tsx every closure made is named by a
 * defineProperty call (esbuild's keepNames), about 3% of answer()'s CPU over all of them (profile of SQuAD 1x, session 46).
 */
function column<T>(tokens: ReturnType<Document['tokens']>, f: unknown): T[] {
  return tokens.out(f as ItsFunction<T>) as T[];
}

/**
 * The longest run of characters without a space that wink reads whole. wink-nlp 2.4's tokenizer tries its e-mail pattern
 * (`[-!#$%&'*+\/=?^\w{|}~](?:\.?[…])*@…`, in the model's tokenizer regexes) and its URL patterns at each character of a run,
 * each scanning on to the run's end: the time grows with the square of a run's length or worse. A 20 KB page whose one
 * paragraph was `[link](http://x.y)` repeated (HTML keeps it) took 67 s to load, `http://a.b/` repeated in a text page
 * 122 s, and a paragraph may hold 100,000 characters. Measured (readDoc over 50,000 characters of runs of one length, the
 * slowest of 13 repeated pieces): runs of 256 take 0.38 s, of 1,000 1.0 s, of 2,000 3.1 s; the seeds' prose 0.12–0.19 s.
 * No word is that long (the seeds' longest run is a 95-character address): only addresses, hashes and junk are cut.
 */
const MAX_RUN = 256;
/** A run as wink's tokenizer splits text into them: between the spaces of the model's `splitter` (wink-eng-lite-web-model 1.8). */
const LONG_RUN = new RegExp(`[^ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f\\n\\r\\t]{${MAX_RUN + 1},}`, 'g');

/**
 * The text with every run longer than MAX_RUN cut into runs of at most MAX_RUN, each cut one character read as spaces (a
 * surrogate pair as two, so that no half of one is left in a token): the same length, offset for offset. The character at
 * a cut is in no token; the text, which excerpts are cut from, keeps it.
 */
function shortRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    let from = 0;
    while (run.length - from > MAX_RUN) {
      let cut = from + MAX_RUN;
      if (isLow(run.charCodeAt(cut)) && isHigh(run.charCodeAt(cut - 1))) cut++;
      const width = isHigh(run.charCodeAt(cut)) && isLow(run.charCodeAt(cut + 1)) ? 2 : 1;
      out += run.slice(from, cut) + ' '.repeat(width);
      from = cut + width;
    }
    return out + run.slice(from);
  });
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Latin Extended-A and -B, Latin Extended Additional: the letters wink's tokenizer does not take for letters. */
const BEYOND_LATIN_1 = /[\u0100-\u024f\u1e00-\u1eff]/g;
/**
 * Letters of those blocks with no canonical decomposition, by the base letter of their Unicode names ("LATIN SMALL
 * LETTER L WITH STROKE"); the others without one (œ, ŋ, ə) stay as they are.
 */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T', ƀ: 'b', ƚ: 'l' };

/** The text with each letter beyond Latin-1 that has an ASCII base letter replaced by it: the same length, offset for offset. */
export function baseLetters(text: string): string {
  return text.replace(BEYOND_LATIN_1, baseLetter);
}

function baseLetter(letter: string): string {
  const base = foldAccents(letter);
  if (base.length === 1 && base.charCodeAt(0) < 0x80) return base;
  return UNDECOMPOSED[letter] ?? letter;
}
