import type { CleanArticle } from '../corpus/types.js';
import { readText, type Nlp } from './nlp.js';
import { properNames, propagatePersons } from './proper-names.js';
import type { AnalysedArticle, Entity, EntityType, Sentence, Tokens } from './types.js';

const WINK_TYPES = new Set<EntityType>(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT']);

/**
 * Segments and analyses one cleaned article with wink-nlp: token columns with character offsets into
 * `article.text`, sentences (never crossing a paragraph, the blank-line-separated blocks of the
 * cleaned text), wink's entities and the proper names derived from POS tags.
 */
export function analyseArticle(nlp: Nlp, article: CleanArticle): AnalysedArticle {
  const its = nlp.its;
  const tokens: Tokens = { start: [], value: [], lemma: [], pos: [] };
  const sentences: Sentence[] = [];
  const entities: Entity[] = [];
  let passage = 0;

  for (const para of paragraphs(article.text)) {
    const { doc, columns } = readText(nlp, para.text);
    const base = tokens.value.length;
    const { value: values, precedingSpaces: spaces, lemma: lemmas, pos, negation } = columns;

    let offset = para.start;
    for (let i = 0; i < values.length; i++) {
      offset += spaces[i].length;
      // wink-nlp's tokenisation is lossless, so this only guards against a model surprise.
      if (!article.text.startsWith(values[i], offset)) offset = article.text.indexOf(values[i], offset);
      tokens.start.push(offset);
      tokens.value.push(values[i]);
      tokens.lemma.push(lemmas[i]);
      tokens.pos.push(pos[i]);
      offset += values[i].length;
    }

    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    for (const [opening, last] of mergeSplitInitialisms(spans, values)) {
      if (!hasWord(pos, opening, last)) continue;
      // wink opens a sentence after a line break with the break itself (a list's item: paragraphText); it is not shown.
      let first = opening;
      while (pos[first] === 'SPACE') first++;
      let negated = false;
      for (let i = first; i <= last; i++) negated ||= negation[i];
      sentences.push({
        id: `${article.id}:${sentences.length}`,
        start: tokens.start[base + first],
        end: tokens.start[base + last] + values[last].length,
        tokenStart: base + first,
        tokenEnd: base + last + 1,
        passage,
        negated,
      });
    }

    const inEntity = new Uint8Array(values.length);
    const details = doc.entities().out(its.detail) as unknown as { type: string }[];
    const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
    for (let e = 0; e < details.length; e++) {
      const type = details[e].type as EntityType;
      if (!WINK_TYPES.has(type)) continue;
      const [first, last] = entitySpans[e];
      for (let i = first; i <= last; i++) inEntity[i] = 1;
      entities.push({
        type,
        start: tokens.start[base + first],
        end: tokens.start[base + last] + values[last].length,
        tokenStart: base + first,
        tokenEnd: base + last + 1,
      });
    }
    entities.push(...properNames(tokens, base, tokens.value.length, inEntity));
    passage++;
  }

  entities.sort((a, b) => a.tokenStart - b.tokenStart);
  propagatePersons(tokens, entities);
  const joined = joinAbbreviatedNames(sentences, tokens.value).map((sentence, i) => ({ ...sentence, id: `${article.id}:${i}` }));
  return { id: article.id, hash: article.hash, text: article.text, meta: article.meta, tokens, sentences: joined, entities };
}

/** A word that may be an abbreviation before its period: short and opening with a capital ("ID", "Co", "KT"). */
const SHORT_CAPITALISED = /^\p{Lu}\p{L}{0,3}$/u;

/**
 * wink-nlp ends a sentence at the period after a short capitalised word when a capitalised word follows, which cuts a
 * name written with a period ("the ID. SPACE VIZZION into …" → "the ID." + "SPACE VIZZION into …"). Punkt (Kiss &
 * Strunk 2006) tells an abbreviation's period from a sentence end by the word's type and by collocation: a word the
 * text never writes without its period is an abbreviation, and an abbreviation and the word after it that recur
 * together are a collocation, across which no sentence ends. So such a cut is undone when the article writes the word
 * only with its period and the same word follows it at least twice; "in the US." + "Orbit shares …" stays cut where
 * "US" stands bare elsewhere or the pair is seen once.
 */
function joinAbbreviatedNames(sentences: Sentence[], values: readonly string[]): Sentence[] {
  const bare = new Set<string>();
  const pairs = new Map<string, number>();
  for (let k = 0; k < values.length; k++) {
    if (!SHORT_CAPITALISED.test(values[k])) continue;
    if (values[k + 1] !== '.') bare.add(values[k]);
    else if (k + 2 < values.length) pairs.set(`${values[k]} ${values[k + 2]}`, (pairs.get(`${values[k]} ${values[k + 2]}`) ?? 0) + 1);
  }
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    const prev = out[out.length - 1];
    const word = prev && values[prev.tokenEnd - 1] === '.' ? values[prev.tokenEnd - 2] : undefined;
    const next = values[sentence.tokenStart];
    const collocation =
      word !== undefined &&
      prev.passage === sentence.passage &&
      SHORT_CAPITALISED.test(word) &&
      !bare.has(word) &&
      /^\p{Lu}/u.test(next) &&
      (pairs.get(`${word} ${next}`) ?? 0) >= 2;
    if (collocation)
      out[out.length - 1] = { ...prev, end: sentence.end, tokenEnd: sentence.tokenEnd, negated: prev.negated || sentence.negated };
    else out.push(sentence);
  }
  return out;
}

/** The blank-line-separated blocks of the cleaned text, with their offsets. */
export function paragraphs(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /\S[\s\S]*?(?=\n\s*\n|\s*$)/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index, text: m[0] });
  return out;
}

/**
 * wink-nlp ends a sentence after a capital initial followed by a period, which breaks "Russia-U.S. talks"
 * into "Russia-U." + "S. talks". Rejoin a sentence ending in a single-letter initial with the next one
 * when that one starts with another initial or in lower case.
 */
function mergeSplitInitialisms(spans: [number, number][], values: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && endsWithInitial(values, prev[1]) && startsAsContinuation(values[span[0]])) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

function endsWithInitial(values: string[], last: number): boolean {
  return /^[A-Z]\.$/.test(values[last]) || (values[last] === '.' && /^[A-Z]$/.test(values[last - 1] ?? ''));
}

function startsAsContinuation(first: string): boolean {
  return /^[A-Z]\.$/.test(first) || /^[a-z]/.test(first);
}

function hasWord(pos: string[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (pos[i] !== 'PUNCT' && pos[i] !== 'SYM' && pos[i] !== 'SPACE') return true;
  return false;
}
