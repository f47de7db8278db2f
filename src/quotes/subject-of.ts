import type { Tokens } from '../analyse/types.js';
import { BETWEEN_SUBJECT_AND_VERB } from '../answer/span/clause-roles.js';
import type { ArticleView } from './article-view.js';
import { QUOTES_DEFAULTS } from './defaults.js';
import { descriptionEndingAt, descriptionStartingAt, type Description } from './descriptions.js';

/** Who a reporting verb has speaking, before resolution. */
export type Subject = { kind: 'name'; name: string } | { kind: 'pronoun' } | { kind: 'description'; description: Description };

/**
 * Words allowed between a subject and its verb besides BETWEEN_SUBJECT_AND_VERB's adverbs, auxiliaries and negation
 * ("Peskov has also"): "Peskov neither confirmed …", "He further noted" (which wink tags a verb).
 */
const BETWEEN_WORDS = new Set(['neither', 'further']);
const { maxInsertionTokens } = QUOTES_DEFAULTS;
const SPEAKING_PRONOUNS = new Set(['he', 'she']);
/** "was told", "as confirmed by": the verb's subject is not who spoke. */
const PASSIVE_CUES = new Set(['be', 'as']);
/**
 * What may stand between a person and a verb the person is the subject of, a phrase with no verb of its own:
 * "Woodward in his 2024 book "War" reported".
 */
const PHRASE_POS = new Set(['ADP', 'DET', 'PRON', 'NUM', 'NOUN', 'PROPN', 'ADJ']);

/**
 * The subject of the reporting verb at token `verb`, looked for left of it in its sentence:
 * right before it ("Peskov said", "the Kremlin spokesman said", "he said"), before a phrase set off by
 * commas ("Slutsky, head of …, stated"; "Trump, who …, has said"), for a participle after a comma the
 * subject of the clause it hangs on ("Trump expressed optimism, stating that"), else the nearest
 * person named in the same clause ("Bob Woodward in his 2024 book "War" reported"). Passives ("was
 * told", "as confirmed by") have no speaking subject.
 */
export function subjectOf(view: ArticleView, verb: number): Subject | null {
  const { tokens } = view.article;
  const sentence = view.sentenceOf[verb];
  let i = verb - 1;
  while (i >= 0 && view.sentenceOf[i] === sentence && !view.inQuote[i] && isBetween(tokens, i)) {
    if (PASSIVE_CUES.has(tokens.lemma[i])) return null;
    i--;
  }
  if (i < 0 || view.sentenceOf[i] !== sentence || PASSIVE_CUES.has(tokens.lemma[i])) return null;
  if (tokens.value[i] === ',' && /ing$/i.test(tokens.value[verb])) return clauseSubject(view, i);
  return subjectEndingAt(view, i) ?? (tokens.value[i] === ',' ? insertedSubject(view, i) : nearestNamed(view, i));
}

/** The subject of an attribution after a quotation: "Peskov said", "he said", "said the Kremlin spokesman". */
export function subjectFollowing(view: ArticleView, at: number, isVerb: (i: number) => boolean): { verb: number; subject: Subject } | null {
  const { tokens } = view.article;
  if (isVerb(at)) {
    const mention = view.mentionStartingAt.get(at + 1);
    if (mention) return { verb: at, subject: { kind: 'name', name: mention.name } };
    if (SPEAKING_PRONOUNS.has(tokens.lemma[at + 1])) return { verb: at, subject: { kind: 'pronoun' } };
    const description = descriptionStartingAt(view, at + 1);
    return description ? { verb: at, subject: { kind: 'description', description } } : null;
  }
  let subject: Subject | null = null;
  let next = at;
  const mention = view.mentionStartingAt.get(at);
  if (mention) {
    subject = { kind: 'name', name: mention.name };
    next = mention.tokenEnd;
  } else if (SPEAKING_PRONOUNS.has(tokens.lemma[at]) && tokens.pos[at] === 'PRON') {
    subject = { kind: 'pronoun' };
    next = at + 1;
  } else {
    const description = descriptionStartingAt(view, at);
    if (description) {
      subject = { kind: 'description', description };
      next = description.to;
    }
  }
  if (!subject) return null;
  while (next < tokens.value.length && isBetween(tokens, next)) next++;
  return isVerb(next) ? { verb: next, subject } : null;
}

function isBetween(tokens: Tokens, i: number): boolean {
  return BETWEEN_SUBJECT_AND_VERB.has(tokens.pos[i]) || BETWEEN_WORDS.has(tokens.lemma[i]);
}

function subjectEndingAt(view: ArticleView, i: number): Subject | null {
  const { tokens } = view.article;
  if (view.inQuote[i]) return null;
  const mention = view.mentionEndingAt.get(i + 1);
  if (mention) return { kind: 'name', name: mention.name };
  if (tokens.pos[i] === 'PRON' && SPEAKING_PRONOUNS.has(tokens.lemma[i])) return { kind: 'pronoun' };
  if (tokens.lemma[i] === 'who' && tokens.value[i - 1] === ',') {
    const antecedent = view.mentionEndingAt.get(i - 1);
    return antecedent ? { kind: 'name', name: antecedent.name } : null;
  }
  const description = descriptionEndingAt(view, i);
  return description ? { kind: 'description', description } : null;
}

/**
 * "Slutsky, head of the committee, stated", "Her spokesman, Carlo Bianchi, said": the nearest person named right before a
 * comma. Before the comma that closes the phrase only a name that is the whole phrase counts: one that ends a longer
 * phrase belongs to the speaker's appositive ("Steve Clarke, deputy administrator in NASA's Science Mission Directorate,").
 */
function insertedSubject(view: ArticleView, comma: number): Subject | null {
  const sentence = view.sentenceOf[comma];
  const { value } = view.article.tokens;
  for (let i = comma; i >= 0 && comma - i <= maxInsertionTokens && view.sentenceOf[i] === sentence; i--) {
    if (value[i] !== ',') continue;
    const mention = view.mentionEndingAt.get(i);
    if (mention && (i < comma || value[mention.tokenStart - 1] === ',')) return { kind: 'name', name: mention.name };
  }
  return null;
}

/** The last subject of a verb before token `i` in its sentence: a person or pronoun followed by its verb. */
function clauseSubject(view: ArticleView, i: number): Subject | null {
  const { tokens } = view.article;
  const sentence = view.sentenceOf[i];
  for (let j = i - 1; j >= 0 && view.sentenceOf[j] === sentence; j--) {
    if (view.inQuote[j] || !isSubjectPosition(view, j + 1)) continue;
    const mention = view.mentionEndingAt.get(j + 1);
    if (mention) return { kind: 'name', name: mention.name };
    if (tokens.pos[j] === 'PRON' && SPEAKING_PRONOUNS.has(tokens.lemma[j])) return { kind: 'pronoun' };
  }
  return null;
}

/** Whether the words from token `after` on are a verb, perhaps after adverbs and auxiliaries. */
export function isSubjectPosition(view: ArticleView, after: number): boolean {
  const { tokens } = view.article;
  let k = after;
  while (k < tokens.value.length && isBetween(tokens, k)) k++;
  return tokens.pos[k] === 'VERB' && !view.inQuote[k];
}

/**
 * The person named before the verb across a phrase without verbs or clause breaks ("Bob Woodward in
 * his 2024 book "War" reported"), not after a preposition ("talks with Putin") nor as a possessive
 * ("Trump's aide").
 */
function nearestNamed(view: ArticleView, i: number): Subject | null {
  const { tokens } = view.article;
  const sentence = view.sentenceOf[i];
  for (let j = i; j >= 0 && view.sentenceOf[j] === sentence; j--) {
    const mention = view.mentionEndingAt.get(j + 1);
    if (mention && !view.inQuote[j]) {
      const free = tokens.pos[mention.tokenStart - 1] !== 'ADP' && tokens.pos[j + 1] !== 'PART';
      return free ? { kind: 'name', name: mention.name } : null;
    }
    if (!view.inQuote[j] && !PHRASE_POS.has(tokens.pos[j])) return null;
  }
  return null;
}
