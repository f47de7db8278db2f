import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/analyse/nlp.js';
import type { AnalysedArticle } from '../../../src/analyse/types.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';
import { shownInstance } from '../../../src/answer/span/instance-name.js';
import { readQuestion } from '../../../src/answer/question/read-question.js';
import { writtenArticle } from '../../support/articles.js';

const nlp = createNlp();
const ask = (question: string) => readQuestion(nlp, question, null, [], ANSWER_DEFAULTS);

/** The answer shown for the question in the article's first sentence, as text. */
function shown(question: string, article: AnalysedArticle): string | null {
  const span = shownInstance(article, article.sentences[0], ask(question));
  return span ? article.text.slice(span.start, span.end) : null;
}

// Sentences written for these tests in wire-service style.
describe('the name a "which N" question asks for, shown when its noun gives no answer type', () => {
  it('reads the noun a what/which question asks for one of, and none where a verb comes first', () => {
    expect(ask('Which club winger was hurt on Friday?').askedNoun).toBe('winger');
    expect(ask('In which journal did the findings appear?').askedNoun).toBe('journal');
    expect(ask('What did the club lose?').askedNoun).toBeNull();
    expect(ask('Who did the club lose?').askedNoun).toBeNull();
  });

  it('shows the name set in close apposition right after the noun', () => {
    const article = writtenArticle(nlp, 'apposition', 'The findings appeared in the journal Marine Letters last spring.');
    expect(shown('In which journal did the findings appear?', article)).toBe('Marine Letters');
  });

  it('shows a name whose last word is the noun, but not one the question names', () => {
    const article = writtenArticle(nlp, 'head', 'The engineers of the Harlow Test Center later met at the Orion Space Center in May.');
    expect(shown('Which center did the engineers meet at in May?', article)).toBe('Harlow Test Center');
    expect(shown('Which center did the Harlow Test Center engineers meet at?', article)).toBe('Orion Space Center');
  });

  it('shows a name premodifying a phrase the noun heads, a parenthesis and lower-case modifiers between', () => {
    const base = writtenArticle(nlp, 'premodifier', 'The Harwick naval air station was closed to traffic in May.');
    expect(shown('Which station was closed in May?', base)).toBe('Harwick');
    const forum = writtenArticle(nlp, 'parenthesis', 'The Lindqvist Policy Forum (Oslo, Norway) conference ended early in June.');
    expect(shown('Which conference ended early?', forum)).toBe('Lindqvist Policy Forum');
    // The noun heads no phrase the name premodifies when a noun follows it: a station council is a council.
    const council = writtenArticle(nlp, 'not-head', 'The ministers spoke to the Harwick station council on Tuesday.');
    expect(shown('At which station did the ministers speak on Tuesday?', council)).toBeNull();
    // A sentence's opening capital on a common word is no name.
    const opening = writtenArticle(nlp, 'opening', 'Recent pipeline projects were delayed.');
    expect(shown('Which pipeline projects were delayed?', opening)).not.toBe('Recent');
  });

  it("shows the name the question's preposition governs after the question's verb, where no name is stated as one of N", () => {
    const article = writtenArticle(nlp, 'frame', 'The band released the album on Harbor Records after a tour with the Lee Trio in Ohio.');
    expect(shown('On which label did the band release the album?', article)).toBe('Harbor Records');
    // A preposition after another verb than the question's frames another relation.
    expect(shown('With which label did the band sign?', article)).toBeNull();
  });

  it('shows nothing for a question whose noun gives an answer type, or in a sentence naming no such thing', () => {
    const article = writtenArticle(nlp, 'typed', 'The club lost winger Ann Lee to a knee injury on Friday.');
    expect(shown('Which club winger was hurt on Friday?', article)).toBeNull();
    expect(shown('In which journal did the club report the injury?', article)).toBeNull();
  });
});

// Sentences written for these tests: what the wh-phrase stands for in the question's clause, read in the sentence's.
describe("the noun phrase a what-question's frame points at", () => {
  it.each([
    [
      "the object of the question's verb, its subject before it",
      'Last year the lab quietly developed a solid-state battery for small drones.',
      'What did the lab develop?',
      'solid-state battery',
    ],
    [
      "no object of a verb the question's subject does not come before",
      'A rival firm developed a cheaper battery than the lab.',
      'What did the lab develop?',
      null,
    ],
    [
      "no passive's subject whose agent is not the question's subject",
      'In the lab a battery was developed by the team last year.',
      'What did the lab develop?',
      null,
    ],
    [
      "the passive's subject, whose agent is the question's subject",
      'A solid-state battery was developed by the lab.',
      'What did the lab develop?',
      'solid-state battery',
    ],
    [
      "the object of the question's verb for a question asking its passive's subject",
      'Last year the lab quietly developed a solid-state battery for small drones.',
      'What was developed by the lab?',
      'solid-state battery',
    ],
    [
      "no passive's subject a preposition governs",
      'A bridge over the river was built by the city in 1990.',
      'What was built by the city?',
      null,
    ],
    [
      "the passive's subject in an of-phrase of the question's noun",
      'The technique of raku firing was used by the potters.',
      'What technique was used by the potters?',
      'raku firing',
    ],
    [
      'no object all of whose words the question has',
      'The lab developed the battery in three years.',
      'What did the lab develop for the battery?',
      null,
    ],
    [
      "the object of the question's preposition after its verb",
      'Last year the lab replaced the old cells with a cheaper lithium battery.',
      'What did the lab replace the old cells with?',
      'cheaper lithium battery',
    ],
    [
      "the agent of the question's verb in the passive, for a question asking its subject",
      'The engine is mostly protected by a ceramic outer shield from the heat.',
      'What protects the engine from heat?',
      'ceramic outer shield',
    ],
    [
      "the common noun phrase subject of the question's verb in the active",
      'The electric car market created the global demand for lithium.',
      'What created the global demand for lithium?',
      'The electric car market',
    ],
    [
      'no subject a preposition governs',
      'Growth in the car market created the global demand for lithium.',
      'What created the global demand for lithium?',
      null,
    ],
    [
      'no subject a quantifier opens',
      'Some markets created the global demand for lithium.',
      'What created the global demand for lithium?',
      null,
    ],
  ])('shows %s', (name, sentence, question, expected) => {
    expect(shown(question, writtenArticle(nlp, name, sentence))).toBe(expected);
  });
});

describe('the name a "what is N called?" question asks for', () => {
  it('reads the noun a naming question asks the name of, past a genitive, and none for other what-questions', () => {
    expect(ask("What is Van Der Beek's wife called?").namingNoun).toBe('wife');
    expect(ask('What was the naval base called?').namingNoun).toBe('base');
    expect(ask('What did the club call its new stadium?').namingNoun).toBeNull();
    expect(ask('What is the naval base?').namingNoun).toBeNull();
  });

  it('shows the name set in loose apposition to the noun', () => {
    // A sentence of a fit page of the article-extraction dataset (foxnews.com, 2019): the name follows "his wife" between commas.
    const article = writtenArticle(
      nlp,
      'naming-apposition',
      'The difficult elimination came in light of Van Der Beek’s announcement that his wife, Kimberly, had suffered a ' +
        'miscarriage over the weekend.',
    );
    expect(shown("What is Van Der Beek's wife called?", article)).toBe('Kimberly');
    expect(shown('What is the elimination called?', article)).toBeNull();
  });
});

describe('the name a verb of naming or "the name of" gives the noun', () => {
  // A sentence of a fit page of the article-extraction dataset (newsnation.in, 2019), then sentences written for this test.
  it.each([
    ['the name of the noun is', 'According to the website, the name of the oxygen bar is ‘Oxy Pure’.', 'Oxy Pure'],
    ['the noun called', 'The mall in Saket opened an oxygen bar called Oxy Pure last year.', 'Oxy Pure'],
    ['the noun is named', 'The new oxygen bar is named Air Station by its owners.', 'Air Station'],
    ['nothing for the noun inside a prepositional phrase', 'The owner of the oxygen bar is called Jane Roe.', null],
  ])('shows %s', (name, sentence, expected) => {
    expect(shown('What is the oxygen bar called?', writtenArticle(nlp, name, sentence))).toBe(expected);
  });
});

describe('the score a "what was the score?" question asks for', () => {
  // Sentences of fit pages of the article-extraction dataset (detroitnews.com, 2019; catchitkansas.com, 2018), and one written.
  const GAME =
    'Dekalb, Ill. — Mike Glass threw for three touchdowns and ran for another and Eastern Michigan rolled past Northern ' +
    'Illinois, 45-17, on Tuesday night.';
  const DIVE = 'Summary: 5-1A: Salina South diver Keetan Munsell (junior) won the state championship in the event with a score of 409.30.';
  const SEASON = 'The club won 12 games in the 2015-16 season under its new coach.';

  it.each([
    [
      'a game score, two figures joined by a hyphen',
      GAME,
      'What was the final score between Eastern Michigan and Northern Illinois?',
      '45-17',
    ],
    ["the number the noun's of-phrase states", DIVE, 'What score did Keetan Munsell win the state title with?', '409.30'],
    ['no span of years', SEASON, 'What was the final score of the season?', null],
  ])('shows %s', (name, sentence, question, expected) => {
    expect(shown(question, writtenArticle(nlp, name, sentence))).toBe(expected);
  });
});

describe('the value a question whose noun names a measure asks for', () => {
  // Written for this test in a travel page's style; "altitude" gives the question no answer type (thing).
  const VILLAGE = 'The village sits at an altitude of more than 2,400 feet, above the tree line.';

  it('shows the number the noun of-phrase states, with its unit, whichever way the question asks it', () => {
    const article = writtenArticle(nlp, 'altitude', VILLAGE);
    expect(ask('At what altitude does the village sit?').answerType).toBe('thing');
    expect(shown('At what altitude does the village sit?', article)).toBe('2,400 feet');
    expect(shown('What is the altitude of the village?', article)).toBe('2,400 feet');
  });

  it('shows, of two values of the noun, the one whose noun the question premodifies as the sentence does', () => {
    const article = writtenArticle(nlp, 'spans', 'The old bridge has a main span of 300 metres and a side span of 120 metres.');
    expect(shown('What is the side span of the old bridge?', article)).toBe('120 metres');
    expect(shown('What is the main span of the old bridge?', article)).toBe('300 metres');
  });

  it('shows no number the noun does not measure', () => {
    expect(shown('At what altitude does the village sit?', writtenArticle(nlp, 'no-value', 'The village has 2,400 people.'))).toBeNull();
  });
});

describe('what a sentence predicates of X, for a definitional "What is X?"', () => {
  it('reads the head of X when X is a noun phrase alone, and none for "the name of" or a verb after X', () => {
    expect(ask('What is the main unit of the regional fleet?').definedNoun).toBe('unit');
    expect(ask('What is the name of the regional fleet?').definedNoun).toBeNull();
    expect(ask('What is the regional fleet known for?').definedNoun).toBeNull();
  });

  it("shows the base noun phrase of the copula's complement when the copula's subject is X", () => {
    const article = writtenArticle(nlp, 'copula', 'The main unit of the regional fleet is a small patrol cutter based in the harbour.');
    expect(shown('What is the main unit of the regional fleet?', article)).toBe('small patrol cutter');
  });

  it('shows the noun phrase an article opens in apposition right after X', () => {
    const article = writtenArticle(nlp, 'appositive', 'Crews found the wreck, a wooden schooner from the 1880s, off the coast on Tuesday.');
    expect(shown('What is the wreck?', article)).toBe('wooden schooner');
  });

  it('shows nothing for a passive "be", a quantified complement, or a sentence without all of X', () => {
    const passive = writtenArticle(nlp, 'passive', 'The main unit of the regional fleet was sold to a buyer in Spain.');
    expect(shown('What is the main unit of the regional fleet?', passive)).toBeNull();
    const one = writtenArticle(nlp, 'one-of', 'The main unit of the regional fleet is one of the oldest cutters in service.');
    expect(shown('What is the main unit of the regional fleet?', one)).toBeNull();
    const other = writtenArticle(nlp, 'other', 'The main unit of the army is a light infantry brigade.');
    expect(shown('What is the main unit of the regional fleet?', other)).toBeNull();
  });

  it('shows the subject of a specifying copula, or the head of a definite appositive, whose definite noun phrase is X', () => {
    const copula = writtenArticle(nlp, 'specifying', 'The Harbor Queen is the oldest ferry in the regional fleet.');
    expect(shown('What is the oldest ferry in the regional fleet?', copula)).toBe('Harbor Queen');
    const appositive = writtenArticle(
      nlp,
      'specified',
      'Crews restored the Mary Ellen, the oldest ferry in the regional fleet, last spring.',
    );
    expect(shown('What is the oldest ferry in the regional fleet?', appositive)).toBe('Mary Ellen');
  });

  it('shows nothing for an indefinite complement or a subject a preposition governs', () => {
    const indefinite = writtenArticle(nlp, 'ascriptive', 'The Harbor Queen is an old ferry in the regional fleet.');
    expect(shown('What is an old ferry in the regional fleet?', indefinite)).toBeNull();
    const governed = writtenArticle(nlp, 'governed', 'A fire on the Harbor Queen is the worst accident in the regional fleet.');
    expect(shown('What is the worst accident in the regional fleet?', governed)).toBeNull();
  });
});

describe('the name a sentence gives X, for a question asking what X is called', () => {
  it('reads X of "What is X called/known as?", "X is called what?" and "another term for X", and none for other questions', () => {
    expect(ask('What is the night ferry to the islands called?').namedThing).toEqual({
      head: 'ferry',
      terms: ['night', 'ferry', 'island'],
    });
    expect(ask('What are the small cutters also known as?').namedThing).toEqual({ head: 'cutter', terms: ['small', 'cutter'] });
    expect(ask('The small cutters are often called what?').namedThing).toEqual({ head: 'cutter', terms: ['small', 'cutter'] });
    expect(ask('What is another term for the night ferry?').namedThing).toEqual({ head: 'ferry', terms: ['night', 'ferry'] });
    expect(ask('What is the night ferry known for?').namedThing).toBeNull();
    expect(ask('What did the crews call the night ferry?').namedThing).toBeNull();
  });

  it('shows the complement of a verb of naming after X, in the passive or a relative clause', () => {
    const passive = writtenArticle(nlp, 'passive-naming', 'The night ferry to the islands is called the Owl by its crews.');
    expect(shown('What is the night ferry to the islands called?', passive)).toBe('Owl');
    const relative = writtenArticle(
      nlp,
      'relative-naming',
      'Crews built a narrow pier, which is known locally as the finger, near the ferry berth.',
    );
    expect(shown('What is the narrow pier known as?', relative)).toBe('finger');
  });

  it('shows the noun phrase set in parentheses after X, or X in parentheses after it, and the "or" of reformulation', () => {
    const after = writtenArticle(nlp, 'parenthesis', 'Fuel moves from a supply bin (hopper) to the boiler on a belt.');
    expect(shown('What is another name for a supply bin?', after)).toBe('hopper');
    const before = writtenArticle(nlp, 'parenthesis-before', 'The harbour board approved bollards ("harbour posts") for the pier.');
    expect(shown('What are the harbour posts called?', before)).toBe('bollards');
    const or = writtenArticle(nlp, 'reformulation', 'The crews repaired the jetty, or landing stage, before the storm.');
    expect(shown('What is another term for the jetty?', or)).toBe('landing stage');
  });

  it('shows nothing for an "or" that ends a list, or a verb of naming another noun phrase comes before', () => {
    const list = writtenArticle(nlp, 'list-or', 'The yard repairs tugs, barges, or small ferries for the port.');
    expect(shown('What is another word for barges?', list)).toBeNull();
    const other = writtenArticle(nlp, 'other-naming', 'The night ferry carries a small lifeboat called the Wren.');
    expect(shown('What is the night ferry called?', other)).toBeNull();
  });
});

describe("the object of a stranded preposition after the question's predicate", () => {
  it('reads the predicate and subject of "What is X an example of?" and "What are X connected to?", and none without "be"', () => {
    expect(ask('What is the old ferry an early example of?').predicateFrame).toEqual({ predicate: 'example', subject: ['old', 'ferry'] });
    expect(ask('What are the new pumps connected to?').predicateFrame).toEqual({ predicate: 'connect', subject: ['new', 'pump'] });
    expect(ask('What did the ferry replace?').predicateFrame).toBeNull();
    expect(ask('What did the crews pay for?').predicateFrame).toBeNull();
  });

  it("shows the noun phrase the preposition governs after the predicate, the question's subject before it", () => {
    const example = writtenArticle(nlp, 'example', 'The old ferry is an early example of steam turbine propulsion on the lake.');
    expect(shown('What is the old ferry an early example of?', example)).toBe('steam turbine propulsion');
    const passive = writtenArticle(nlp, 'connected', 'The new pumps are connected to a diesel generator on the quay.');
    expect(shown('What are the new pumps connected to?', passive)).toBe('diesel generator');
  });

  it('shows nothing where a word the question lacks comes between predicate and preposition, or the subject only after', () => {
    const side = writtenArticle(nlp, 'side', 'The pier is bounded in the north by a sea wall.');
    expect(shown('What is the pier bounded by?', side)).toBeNull();
    const after = writtenArticle(nlp, 'subject-after', 'Connected to a diesel generator, the new pumps run all night.');
    expect(shown('What are the new pumps connected to?', after)).toBeNull();
  });
});

describe('what stands where an in-situ "what" stands, for a declarative question ending in it', () => {
  it('reads the words before the final "what" back to a content word, and none for a question opening with its wh-word', () => {
    expect(ask('The new pumps are connected to what?').gapFrame).toEqual({
      before: [
        { term: 'connect', word: 'connected' },
        { term: null, word: 'to' },
      ],
      subject: ['new', 'pump'],
    });
    expect(ask('The old ferry lacks what?').gapFrame?.before).toEqual([{ term: 'lack', word: 'lacks' }]);
    expect(ask('What are the new pumps connected to?').gapFrame).toBeNull();
  });

  it("shows the noun phrase after the question's words before the gap, the subject before them", () => {
    const connected = writtenArticle(nlp, 'gap', 'On the quay, the new pumps are connected to a diesel generator.');
    expect(shown('The new pumps are connected to what?', connected)).toBe('diesel generator');
    const lacks = writtenArticle(nlp, 'gap-verb', 'Unlike its sister ships, the old ferry lacks stabiliser fins and a bow thruster.');
    expect(shown('The old ferry lacks what?', lacks)).toBe('stabiliser fins');
  });

  it('shows nothing where the words before the gap are written otherwise, or the subject comes only after them', () => {
    const other = writtenArticle(nlp, 'gap-other', 'The new pumps are linked to a diesel generator.');
    expect(shown('The new pumps are connected to what?', other)).toBeNull();
    const after = writtenArticle(nlp, 'gap-after', 'Connected to a diesel generator, the new pumps run all night.');
    expect(shown('The new pumps are connected to what?', after)).toBeNull();
  });
});

describe('the doer a who-question asks for, described where the sentence names no one', () => {
  it("shows the common noun phrase subject of the question's verb", () => {
    const article = writtenArticle(nlp, 'who-doer', 'The county building inspector inspects the new bridges every spring.');
    expect(shown('Who inspects the new bridges every spring?', article)).toBe('The county building inspector');
  });

  it('shows what stands where an in-situ "who" or "whom" stands', () => {
    const article = writtenArticle(nlp, 'who-gap', 'After the tender, the harbour board awards the contract to the lowest bidder.');
    expect(ask('The harbour board awards the contract to whom?').gapFrame?.before).toEqual([
      { term: 'contract', word: 'contract' },
      { term: null, word: 'to' },
    ]);
    expect(shown('The harbour board awards the contract to whom?', article)).toBe('lowest bidder');
    expect(shown('The harbour board awards the contract to who?', article)).toBe('lowest bidder');
  });

  it('shows no doer that a quantifier opens, or one the question names', () => {
    const some = writtenArticle(nlp, 'who-some', 'Some inspectors inspect the new bridges every spring.');
    expect(shown('Who inspects the new bridges every spring?', some)).toBeNull();
    const named = writtenArticle(nlp, 'who-own', 'The county inspector inspects the new bridges every spring.');
    expect(shown('Who inspects the new bridges with the county inspector?', named)).toBeNull();
  });
});

describe('the alternative an alternative question offers that the sentence names', () => {
  it('reads the single words "or" joins in a question opening with its operator, and none where it joins phrases or clauses', () => {
    expect(ask('Is the flood risk high or low this year?').offered).toEqual([['high'], ['low']]);
    expect(ask('Are the new cells round, flat or spiky?').offered).toEqual([['round'], ['flat'], ['spiky']]);
    expect(ask('Were the tests high-voltage or low-voltage?').offered).toEqual([
      ['high', 'voltage'],
      ['low', 'voltage'],
    ]);
    expect(ask('Did the council approve the plan or reject it?').offered).toBeNull();
    expect(ask('Which rose more, sales or profits?').offered).toBeNull();
  });

  it('shows the one alternative the sentence names, and none where it names two or none', () => {
    const low = writtenArticle(nlp, 'alt-one', 'Officials said the flood risk was low this year after a dry winter.');
    expect(shown('Is the flood risk high or low this year?', low)).toBe('low');
    const hyphen = writtenArticle(nlp, 'alt-hyphen', 'The engineers ran high-voltage tests on the new cable.');
    expect(shown('Were the tests high-voltage or low-voltage?', hyphen)).toBe('high-voltage');
    const both = writtenArticle(nlp, 'alt-both', 'The flood risk was low in the north and high in the south.');
    expect(shown('Is the flood risk high or low this year?', both)).toBeNull();
  });

  it('reads no alternatives where one of them is no word of the lexicon, a typo for what the sentence may write', () => {
    expect(ask('Is the flood risk high or lwo this year?').offered).toBeNull();
  });
});

describe('the object of a verb the tagger reads as a noun after "did" and its subject', () => {
  it('reads the word before a preposition or the end as the bare infinitive "do" takes', () => {
    expect(ask('What did the mayor present on Tuesday?').objectVerb?.verb).toBe('present');
    expect(ask('What does the east wing house?').objectVerb?.verb).toBe('house');
  });

  it("shows that verb's object", () => {
    const article = writtenArticle(nlp, 'bare', 'The mayor presented a revised budget on Tuesday.');
    expect(shown('What did the mayor present on Tuesday?', article)).toBe('revised budget');
  });
});
