/**
 * The role a name plays in its clause, as the shown span of a who- or where-question reads it: the preposition governing it,
 * the speaker of a reporting verb, the agent of a passive, the subject of an active verb.
 */
import { isReportingVerb } from '../../analyse/reporting-verbs.js';
import { termsOf } from '../../analyse/index-terms.js';
import type { AnalysedArticle, Entity, Sentence } from '../../analyse/types.js';

/**
 * The preposition governing the entity, a determiner aside: one of position ("in Porto", "at the town hall"), another
 * ("from Lisbon", "with Spain": a source, a partner), or none (a verb's subject or object: "visited China"). "on" with a
 * place in news mostly means "about" ("a trade deal on Spain", Quirk et al. 1985 §9.56), "around" also "about".
 */
export function governing(article: AnalysedArticle, sentence: Sentence, e: Entity): 'position' | 'other' | null {
  const t = article.tokens;
  const before = wordBefore(article, sentence, e);
  if (before < sentence.tokenStart || t.pos[before] !== 'ADP') return null;
  return POSITION_PREPOSITIONS.has(t.value[before].toLowerCase()) ? 'position' : 'other';
}
/** Where the word before the entity stands, a determiner aside; before the sentence when none is. */
function wordBefore(article: AnalysedArticle, sentence: Sentence, e: Entity): number {
  let before = e.tokenStart - 1;
  while (before > sentence.tokenStart && article.tokens.pos[before] === 'DET') before--;
  return before;
}
/**
 * Whether the preposition (lower case) governs the entity: it stands right before it, a determiner aside, or opens it
 * (wink takes "since" into the DATE of "since 1987"). Read by the word, whatever wink tags it ("since" is also a subordinator).
 */
export function governedBy(article: AnalysedArticle, sentence: Sentence, e: Entity, preposition: string): boolean {
  const t = article.tokens;
  if (t.value[e.tokenStart].toLowerCase() === preposition) return true;
  const before = wordBefore(article, sentence, e);
  return before >= sentence.tokenStart && t.value[before].toLowerCase() === preposition;
}
/**
 * Whether the entity is the object of the question's own preposition in the question's frame: the preposition governs the
 * noun phrase the entity ends (its determiners, adjectives, nouns, numbers and a genitive between: "of the Northfield
 * Institute of …", "to the city's mayor Jo Penn"; a prepositional phrase is a preposition and its complement, a noun
 * phrase, Quirk et al. 1985 §9.1-9.2, whose premodifiers stand before its head, §17.97 ff.), and a word of the question
 * stands at most FRAME_REACH words before the preposition, no punctuation between ("served as a vice president of", "in
 * marriage to", "built the Swiftwing for"): the question's frame matched against the sentence's (Hermjakob 2001; Echihabi
 * & Marcu 2003).
 */
export function objectInFrame(
  article: AnalysedArticle,
  sentence: Sentence,
  e: Entity,
  preposition: string,
  own: ReadonlySet<string>,
): boolean {
  const t = article.tokens;
  let at = e.tokenStart - 1;
  while (at >= sentence.tokenStart && e.tokenStart - at <= PHRASE_BEFORE && (PREMODIFIERS.has(t.pos[at]) || GENITIVES.has(t.value[at])))
    at--;
  if (at < sentence.tokenStart || t.value[at].toLowerCase() !== preposition) return false;
  const terms = termsOf(t);
  for (let i = at - 1; i >= sentence.tokenStart && at - i <= FRAME_REACH && t.pos[i] !== 'PUNCT'; i--) {
    const term = terms[i];
    if (term !== null && own.has(term)) return true;
  }
  return false;
}
/** The words of a noun phrase before its head name, and how many of them: "the modern-day", "Egypt's premier". */
const PREMODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const GENITIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/**
 * At most five such words: measured on SQuAD's fold B (the fold objectInFrame was studied on; session 46's count, names of
 * the NAME_ENTITY_TYPES a preposition governs through these words), of 3,983 such names 2,032 have none between, 1,528 one,
 * 273 two, 84 three, 40 four, 15 five (3,972, 99.7%) and 11 six to nine. The figure was chosen in session 45 (span7) and
 * is kept as it was; the count says it leaves out 0.3% of such phrases.
 */
const PHRASE_BEFORE = 5;
/**
 * How far before a preposition the question's word may stand in the question's frame (objectInFrame, and framedName's verb in
 * instance-name.ts): the word, a determiner, a modifier and its object ("built the small engine for").
 */
export const FRAME_REACH = 4;

export const POSITION_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'within',
  'throughout',
  'across',
  'off',
]);

/**
 * Whether a reporting verb has the person speaking: it follows the name, adverbs and auxiliaries aside ("Peskov
 * said", "Peskov has also stated"), and the name's appositive aside ("Peskov, the Kremlin's spokesman, said": Quirk et
 * al. 1985 §17.65), comes right before it ("said Peskov"), or the name follows "according to".
 */
export function isSpeaker(article: AnalysedArticle, sentence: Sentence, e: Entity): boolean {
  const { tokens } = article;
  let after = afterAppositive(tokens, sentence, e.tokenEnd);
  while (after < sentence.tokenEnd && after - e.tokenEnd < 3 && BETWEEN_SUBJECT_AND_VERB.has(tokens.pos[after])) after++;
  if (after < sentence.tokenEnd && isReportingVerb(tokens, after)) return true;
  const before = e.tokenStart - 1;
  if (before >= sentence.tokenStart && isReportingVerb(tokens, before)) return true;
  return before - 1 >= sentence.tokenStart && tokens.value[before - 1].toLowerCase() === 'according' && tokens.lemma[before] === 'to';
}
/**
 * What may stand between a subject and its verb: adverbs, auxiliaries, a negation ("has not yet designed", "Peskov has also
 * stated"). The quotes read a speaker the same way (isBetween in quotes/subject-of.ts).
 */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/**
 * Whether the name is the source a report is attributed to (the source of an attribution, Pareti 2016's PARC 3.0): a
 * speaker as isSpeaker reads one; a name after "according to" and a determiner, as a newspaper or an agency is named with
 * its article ("according to the Harbor Gazette"); or a name premodifying the common noun heading a reporting verb's subject
 * ("Tarvik news agency reported"): a proper noun before a common noun head names that head's referent (Quirk et al. 1985
 * ch. 17, premodification by nouns; Huddleston & Pullum 2002 ch. 5, attributive proper names).
 */
export function isSource(article: AnalysedArticle, sentence: Sentence, e: Entity): boolean {
  if (isSpeaker(article, sentence, e)) return true;
  const { tokens } = article;
  const before = e.tokenStart - 1;
  if (
    before - 2 >= sentence.tokenStart &&
    tokens.pos[before] === 'DET' &&
    tokens.value[before - 2].toLowerCase() === 'according' &&
    tokens.lemma[before - 1] === 'to'
  )
    return true;
  let after = e.tokenEnd;
  while (
    after < sentence.tokenEnd &&
    after - e.tokenEnd < SOURCE_HEAD_WORDS &&
    tokens.pos[after] === 'NOUN' &&
    LOWER_START.test(tokens.value[after])
  )
    after++;
  if (after === e.tokenEnd) return false;
  while (after < sentence.tokenEnd && BETWEEN_SUBJECT_AND_VERB.has(tokens.pos[after])) after++;
  return after < sentence.tokenEnd && isReportingVerb(tokens, after);
}
/** How many common nouns a source's name may premodify ("news agency", "state broadcaster"). */
const SOURCE_HEAD_WORDS = 3;
/** A word written in lower case: a common word, not a name. */
export const LOWER_START = /^\p{Ll}/u;

/** Where a verbless stretch between commas at `at` ends (after its closing comma); `at` itself when none starts there. */
function afterAppositive(tokens: AnalysedArticle['tokens'], sentence: Sentence, at: number): number {
  if (tokens.value[at] !== ',') return at;
  let to = at + 1;
  while (to < sentence.tokenEnd && !NOT_IN_APPOSITIVE.has(tokens.pos[to])) to++;
  return to > at + 1 && tokens.value[to] === ',' ? to + 1 : at;
}
const NOT_IN_APPOSITIVE = new Set(['VERB', 'AUX', 'PUNCT']);

/**
 * The entities heading the by-phrases after a verb of the question ("written by the author Jane Roe", "designed in 1762 by
 * Jane Roe", "described by Jane Roe in 1551 and by John Kay in 1629"): the agents of the passive (Quirk et al. 1985
 * §3.63-3.67). A passive participle takes no object, so the by-phrase follows it at once or after an adjunct opened by a
 * preposition or an adverb ("designed in 1762 by"); an active verb's object before a "by" ("photograph the guest lit by a
 * lamp") is no agent. The participle's form is not checked, as irregular ones are many ("made", "run", "held"); a by-phrase of
 * an active verb names a means or a measure ("won by two votes"), no entity of the question's type. The agent's entity may
 * follow a determiner, a title or a role ("by the sculptor Jane Roe"); a clause boundary (punctuation, a verb) ends either
 * search.
 */
export function passiveAgents(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  own: ReadonlySet<string>,
): Entity[] {
  const agents: Entity[] = [];
  if (candidates.length === 0) return agents;
  const t = article.tokens;
  const terms = termsOf(t);
  const isBy = (k: number) => k < sentence.tokenEnd && t.value[k].toLowerCase() === 'by';
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const term = terms[i];
    if (t.pos[i] !== 'VERB' || term === null || !own.has(term)) continue;
    if (!isBy(i + 1) && t.pos[i + 1] !== 'ADP' && t.pos[i + 1] !== 'ADV') continue;
    let by = i + 1;
    while (by < sentence.tokenEnd && by - i <= AGENT_REACH && !isBy(by) && !CLAUSE_END.has(t.pos[by])) by++;
    // Each by-phrase of the clause, the coordinated ones too ("by Jane Roe in 1551 and by John Kay").
    while (isBy(by)) {
      const agent = agentAfter(t, sentence, candidates, by);
      if (!agent) break;
      agents.push(agent);
      by = agent.tokenEnd;
      while (by < sentence.tokenEnd && by - agent.tokenEnd <= AGENT_REACH && !CLAUSE_END.has(t.pos[by])) by++;
      if (t.pos[by] !== 'CCONJ' || !isBy(by + 1)) break;
      by++;
    }
  }
  return agents;
}

/**
 * Of the passives' agents (passiveAgents, in sentence order), those of the clause whose subject the question names: "Who
 * directed The Long Road?" of "The Quiet Sea was directed by Anna Berg; The Long Road was directed by Tomas Holm" asks the
 * agent of the passive whose subject is the road, as the passive's subject is its active's object, which the question names
 * (Quirk et al. 1985 §3.63-3.67). An agent's clause is read as the words from the agent before it (or the sentence's start)
 * up to it, its subject and verb among them; the agents whose clause holds the most distinct question terms are kept. The
 * question's verb stands in each passive's clause alike, so only its other words decide.
 */
export function agentsOfNamedSubject(
  article: AnalysedArticle,
  sentence: Sentence,
  agents: readonly Entity[],
  own: ReadonlySet<string>,
): Entity[] {
  if (agents.length <= 1) return [...agents];
  const terms = termsOf(article.tokens);
  const named = agents.map((agent, k) => {
    const seen = new Set<string>();
    for (let i = k === 0 ? sentence.tokenStart : agents[k - 1].tokenEnd; i < agent.tokenStart; i++) {
      const term = terms[i];
      if (term !== null && own.has(term)) seen.add(term);
    }
    return seen.size;
  });
  const most = Math.max(...named);
  return agents.filter((_, k) => named[k] === most);
}

/**
 * The entities that are the subject of an active use of the verb `verb` (an index term) in the sentence, when its clause
 * holds another question term (complementHolds): the name right before the verb, past adverbs, auxiliaries and a negation
 * ("Jane Roe also designed"); before a parenthetical set off by two commas, two dashes or brackets ("Jane Roe, inspired by
 * …, formulated", "Jane Roe — who … — formulated", "Jane Roe (…) formulated": Chicago Manual of Style 6.85, 6.95); or the
 * antecedent of a relative pronoun that is the verb's subject ("Jane Roe, who also designed"; Quirk et al. 1985 ch. 17,
 * relative clauses). A declarative clause puts its subject before its verb (Quirk et al. 1985 ch. 10): a name governed by a
 * preposition ("the team of Jane Roe") is no subject, though it may be a relative pronoun's antecedent ("plans from Jane
 * Roe, who designed"), and a verb after "be" that is not a present participle is a passive, whose agent passiveAgents reads.
 */
export function activeSubjects(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  verb: string,
  own: ReadonlySet<string>,
): Entity[] {
  const subjects: Entity[] = [];
  if (candidates.length === 0) return subjects;
  const t = article.tokens;
  const governed = (e: Entity) =>
    e.tokenStart > sentence.tokenStart && t.pos[e.tokenStart - 1] === 'ADP' && !SUBORDINATORS.has(t.value[e.tokenStart - 1].toLowerCase());
  const endingAt = (k: number, relative = false) => candidates.find((e) => e.tokenEnd === k && (relative || !governed(e)));
  for (const { at: j } of activeUses(article, sentence, verb, own)) {
    let subject = endingAt(j + 1);
    if (!subject && RELATIVE_SUBJECTS.has(t.value[j].toLowerCase()))
      subject = endingAt(j, true) ?? (t.value[j - 1] === ',' ? endingAt(j - 1, true) : undefined);
    const opener = PARENTHESIS_OPENERS.get(t.value[j]);
    if (!subject && opener !== undefined) {
      let open = j - 1;
      while (open > sentence.tokenStart && j - open <= PARENTHETICAL_REACH && t.value[open] !== opener && !CLAUSE_MARKS.has(t.value[open]))
        open--;
      if (t.value[open] === opener) subject = endingAt(open);
    }
    if (subject) subjects.push(subject);
  }
  return subjects;
}
/**
 * The active uses of the verb `verb` (an index term) in the sentence whose clause holds another question term
 * (complementHolds): where the verb stands, and `at`, the last word before it once adverbs, auxiliaries, a negation and a
 * catenative verb whose to-infinitive it is ("had agreed to") are passed over, where its subject ends in declarative order
 * (Quirk et al. 1985 ch. 10). A verb after "be" that is not a
 * present participle is a passive, no active use.
 */
function activeUses(article: AnalysedArticle, sentence: Sentence, verb: string, own: ReadonlySet<string>): { verb: number; at: number }[] {
  const t = article.tokens;
  const terms = termsOf(t);
  const uses: { verb: number; at: number }[] = [];
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (t.pos[i] !== 'VERB' || terms[i] !== verb || !complementHolds(t, terms, sentence, i, own)) continue;
    let j = i - 1;
    let passive = false;
    while (j > sentence.tokenStart && BETWEEN_SUBJECT_AND_VERB.has(t.pos[j])) {
      if (t.lemma[j] === 'be' && !t.value[i].toLowerCase().endsWith('ing')) passive = true;
      j--;
    }
    // "Jo Penn had agreed to play the widow": a verb whose complement is the to-infinitive right after it (a catenative,
    // "agreed to", "is expected to") shares its subject with that infinitive's verb (Huddleston & Pullum 2002 ch. 14,
    // subject control and raising), so the subject is read before it, past its own adverbs and auxiliaries. A name between
    // the two ("asked Jo Penn to play") is the infinitive's subject (object control) and ends the walk as before.
    while (j > sentence.tokenStart && t.pos[j] === 'VERB' && t.value[j + 1].toLowerCase() === 'to' && t.pos[j + 1] === 'PART') {
      j--;
      while (j > sentence.tokenStart && BETWEEN_SUBJECT_AND_VERB.has(t.pos[j])) j--;
    }
    if (!passive) uses.push({ verb: i, at: j });
  }
  return uses;
}

/**
 * The subject of an active use of the verb `verb` (activeUses) when it is a common noun phrase, no name: the run of
 * adjectives, nouns, proper nouns and genitives ending right before the verb, opened by a determiner or the sentence's start
 * and headed by a common noun ("The Russian leader described …"; Quirk et al. 1985 ch. 10, the subject before its verb in
 * a declarative clause; ch. 17, the noun phrase). With the verb's place; null when no use has such a subject.
 */
export function commonNounSubject(
  article: AnalysedArticle,
  sentence: Sentence,
  verb: string,
  own: ReadonlySet<string>,
): { start: number; end: number; verb: number } | null {
  const t = article.tokens;
  for (const use of activeUses(article, sentence, verb, own)) {
    if (t.pos[use.at] !== 'NOUN') continue;
    let open = use.at;
    while (open > sentence.tokenStart && t.pos[open] !== 'DET' && inNounPhrase(t, open - 1)) open--;
    if (t.pos[open] !== 'DET' && open > sentence.tokenStart) continue;
    return { start: t.start[open], end: t.start[use.at] + t.value[use.at].length, verb: use.verb };
  }
  return null;
}
/** Whether the word may stand before a noun phrase's head: a determiner opening it, an adjective, a noun, a name, a genitive's "'s". */
function inNounPhrase(t: AnalysedArticle['tokens'], k: number): boolean {
  return IN_NOUN_PHRASE.has(t.pos[k]) || GENITIVE.has(t.value[k]);
}
const IN_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const GENITIVE = new Set(["'s", '’s']);

/**
 * Whether the words after the verb at `verb`, up to a punctuation mark, hold a question term other than the verb's: the
 * clause answers what the question asks of its verb ("Jane Roe won a second term"), not only shares the verb ("a race Jane
 * Roe won by ten points"); matching the relations of the question's terms, not its words alone (Cui et al. 2005; Shen &
 * Klakow 2006).
 */
function complementHolds(
  t: AnalysedArticle['tokens'],
  terms: readonly (string | null)[],
  sentence: Sentence,
  verb: number,
  own: ReadonlySet<string>,
): boolean {
  for (let k = verb + 1; k < sentence.tokenEnd && k - verb <= COMPLEMENT_REACH && t.pos[k] !== 'PUNCT'; k++) {
    const term = terms[k];
    if (term !== null && term !== terms[verb] && own.has(term)) return true;
  }
  return false;
}
/** How many words after the verb its complement is read in. */
const COMPLEMENT_REACH = 8;
/**
 * The subordinators a tagger may take for prepositions ("although" tagged ADP): before a subject and its verb they open a
 * clause, not a prepositional phrase (Quirk et al. 1985 §14.12).
 */
const SUBORDINATORS = new Set([
  'after',
  'although',
  'as',
  'because',
  'before',
  'once',
  'since',
  'though',
  'till',
  'until',
  'whereas',
  'while',
]);
/** The relative pronouns that can be a verb's subject (Quirk et al. 1985 §17.11-17.15). */
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);
/**
 * The marks closing a parenthetical between a subject and its verb, each with the mark that opens it: a pair of commas, of
 * em or en dashes, or brackets (Chicago Manual of Style 6.16 ff., 6.85, 6.95). A comma inside a dash-set or bracketed one
 * ends nothing.
 */
const PARENTHESIS_OPENERS = new Map([
  [',', ','],
  ['—', '—'],
  ['–', '–'],
  [')', '('],
  [']', '['],
]);
/** How many words a parenthetical between subject and verb may take; and the marks that end a clause inside it. */
const PARENTHETICAL_REACH = 16;
const CLAUSE_MARKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);

/**
 * The entity of `candidates` after the "by" at `by`, past a determiner, a title or a role; null when another word comes first.
 * A name that a role's common nouns follow before a person's name premodifies that role ("by Lyon rugby player Jo
 * Roe"): the phrase is a pseudo-title and the name after it (Quirk et al. 1985 §17.89), whose head, the person, is the agent.
 */
function agentAfter(t: AnalysedArticle['tokens'], sentence: Sentence, candidates: readonly Entity[], by: number): Entity | null {
  for (let k = by + 1; k < sentence.tokenEnd && k - by <= AGENT_REACH; k++) {
    const agent = candidates.find((e) => e.tokenStart === k);
    if (agent) return agent.type === 'PERSON' ? agent : (titledPerson(t, sentence, candidates, agent) ?? agent);
    if (!AGENT_LEAD.has(t.pos[k]) && t.value[k] !== '-') return null;
  }
  return null;
}
/** The person of `candidates` right after the common nouns of a role that follow the name `e` ("… soccer player Jo Roe"). */
function titledPerson(t: AnalysedArticle['tokens'], sentence: Sentence, candidates: readonly Entity[], e: Entity): Entity | null {
  let k = e.tokenEnd;
  while (k < sentence.tokenEnd && k - e.tokenEnd < AGENT_REACH && (t.pos[k] === 'NOUN' || t.pos[k] === 'ADJ')) k++;
  return k > e.tokenEnd && t.pos[k - 1] === 'NOUN' ? (candidates.find((c) => c.tokenStart === k && c.type === 'PERSON') ?? null) : null;
}
/** How many words the by-phrase and its entity may stand after the participle and the "by". */
const AGENT_REACH = 5;
/** What ends a clause's search for the by-phrase. */
const CLAUSE_END = new Set(['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ']);
/** What may stand between "by" and the agent's name: a determiner, a title or role, a nationality ("by Slovene-American author"). */
const AGENT_LEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
