import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { clauseDirection } from '../../src/dates/tense.js';
import { NO_META } from '../support/articles.js';

const nlp = createNlp();

/** The direction clauseDirection gives the date entity of a one-sentence article (news sentences written for the test). */
function directionOf(sentence: string): ReturnType<typeof clauseDirection> {
  const article = analyseArticle(nlp, { id: 't', hash: 't', meta: NO_META, text: sentence });
  const date = article.entities.find((e) => e.type === 'DATE');
  if (!date) throw new Error(`no date in "${sentence}"`);
  const [s] = article.sentences;
  return clauseDirection(article.tokens, s.tokenStart, s.tokenEnd, date.tokenStart, date.tokenEnd);
}

describe('clauseDirection', () => {
  it('points forward for a plan in the present or with a modal of the future', () => {
    expect(directionOf('The auto show opens to the public on Friday.')).toBe('forward');
    expect(directionOf('The foreign minister is expected to visit Rome on May 2.')).toBe('forward');
    expect(directionOf('The two delegations will meet again on Tuesday.')).toBe('forward');
    expect(directionOf('Engineers hope to finish the new bridge by June 30.')).toBe('forward');
  });

  it('points back for a past or a perfect, also after a negation', () => {
    expect(directionOf('The two leaders met in Geneva on Friday.')).toBe('back');
    expect(directionOf('The council has voted on Monday to close the road.')).toBe('back');
    expect(directionOf('The delegations did not meet on Tuesday.')).toBe('back');
  });

  it('reads past a reporting verb in the present to the verb of what was reported', () => {
    expect(directionOf('The minister says the deal was signed on Monday.')).toBe('back');
  });

  it('reads first the verb right after the date, which the date stands against', () => {
    expect(directionOf('It is for that reason that the agency on Monday hired three new firms.')).toBe('back');
    expect(directionOf('Officials say the ministry on Friday will name a new envoy.')).toBe('forward');
  });

  it('reads the verb after the date when none comes before it', () => {
    expect(directionOf('On Thursday, the president announced new tariffs.')).toBe('back');
    expect(directionOf('On Thursday, the festival opens its doors.')).toBe('forward');
  });

  it('gives no direction when no verb has a tense to go by', () => {
    expect(directionOf('Talks could be held in May.')).toBeNull();
  });
});
