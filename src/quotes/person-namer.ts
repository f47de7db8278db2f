import { termOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Entity } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';

/** The person an entity names, by the fullest name the coverage uses, or null when it names no person. */
export type PersonNamer = (article: AnalysedArticle, entity: Entity) => string | null;

/**
 * Names people the way the coverage does: a surname alone ("Peskov") is the full name its own article uses
 * for that surname, else the one used elsewhere ("Dmitry Peskov", from coverage.people, the most mentioned
 * on a tie): news names a person in full at first reference and by surname after (AP Stylebook, "names"),
 * so within one article a surname is that article's person (one sense per discourse), while two articles may
 * mean two people ("Kevin Mayer" of Disney, "Leonardo Mayer" the tennis player). Names the proper-name rules
 * typed otherwise count when they carry a known surname ("According to Dmitry Peskov" reads as a place,
 * "Trump" alone in an article as a plain name); organisations never do.
 */
export function personNamer(coverage: Coverage): PersonNamer {
  const fullNames = new Map<string, string>();
  for (const person of coverage.people) {
    const words = person.name.split(/\s+/);
    const surname = person.terms[0];
    if (words.length >= 2 && surname !== undefined && !fullNames.has(surname)) fullNames.set(surname, person.name);
  }
  const ownNames = new Map<AnalysedArticle, ReadonlyMap<string, string>>();
  return (article, entity) => {
    if (entity.type !== 'PERSON' && entity.type !== 'PROPER' && entity.type !== 'PLACE') return null;
    const surname = surnameOf(article, entity);
    let own = ownNames.get(article);
    if (own === undefined) ownNames.set(article, (own = fullNamesIn(article)));
    const full = own.get(surname) ?? fullNames.get(surname);
    if (full !== undefined) return full;
    return entity.type === 'PERSON' ? article.text.slice(entity.start, entity.end).replace(/\s+/g, ' ') : null;
  };
}

function surnameOf(article: AnalysedArticle, entity: Entity): string {
  return termOf(article.tokens.value[entity.tokenEnd - 1].toLowerCase());
}

/** The full name (two words or more) an article uses most for each surname, the first on a tie. */
function fullNamesIn(article: AnalysedArticle): ReadonlyMap<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of article.entities) {
    if (e.type !== 'PERSON' || e.tokenEnd - e.tokenStart < 2) continue;
    const surname = surnameOf(article, e);
    const names = counts.get(surname) ?? new Map<string, number>();
    const name = article.text.slice(e.start, e.end).replace(/\s+/g, ' ');
    names.set(name, (names.get(name) ?? 0) + 1);
    counts.set(surname, names);
  }
  const out = new Map<string, string>();
  for (const [surname, names] of counts) out.set(surname, [...names].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  return out;
}
