import winkNLP, { type ItsFunction, type Tokens as WinkTokens, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
  const loadCore = model.core as () => LexiconModel;
  const nlp = winkNLP({ ...model, core: () => (core = loadCore()) }, PIPE);
  if (!core) throw new Error('wink-nlp did not load its core model');
  const forget = forgetBetweenDocuments(core.features.lexeme);
  const readDoc = nlp.readDoc;
  nlp.readDoc = (text) => {
    forget();
    try {
      return readDoc(text);
    } finally {
      forget();
    }
  };
  return nlp;
}

/** The part of wink's loaded core model that holds its lexicon (wink-nlp 2.4, `cache.js`). */
interface LexiconModel {
  features: { lexeme: { hash: Record<string, number> } };
}

/**
 * Makes each document's tokenization a function of its own text. wink-nlp 2.4 adds every
 * out-of-vocabulary word it reads to the lexicon's hash, and its tokenizer asks that hash whether a
 * string is one token: "CBS's anchor" gave "CBS" "'s" in a fresh process but one token "CBS's" once
 * "CBS's." had been read, in any earlier document (SQuAD dev analysed fresh and after the 136 news
 * scrapes differed in 54,366 token fields). An analysis, the ranker's features and so an answer then
 * depended on what the process had read before: a restart from the analysis cache, the REPL and the bot
 * could disagree. wink's lookups keep the hash object they were built with, while adding a word reads
 * `lexeme.hash` afresh; so `lexeme.hash` becomes a store of every word ever added (indices stay stable
 * and memory bounded by the vocabulary), and a word is shown to the lookups only from the moment the
 * current document adds or meets it, as in a process that reads this document first. The returned
 * function hides the words of the document just read.
 */
function forgetBetweenDocuments(lexeme: LexiconModel['features']['lexeme']): () => void {
  const seen = lexeme.hash;
  const added: Record<string, number> = Object.create(null) as Record<string, number>;
  const shown: string[] = [];
  const show = (word: string, index: number) => {
    seen[word] = index;
    shown.push(word);
  };
  lexeme.hash = new Proxy(added, {
    get(store, word) {
      if (typeof word !== 'string') return undefined;
      const known = seen[word];
      if (known !== undefined) return known;
      const index = store[word];
      if (index !== undefined) show(word, index);
      return index;
    },
    set(store, word, index: number) {
      if (typeof word !== 'string') return false;
      store[word] = index;
      show(word, index);
      return true;
    },
  });
  return () => {
    for (const word of shown) delete seen[word];
    shown.length = 0;
  };
}

/** The per-token columns the pipeline reads from a wink document, in one place. */
export interface TokenColumns {
  value: string[];
  precedingSpaces: string[];
  /** Lower-cased. */
  lemma: string[];
  pos: string[];
  negation: boolean[];
}

export function tokenColumns(nlp: Nlp, tokens: WinkTokens): TokenColumns {
  const its = nlp.its;
  // wink-nlp's typings declare `its.lemma` with a parameter order its own `out()` does not accept.
  const column = <T>(f: unknown) => tokens.out(f as ItsFunction<T>) as T[];
  return {
    value: column<string>(its.value),
    precedingSpaces: column<string>(its.precedingSpaces),
    lemma: column<string>(its.lemma).map((l) => l.toLowerCase()),
    pos: column<string>(its.pos),
    negation: column<boolean>(its.negationFlag),
  };
}
