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
  return winkNLP(model, PIPE);
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
