import { STOP_WORDS } from '../analyse/stop-words.js';
import { ANSWER_DEFAULTS } from './defaults.js';
import { termOf } from '../analyse/index-terms.js';
import { relatedFormsOf, synonymsOf } from '../lexicon/lexicon.js';
import { synonymsOf as eventSynonymsOf } from './expansions.js';

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
    // The news-event synonyms retrieval expands with (expansions.ts: "talks" for "meet") count as related too.
    const words = new Set([...synonymsOf(term), ...relatedFormsOf(term), ...[...eventSynonymsOf(term)].map(termOf)]);
    found = [...words].filter((w) => w !== term && !STOP_WORDS.has(w) && /^[\p{L}\p{N}' -]+$/u.test(w));
    if (cache.size >= ANSWER_DEFAULTS.softMatchCacheLimit) cache.clear();
    cache.set(term, found);
  }
  return found;
}
