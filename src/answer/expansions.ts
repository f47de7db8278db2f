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

/** Pronouns that stand for people the question does not name. */
export const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'both']);
export const SINGULAR_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
