/**
 * Words that stand for a question's word without being it: the news-event synonyms retrieval expands the question
 * with (synonymsOf), and the wider soft matches the ranker counts (relatedTerms).
 */
import { STOP_WORDS } from '../../analyse/stop-words.js';
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
 */
export function relatedTerms(own: readonly string[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  own.forEach((term, i) => {
    for (const related of relatedOf(term)) if (!out.has(related) && !own.includes(related)) out.set(related, i);
  });
  return out;
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
