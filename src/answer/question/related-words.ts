/**
 * Words that stand for a question's word without being it: the news-event synonyms retrieval expands the question
 * with (synonymsOf), and the wider soft matches the ranker counts (relatedIn).
 */
import { STOP_WORDS } from '../../lexicon/stop-words.js';
import type { Bm25Index } from '../../index/bm25-index.js';
import { ANSWER_DEFAULTS } from '../defaults.js';
import { termOf } from '../../analyse/index-terms.js';
import { relatedFormsOf, wordNetSynonymsOf } from '../../lexicon/lexicon.js';

/**
 * Words that name the same kind of event in news reports, grouped by lemma: a question about when
 * two leaders "met" is answered by a sentence about their "summit" or "talks". A small hand-made
 * thesaurus in the spirit of WordNet synsets, limited to news-event vocabulary; expansions are
 * matched at a reduced weight (ANSWER_DEFAULTS.expansionWeight) so the question's own words still lead.
 */
const GROUPS: string[][] = [
  ['meet', 'meeting', 'summit', 'talk', 'visit', 'encounter'],
  ['call', 'phone', 'telephone', 'conversation', 'speak', 'talk', 'contact'],
  ['say', 'state', 'tell', 'remark', 'add', 'note', 'comment', 'declare'],
  ['war', 'conflict', 'fighting', 'hostility', 'invasion'],
  ['peace', 'ceasefire', 'truce', 'settlement', 'deal'],
  ['agree', 'agreement', 'deal', 'accord', 'treaty', 'arrangement'],
  ['attack', 'strike', 'assault', 'raid', 'bombing'],
  ['sanction', 'tariff', 'tax', 'penalty', 'embargo'],
  ['elect', 'election', 'vote', 'win', 'victory'],
  ['deny', 'reject', 'dismiss', 'refute'],
  ['confirm', 'acknowledge', 'admit'],
  ['die', 'death', 'kill'],
  ['troop', 'soldier', 'force', 'army'],
  ['president', 'leader', 'head'],
];

const SYNONYMS = new Map<string, Set<string>>();
for (const group of GROUPS) {
  for (const word of group) {
    const set = SYNONYMS.get(word) ?? new Set<string>();
    for (const other of group) if (other !== word) set.add(other);
    SYNONYMS.set(word, set);
  }
}

/** Other words for the same event, or none. */
export function synonymsOf(term: string): ReadonlySet<string> {
  return SYNONYMS.get(term) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/**
 * Soft matching: words of the articles that stand for a question's word without being it, from
 * WordNet (src/lexicon/): the synonyms of its three most frequent senses ("purchase" for "buy"), its
 * derivations ("election" for "elect"), pertainyms and nationalities ("french" for "france",
 * "united states" for "american"), and the news-event synonyms retrieval expands with. The ranker
 * counts the question's idf weight met only this way as
 * its own feature (softCoverage), fitted beside exact matches; retrieval still searches exact terms.
 *
 * One question term's related words as an index reads them: `ids`, the index's ids of those it holds, in relatedOf's order;
 * `forms`, the multi-word ones ("united states"), which the ranker meets word by word (ranker-features.ts openerPairs).
 */
export interface RelatedIn {
  ids: Int32Array;
  forms: readonly string[];
}

const RELATED_IN = new WeakMap<Bm25Index, Map<string, RelatedIn>>();

/**
 * The term's related words in the index (RelatedIn), looked up in it once per index and term, when a question first asks
 * the term: looked up for every question, with the question's map of them and their slots, they were 8.6% of answer()'s
 * CPU, 6.3% so (profile of SQuAD 1x, warm, session 46). The index's vocabulary never changes, so neither do they.
 */
export function relatedIn(vocabulary: Bm25Index, term: string): RelatedIn {
  let byTerm = RELATED_IN.get(vocabulary);
  if (!byTerm) RELATED_IN.set(vocabulary, (byTerm = new Map()));
  let found = byTerm.get(term);
  if (!found) {
    const ids: number[] = [];
    const forms: string[] = [];
    for (const word of relatedOf(term)) {
      const id = vocabulary.termId(word);
      if (id >= 0) ids.push(id);
      if (word.includes(' ')) forms.push(word);
    }
    found = { ids: Int32Array.from(ids), forms };
    if (byTerm.size >= ANSWER_DEFAULTS.softMatchCacheLimit) byTerm.clear();
    byTerm.set(term, found);
  }
  return found;
}

const cache = new Map<string, readonly string[]>();

/** One lemma's related words as index terms; a multi-word one ("united states") as its words joined by a space. */
function relatedOf(term: string): readonly string[] {
  let found = cache.get(term);
  if (!found) {
    // The news-event synonyms retrieval expands with (synonymsOf above: "talks" for "meet") count as related too.
    const words = new Set([...wordNetSynonymsOf(term), ...relatedFormsOf(term), ...[...synonymsOf(term)].map(termOf)]);
    found = [...words].filter((w) => w !== term && !STOP_WORDS.has(w) && /^[\p{L}\p{N}' -]+$/u.test(w));
    if (cache.size >= ANSWER_DEFAULTS.softMatchCacheLimit) cache.clear();
    cache.set(term, found);
  }
  return found;
}
