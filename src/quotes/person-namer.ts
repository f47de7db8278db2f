import { termOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Entity } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';

/** The person an entity names, by the fullest name the coverage uses, or null when it names no person. */
export type PersonNamer = (article: AnalysedArticle, entity: Entity) => string | null;

/**
 * Names people the way the coverage does: a surname alone ("Peskov") is the full name used elsewhere
 * ("Dmitry Peskov", from coverage.people, the most mentioned on a tie). Names the proper-name rules
 * typed otherwise count when they carry a known surname ("According to Dmitry Peskov" reads as a
 * place, "Trump" alone in an article as a plain name); organisations never do.
 */
export function personNamer(coverage: Coverage): PersonNamer {
  const fullNames = new Map<string, string>();
  for (const person of coverage.people) {
    const words = person.name.split(/\s+/);
    const surname = person.terms[0];
    if (words.length >= 2 && surname !== undefined && !fullNames.has(surname)) fullNames.set(surname, person.name);
  }
  return (article, entity) => {
    if (entity.type !== 'PERSON' && entity.type !== 'PROPER' && entity.type !== 'PLACE') return null;
    const surname = termOf(article.tokens.value[entity.tokenEnd - 1].toLowerCase());
    const full = fullNames.get(surname);
    if (full !== undefined) return full;
    return entity.type === 'PERSON' ? article.text.slice(entity.start, entity.end).replace(/\s+/g, ' ') : null;
  };
}
