import { REGION_NAMES } from './gazetteer.js';
import { REPORTING_VERBS } from './reporting-verbs.js';
import type { Entity, EntityType, Tokens } from './types.js';

/**
 * wink-nlp's lite model tags proper nouns (PROPN) but has no person, place or organisation entities,
 * so those are derived here from runs of proper nouns and the words around them. The cue lists are
 * the usual ones of rule-based named-entity recognisers (titles and trigger words in the style of
 * GATE ANNIE's gazetteer lists); they are English function words and role nouns, not names.
 */
const TITLES = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'senator',
  'sen.',
  'governor',
  'gov.',
  'mayor',
  'ambassador',
  'general',
  'gen.',
  'colonel',
  'col.',
  'captain',
  'capt.',
  'judge',
  'justice',
  'pope',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'lord',
  'lady',
  'saint',
  'st.',
  'journalist',
  'reporter',
  'correspondent',
  'representative',
  'rep.',
  'adviser',
  'advisor',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'founder',
  'professor',
  'prof.',
  'author',
  'leader',
  'premier',
  'emperor',
  'chief',
  'commander',
  'coach',
  'aide',
  'envoy',
  'head',
]);
const ORG_HEADS = new Set([
  'committee',
  'ministry',
  'agency',
  'council',
  'club',
  'party',
  'union',
  'office',
  'department',
  'commission',
  'court',
  'bank',
  'company',
  'corporation',
  'corp.',
  'inc.',
  'ltd.',
  'university',
  'college',
  'institute',
  'news',
  'post',
  'times',
  'journal',
  'group',
  'association',
  'organization',
  'organisation',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'duma',
  'kremlin',
  'pentagon',
  'government',
  'administration',
  'army',
  'navy',
  'service',
  'fund',
  'foundation',
  'network',
  'channel',
  'media',
  'press',
  'television',
  'tv',
  'radio',
  'examiner',
  'herald',
  'tribune',
  'gazette',
  'house',
  'league',
  'federation',
  'society',
  'church',
  'school',
  'academy',
  'museum',
  'team',
]);
const PLACE_HEADS = new Set([
  'city',
  'county',
  'island',
  'islands',
  'sea',
  'ocean',
  'river',
  'lake',
  'mountain',
  'mountains',
  'valley',
  'base',
  'palace',
  'square',
  'street',
  'avenue',
  'province',
  'region',
  'republic',
  'kingdom',
  'states',
  'emirates',
  'peninsula',
  'coast',
  'bay',
  'gulf',
  'desert',
  'park',
  'airport',
  'station',
  'bridge',
  'district',
  'state',
  'territory',
  'village',
  'town',
  'hall',
  'center',
  'centre',
]);
/**
 * Nouns that head the names of events and of works ("the Olympic Games", "the Vietnam War", "the Riverside Lantern
 * Festival", "Nova Wars"): a proper name with a common-noun head is of that noun's kind (Quirk et al. 1985 §5.60-5.66),
 * and neither MUC-7's nor OntoNotes' guidelines tag events or works as persons (Chinchor 1997; OntoNotes 5.0's EVENT and
 * WORK_OF_ART). Written as the head appears, plurals included; no word that is also a common surname ("Day", "Hunt").
 * Read by the shown answer only (namesEventOrWork): entity types are ranker inputs, so the tagger's types stay.
 */
const EVENT_AND_WORK_HEADS = new Set([
  'festival',
  'fest',
  'carnival',
  'summit',
  'conference',
  'expo',
  'exhibition',
  'biennale',
  'fair',
  'parade',
  'concert',
  'tour',
  'marathon',
  'tournament',
  'championship',
  'championships',
  // The rounds of a competition, its contests as "tournament" is (WordNet 3.1: final, semifinal, quarterfinal and playoff
  // are noun.event synsets under "match"): "the Stanley Cup Final", "the NBA Finals".
  'final',
  'finals',
  'semifinal',
  'semifinals',
  'quarterfinal',
  'quarterfinals',
  'playoff',
  'playoffs',
  'cup',
  'bowl',
  'games',
  'olympics',
  'awards',
  'week',
  'war',
  'wars',
  'show',
  'series',
  'saga',
  'trilogy',
  'franchise',
  'film',
  'movie',
  'album',
  'novel',
  'opera',
  'symphony',
]);

/** Whether the name's last word, its head, is a noun of an event or a work (EVENT_AND_WORK_HEADS): it names no person. */
export function namesEventOrWork(tokens: Tokens, e: Entity): boolean {
  return EVENT_AND_WORK_HEADS.has(tokens.value[e.tokenEnd - 1].toLowerCase());
}

/**
 * Prepositions that introduce a location ("in Anchorage", "from Kyiv"); not "to", which mostly introduces people
 * ("according to", "spoke to").
 */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'across',
  'throughout',
  'outside',
  'inside',
  'into',
  'toward',
  'towards',
]);
/** Lower-case words allowed inside a name: "Committee of the State Duma", "Bank of England". */
const NAME_LINKERS = new Set(['of', 'the', 'de', 'von', 'van', 'al', 'bin', 'da', 'la', 'and', '&', '-']);
const ACRONYM = /^[A-Z]{2,6}$/;
/** Nationality adjectives ("Russian", "European", "Chinese", "British", "American"): OntoNotes' NORP, neither person nor place. */
const DEMONYM = /(?:ian|ean|ese|ish|ican)$/;

interface Run {
  start: number;
  end: number;
}

/**
 * Finds proper-name runs in [from, to) of the token columns and types them. `skip[i - from]` marks token i as already
 * in a wink entity: indexed from `from`, so a paragraph's marks cost its own length, not the article's so far (one
 * array per paragraph over every earlier token made an article of 100,000 short paragraphs take minutes).
 */
export function properNames(tokens: Tokens, from: number, to: number, skip: Uint8Array): Entity[] {
  const runs: Run[] = [];
  let i = from;
  while (i < to) {
    if (!isNameToken(tokens, i, skip, from)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < to && isNameToken(tokens, end, skip, from)) {
        end++;
        continue;
      }
      // A linker continues the name only when a proper noun follows it: "State Duma", not "Trump and".
      let j = end;
      while (j < to && NAME_LINKERS.has(tokens.lemma[j]) && j - end < 2) j++;
      if (j > end && j < to && isNameToken(tokens, j, skip, from) && tokens.lemma[end] !== 'and') {
        end = j + 1;
        continue;
      }
      break;
    }
    runs.push({ start: i, end });
    i = end;
  }

  return runs.map((run) => typeRun(tokens, run, from));
}

/**
 * A name alone is the person named in full elsewhere in the same article ("Vladimir Putin" … "Putin"),
 * the usual one-sense-per-discourse rule of name matchers. Retypes in place.
 */
export function propagatePersons(tokens: Tokens, entities: Entity[]): void {
  const people = new Set<string>();
  for (const e of entities) if (e.type === 'PERSON') people.add(tokens.value[e.tokenEnd - 1]);
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG' && e.tokenEnd - e.tokenStart === 1 && people.has(tokens.value[e.tokenStart]))
      e.type = 'PERSON';
  }
}

function isNameToken(tokens: Tokens, i: number, skip: Uint8Array, from: number): boolean {
  return tokens.pos[i] === 'PROPN' && skip[i - from] === 0 && /^[A-Z][^’']*$/.test(tokens.value[i]) && tokens.value[i] !== 'I';
}

function typeRun(tokens: Tokens, run: Run, from: number): Entity {
  let start = run.start;
  let titled = false;
  // "Russian Foreign Minister Sergey Lavrov": the title is a cue, not part of the name.
  for (let i = run.end - 2; i >= run.start; i--) {
    if (isTitle(tokens.lemma[i])) {
      start = i + 1;
      titled = true;
      break;
    }
  }
  const before = start - 1 >= from ? tokens.lemma[start - 1] : '';
  const before2 = start - 2 >= from ? tokens.lemma[start - 2] : '';
  const head = tokens.lemma[run.end - 1];
  const after = tokens.lemma[run.end] ?? '';
  const words = run.end - start;
  const name = tokens.value.slice(start, run.end).join(' ').replace(/ - /g, '-');
  let type: EntityType = 'PROPER';
  if (REGION_NAMES.has(name) || REGION_NAMES.has(name.replace(/^the /i, ''))) type = 'PLACE';
  else if (words === 1 && DEMONYM.test(name)) type = 'NORP';
  else if (ORG_HEADS.has(head) || (words === 1 && ACRONYM.test(tokens.value[start]))) type = 'ORG';
  else if (titled || isTitle(before)) type = 'PERSON';
  else if (PLACE_HEADS.has(head) || PLACE_PREPOSITIONS.has(before)) type = 'PLACE';
  // "spokesman for the Kremlin Dmitry …": a title two words back, unless a preposition came between ("reporters in Stockholm").
  else if (isTitle(before2)) type = 'PERSON';
  else if (REPORTING_VERBS.has(after) && words >= 2) type = 'PERSON';
  else if (words >= 2 && words <= 3 && isPersonShaped(tokens, start, run.end)) type = 'PERSON';
  return {
    type,
    start: tokens.start[start],
    end: tokens.start[run.end - 1] + tokens.value[run.end - 1].length,
    tokenStart: start,
    tokenEnd: run.end,
  };
}

/** "Vladimir Putin", "Bob Woodward": capitalised alphabetic words only, no linkers. */
function isPersonShaped(tokens: Tokens, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!/^[A-Z][a-z]+$/.test(tokens.value[i])) return false;
  return true;
}

/** Titles come in the plural too: "US Presidents Vladimir Putin and Donald Trump". */
function isTitle(lemma: string): boolean {
  return TITLES.has(lemma) || (lemma.endsWith('s') && TITLES.has(lemma.slice(0, -1)));
}
