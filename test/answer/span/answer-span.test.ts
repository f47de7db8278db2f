import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../../../src/analyse/types.js';
import { answerSpanIn, reasonShown } from '../../../src/answer/span/answer-span.js';
import { askedMeasureOf, readQuestion } from '../../../src/answer/question/read-question.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';
import type { Coverage } from '../../../src/coverage/types.js';
import { seedCoverage } from '../../support/seed-coverage.js';
import { writtenArticle } from '../../support/articles.js';

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

/** The answer span the question finds in the sentence of `articles` (the seeds) starting with `prefix`, as text. */
function spanIn(question: string, prefix: string, articles: readonly AnalysedArticle[] = coverage.articles): string | null {
  const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
  for (const a of articles) {
    const s = a.sentences.find((x) => a.text.slice(x.start, x.end).startsWith(prefix));
    if (s) return textOf(a, answerSpanIn(a, s, q, new Set(q.own))?.span);
  }
  throw new Error(`no sentence starts with "${prefix}"`);
}
const written = (id: string, text: string): AnalysedArticle => writtenArticle(coverage.nlp, id, text);
const textOf = (a: AnalysedArticle, span: { start: number; end: number } | null | undefined) =>
  span ? a.text.slice(span.start, span.end) : null;
/** The match the question finds in the article's first sentence, its evidence included. */
function firstSentenceMatch(question: string, article: AnalysedArticle) {
  return matchIn(question, article, article.sentences[0]);
}
/** The match the question finds in one sentence of the article, its evidence included. */
function matchIn(question: string, article: AnalysedArticle, sentence: AnalysedArticle['sentences'][number]) {
  const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
  return answerSpanIn(article, sentence, q, new Set(q.own));
}

describe('answer spans read from the question', () => {
  it('answers "who is X" with the role phrase before the name', () => {
    expect(spanIn('Who is Peskov?', 'Kremlin spokesman Dmitry Peskov neither confirmed')).toBe('Kremlin spokesman');
    expect(spanIn('Who is Lavrov?', 'As Russian Foreign Minister Sergey Lavrov')).toBe('Russian Foreign Minister');
  });

  it('takes no plural noun before the name for a title of one person ("This marks Putin’s first …")', () => {
    expect(spanIn('Who is Putin?', 'This marks Putin’s first public statement')).toBeNull();
    const article = written('w-marks', 'This marks Jane Roe’s first public statement since the vote.');
    expect(spanIn('Who is Jane Roe?', 'This marks', [article])).toBeNull();
  });

  it('answers "who is X" for a name with a hyphenated given name with the role before it, not a word of a party name', () => {
    // Written for this test in the style of a newspaper editorial.
    const article = written(
      'hyphen-name',
      "The crisis has boosted Taiwan's incumbent president, Tsai Ing-wen of the Democratic Progressive party.",
    );
    expect(spanIn('Who is Tsai Ing-wen?', 'The crisis', [article])).toBe("Taiwan's incumbent president");
  });

  it('answers "who is X" with no verb after an object pronoun taken for a role before the name', () => {
    // Written for this test in the style of a game review: wink tags "use" a noun.
    const article = written('w-bare-infinitive', 'Later missions let you see them use Tarn’s old freighter to reach the moon.');
    expect(spanIn('Who is Tarn?', 'Later missions', [article])).toBeNull();
  });

  it('answers "who" with the names in apposition to the noun a genitive name determines, not the genitive', () => {
    // Written for this test in a theatre review's style.
    const article = written('genitive', "The show uses songs by Mara Quill's co-writers Jo Penn and Ada Roe.");
    expect(spanIn('Who wrote the songs?', 'The show', [article])).toBe('Jo Penn and Ada Roe');
  });

  it('answers "who is X" with the appositive after the name', () => {
    expect(spanIn('Who is Dmitry Peskov?', 'According to Dmitry Peskov, the Russian leader')).toBe("the Russian leader's spokesman");
  });

  it('answers "who is X" with an appositive whose hyphenated compound opens with a capitalised word, whole', () => {
    // Written for this test in the style of a film review and of a game review.
    const surgeon = written('w-compound', 'The film follows Mira Tolan, a Harvard-trained surgeon, as she returns home.');
    expect(spanIn('Who is Mira Tolan?', 'The film follows', [surgeon])).toBe('a Harvard-trained surgeon');
    const apprentice = written('w-compound-head', 'The game follows Mira Tolan, a Jedi-in-training, as she flees the empire.');
    expect(spanIn('Who is Mira Tolan?', 'The game follows', [apprentice])).toBe('a Jedi-in-training');
  });

  it('answers "who is X" with every title coordinated before the name, but no name coordinated with it', () => {
    // Written for this test in wire-service style.
    const article = written(
      'titles',
      'Sales fell, said chairman, CEO and president Jane Roe. Putin and Kremlin spokesman Dmitry Peskov left Minsk.',
    );
    expect(spanIn('Who is Jane Roe?', 'Sales fell', [article])).toBe('chairman, CEO and president');
    expect(spanIn('Who is Dmitry Peskov?', 'Putin and', [article])).toBe('Kremlin spokesman');
  });

  it('answers a who-question with every name coordinated with the one picked, but not names in apposition or one it names', () => {
    expect(spanIn('Who reported that Trump and Putin spoke in early November?', 'Reuters, The Washington Post and Axios')).toBe(
      'Reuters, The Washington Post and Axios',
    );
    // A sentence of a fit page of the article-extraction dataset (detroitnews.com, 2019), then one written for this test.
    const article = written(
      'coordinated',
      'If he doesn’t play, either Jacob Clark or Cole Kramer would start. Officers found the boy in Fort Worth, Texas, on Monday.',
    );
    expect(spanIn('Who will start if Tanner Morgan cannot play?', 'If he', [article])).toBe('Jacob Clark or Cole Kramer');
    expect(spanIn('Who would start along with Jacob Clark?', 'If he', [article])).toBe('Cole Kramer');
    expect(spanIn('Where did officers find the boy?', 'Officers', [article])).toBe('Fort Worth');
  });

  it('answers a which-question with every name coordinated with one headed by the noun it asks for, not one it names', () => {
    // A sentence of a fit page of the article-extraction dataset (moneycontrol.com, 2019), then one written for this test.
    const article = written(
      'asked-noun-list',
      'Nomura said the order favoured banks and identified SBI and ICICI Bank as its key beneficiaries. ' +
        'The rival offers came from Corvin Bank and Halden Bank, the regulator said.',
    );
    expect(spanIn('Which banks did Nomura say would benefit?', 'Nomura', [article])).toBe('SBI and ICICI Bank');
    expect(spanIn('Which bank made a rival offer?', 'The rival', [article])).toBe('Corvin Bank and Halden Bank');
    expect(spanIn('Which bank made a rival offer besides Halden Bank?', 'The rival', [article])).toBe('Corvin Bank');
  });

  it('answers a who-question with coordinated names each determined by a genitive name, whole, and a genitive name alone', () => {
    // Written for this test: each conjunct is a name in the genitive, its determiner, then the name that heads it.
    const article = written('genitive-list', "Spain's Ana Lopez and Britain's Mark Rowe reached the final in Rome on Sunday.");
    expect(spanIn('Who reached the final?', 'Spain', [article])).toBe("Spain's Ana Lopez and Britain's Mark Rowe");
    expect(spanIn('Where was the final?', 'Spain', [article])).toBe('Rome');
  });

  it('answers "who is X" with the appositive past a comma of a list inside an organisation name', () => {
    // Written for this test: the comma after "Trade" lists the institute's own words (Chicago Manual of Style 6.19).
    const article = written(
      'list-in-name',
      'Jane Roe, a research analyst at the Lagos-based Centre for Trade, Energy and Water, said the plan would fail. ' +
        'The plan would fail, said Ann Lee, an analyst with the Institute of Trade, Energy and Water in Lagos.',
    );
    expect(spanIn('Who is Jane Roe?', 'Jane Roe', [article])).toBe(
      'a research analyst at the Lagos-based Centre for Trade, Energy and Water',
    );
    expect(spanIn('Who is Ann Lee?', 'The plan', [article])).toBe('an analyst with the Institute of Trade, Energy and Water in Lagos');
  });

  it('answers a when-question with every date coordinated with the one picked', () => {
    expect(spanIn('When could the summit between Trump and Putin take place?', 'According to Reuters, Leonid Slutsky')).toBe(
      'February or March',
    );
    // Written for this test: a date set off by a comma after another restates it (apposition), no list.
    const article = written('date-apposition', 'The vote was held on Tuesday, Nov. 5, across the country.');
    expect(spanIn('When was the vote held?', 'The vote', [article])).toBe('Tuesday');
  });

  it('answers "who is X" with a role set off by a comma before the name, for the reply only', () => {
    // Written for this test in wire-service style.
    const article = written('comma-role', 'Senate Leader, Jane Roe moved a motion for adjournment on Tuesday.');
    const match = firstSentenceMatch('Who is Jane Roe?', article);
    expect(textOf(article, match?.span)).toBe('Senate Leader');
    expect(match?.evidence).toBeNull();
  });

  it('answers "who is X" with a title appositive longer than a role phrase, for the reply only', () => {
    // Written for this test in wire-service style.
    const article = written(
      'long-appositive',
      '"We are ready," said Jane Roe, deputy associate director for planning at the Harbor Works Authority of Northern Counties.',
    );
    const match = firstSentenceMatch('Who is Jane Roe?', article);
    expect(textOf(article, match?.span)).toBe('deputy associate director for planning at the Harbor Works Authority of Northern Counties');
    expect(match?.evidence).toBeNull();
  });

  it('answers "who is X" with an appositive ended by an -ing participle clause, for the reply only; no -ed verb ends one', () => {
    // Written for this test in wire-service style.
    const article = written(
      'participle-appositive',
      'Tom Hale, a former officer living in Lyon since the war, said the files were lost. According to Kim Ash, the spokesman ' +
        'said the doors stayed shut.',
    );
    const match = firstSentenceMatch('Who is Tom Hale?', article);
    expect(textOf(article, match?.span)).toBe('a former officer');
    expect(match?.evidence).toBeNull();
    expect(spanIn('Who is Kim Ash?', 'According to', [article])).toBeNull();
  });

  it('answers "who is X" with the role, not the courtesy title that goes with the name', () => {
    // Written for this test in wire-service style.
    const article = written('courtesy', 'Study leader Dr. Jane Roe said the results were clear.');
    expect(spanIn('Who is Jane Roe?', 'Study leader', [article])).toBe('Study leader');
  });

  it('answers "who is X" with the capitalised title the name holds before it and its role words, never a first name', () => {
    // Written for this test in wire-service style.
    const article = written(
      'title-in-name',
      'Public Ombudsman Jane Roe said the deaths were caused by gunshot wounds. ' +
        'The deaths were reported by Secretary of State John Doe’s office. Chief Executive Ann Poe’s company declined to comment. ' +
        'The match was won by Daniel Ruiz Galan. In May, Freedonia’s Administrator Bo Li said dredging would start.',
    );
    const match = firstSentenceMatch('Who is Jane Roe?', article);
    expect(textOf(article, match?.span)).toBe('Public Ombudsman');
    expect(match?.evidence).toBeNull();
    expect(spanIn('Who is John Doe?', 'The deaths', [article])).toBe('Secretary of State');
    expect(spanIn('Who is Ann Poe?', 'Chief Executive', [article])).toBe('Chief Executive');
    expect(spanIn('Who is Roe?', 'Public Ombudsman', [article])).toBeNull();
    expect(spanIn('Who is Ruiz Galan?', 'The match', [article])).toBeNull();
    // With the role words before the name entity.
    expect(spanIn('Who is Bo Li?', 'In May', [article])).toBe('Freedonia’s Administrator');
  });

  it('answers "who is X" with a role that ends in an abbreviated formal title, for the reply only', () => {
    // Written for this test in wire-service style.
    const article = written('formal-title', 'Voters beat incumbent Gov. Jane Roe on Tuesday. Sen. John Doe said he would run again.');
    const match = firstSentenceMatch('Who is Jane Roe?', article);
    expect(textOf(article, match?.span)).toBe('incumbent Gov.');
    expect(match?.evidence).toBeNull();
    expect(spanIn('Who is John Doe?', 'Sen. John Doe', [article])).toBe('Sen.');
  });

  it('answers "who is X" with a title and its complement before the name, for the reply only', () => {
    // Written for this test in wire-service style: the preposition stops the role phrase before the name.
    const article = written('complement', "Ruritania's ambassador to Freedonia Jane Roe said talks would resume.");
    const match = firstSentenceMatch('Who is Jane Roe?', article);
    expect(textOf(article, match?.span)).toBe("Ruritania's ambassador to Freedonia");
    expect(match?.evidence).toBeNull();
  });

  it('answers "who is X" with a formal title written "<Title> of <unit>" after the name, and with no other name as a role', () => {
    // Written for this test in wire-service and markets styles: "head" is a person only in WordNet's fourth sense, and
    // "goodman" (a householder) is a kind of person too.
    const article = written(
      'head-of',
      'Jane Roe, Head of Research at Harbor Securities, said prices would rise. The panel has judges Ann Goodman, Bo Li and Carla Poe.',
    );
    expect(spanIn('Who is Jane Roe?', 'Jane Roe', [article])).toBe('Head of Research at Harbor Securities');
    expect(spanIn('Who is Bo Li?', 'The panel', [article])).toBeNull();
  });

  it('answers "who is X" with the plural role before a list of names X is in, for the reply only', () => {
    // Written for this test in a television page's style: a plural role before a list applies to each name.
    const article = written(
      'list-role',
      'The singer danced for judges Ann Lee, Bo Li and Carla Poe. The talks drew President Jane Roe, John Doe and Dan Moe.',
    );
    expect(spanIn('Who is Carla Poe?', 'The singer', [article])).toBe('judges');
    expect(spanIn('Who is Dan Moe?', 'The talks', [article])).toBeNull();
    const serial = written('list-role-serial', 'The singer danced for judges Ann Lee, Bo Li, and Carla Poe.');
    expect(spanIn('Who is Carla Poe?', 'The singer', [serial])).toBe('judges');
  });

  it('takes no first name for the title of a long appositive', () => {
    // Written for this test in a music page's style: WordNet's "john" is also a kind of person (a client), but not first.
    const article = written('first-name', 'The tour will feature Bo Li, John Doe and Ann Poe together for the first time in 25 years.');
    expect(spanIn('Who is Bo Li?', 'The tour', [article])).toBeNull();
  });

  it('answers "what is X" with the noun phrase whose name X stands after it in parentheses, for the reply only', () => {
    // Written for this test in a games review's style: a name set off by parentheses after the noun it names.
    const article = written(
      'parenthetical-name',
      'The crew takes in a retired pilot (Ann Lee), a grumpy ship mechanic (Bo Li) and a tiny repair droid (K-7) before the credits. ' +
        'Harbor Securities (France) and the Freedonia Trading Company (FTC) stayed out of the deal.',
    );
    expect(spanIn('What is K-7?', 'The crew', [article])).toBe('tiny repair droid');
    const match = firstSentenceMatch('Who is Bo Li?', article);
    expect(textOf(article, match?.span)).toBe('grumpy ship mechanic');
    expect(match?.evidence).toBeNull();
    // A place or an acronym in parentheses after a name is no description of it.
    expect(spanIn('What is France?', 'Harbor Securities', [article])).toBeNull();
    expect(spanIn('What is FTC?', 'Harbor Securities', [article])).toBeNull();
  });

  it('finds no description where the name stands bare', () => {
    expect(spanIn('Who is Peskov?', 'When asked for a comment on these reports, Peskov stated')).toBeNull();
  });

  it('answers a yes/no question with the predicate as stated, its negation included', () => {
    const sentence = 'According to Dmitry Peskov, the Russian leader';
    expect(spanIn('Did Peskov confirm the reports?', sentence)).toBe('has neither confirmed nor denied');
    expect(spanIn('Will Putin initiate contact with Trump?', 'He stated he would not initiate contact')).toBe('would not initiate');
  });

  it('answers a yes/no question with a verb the question uses as one, not a verb matching only its noun', () => {
    // Written for this test in wire-service style: "talking" matches the question's noun "talk".
    const article = written(
      'predicate-noun',
      'The minister mentioned talking with the union leaders, though she gave no details. The mayor mentioned talking with the union.',
    );
    expect(spanIn('Did the minister give details about her talk with the union leaders?', 'The minister', [article])).toBe('gave');
    expect(spanIn('Did the mayor reveal anything about his talk with the union?', 'The mayor', [article])).toBeNull();
  });

  it('answers a yes/no question with a verb of the clause, not a word tagged a verb between an article and its noun', () => {
    // Written for this test in a games review's style: wink tags "travel" of "A fast travel option" a verb.
    const article = written('premodifier-verb', 'A fast travel option would help, but the game does not offer one.');
    expect(spanIn('Does the game offer a fast travel option?', 'A fast travel', [article])).toBe('does not offer');
  });

  it('answers a yes/no question with the verb that governs the predicate through "to"', () => {
    // Written for this test in wire-service style.
    const article = written(
      'catenative',
      'A company spokeswoman declined to comment on the pricing. The mayor did not want to say more. The union is unlikely to accept the offer.',
    );
    expect(spanIn('Did the spokeswoman comment on the pricing?', 'A company', [article])).toBe('declined to comment');
    expect(spanIn('Did the mayor say more?', 'The mayor', [article])).toBe('did not want to say');
    expect(spanIn('Will the union accept the offer?', 'The union', [article])).toBe('is unlikely to accept');
  });

  it('answers "how often" with a frequency', () => {
    const sentence = 'He added that European leaders had previously contacted him';
    expect(spanIn('How often did European leaders contact Putin?', sentence)).toBe('weekly');
  });

  it('never shows as the answer the person the question names by surname while the sentence holds another person', () => {
    expect(spanIn('Who did Putin meet in Alaska?', 'On August 15, talks were held in Alaska')).toBe('Donald Trump');
    expect(spanIn('Who did Trump meet in Alaska?', 'On August 15, talks were held in Alaska')).toBe('Vladimir Putin');
  });

  it('answers "when will" with an upcoming stretch, the words placing it included', () => {
    expect(spanIn('When will Trump talk to the Russian leader?', 'Over the next couple of days')).toBe('Over the next couple of days');
  });

  it('answers "when did" with no upcoming stretch: what happened lies before the report', () => {
    expect(spanIn('When did Trump talk to the Russian leader?', 'Over the next couple of days')).toBeNull();
  });

  it('answers "who said" with the speaker of the reporting verb, not a person of what was said', () => {
    // Written for this test in wire-service style: the people of the report stand nearer the question's words.
    const article = written(
      'speakers',
      'Ministry spokeswoman Maria Lindqvist said the talks between Anna Berg and Tomas Holm had ended without a deal. ' +
        'The talks between Anna Berg and Tomas Holm ended without a deal, said Maria Lindqvist. ' +
        'The talks between Anna Berg and Tomas Holm had ended without a deal, according to Maria Lindqvist.',
    );
    for (const prefix of [
      'Ministry spokeswoman',
      'The talks between Anna Berg and Tomas Holm ended',
      'The talks between Anna Berg and Tomas Holm had',
    ])
      expect(spanIn('Who said the talks had ended without a deal?', prefix, [article])).toBe('Maria Lindqvist');
    expect(spanIn('Who held talks with Anna Berg?', 'Ministry spokeswoman', [article])).toBe('Tomas Holm');
  });

  it('answers "which newspaper reported" with the source of the report, not an organisation of what was reported', () => {
    // Written for this test in wire-service style: the organisations reported on stand nearer the question's words.
    const article = written(
      'sources',
      'The Harbor Gazette reported that NATO and EU finance and transport officials would review the port levy. ' +
        'NATO and EU officials would review the port levy next month, Tarvik news agency reported. ' +
        'NATO and EU officials would review the port levy in May, according to the Harbor Gazette.',
    );
    const asked = 'reported the review of the port levy?';
    for (const [question, prefix, source] of [
      [`Which newspaper ${asked}`, 'The Harbor Gazette', 'Harbor Gazette'],
      [`Which news agency ${asked}`, 'NATO and EU officials would review the port levy next', 'Tarvik'],
      [`Which newspaper ${asked}`, 'NATO and EU officials would review the port levy in', 'Harbor Gazette'],
    ])
      expect(spanIn(question, prefix, [article])).toBe(source);
  });

  it('answers "who did it" with the agent of a passive, not a name nearer the question\'s words', () => {
    // Written for this test in wire-service style: the mayor stands next to the question's words, the author is the agent.
    const article = written(
      'passive-agent',
      'At the harbor festival, Mayor John Kay read a poem written by the local author Jane Roe to the crowd. ' +
        'The new bridge over the Tay was designed in 2019 by Anna Berg, who worked with Tomas Holm. ' +
        'Tomas Holm was honored by Mayor John Kay at the festival.',
    );
    expect(spanIn('Who wrote the poem?', 'At the harbor festival', [article])).toBe('Jane Roe');
    expect(spanIn('Who designed the new bridge?', 'The new bridge', [article])).toBe('Anna Berg');
    // The wh-phrase as the passive's subject asks whom it was done to, not the agent.
    expect(spanIn('Who was honored at the festival?', 'Tomas Holm was', [article])).toBe('Tomas Holm');
    // So does one whose "be" follows a modal or the perfect's "have": "be" is the last auxiliary of a passive.
    expect(spanIn('Who had been honored at the festival?', 'Tomas Holm was', [article])).toBe('Tomas Holm');
    expect(spanIn('Who will be honored at the festival?', 'Tomas Holm was', [article])).toBe('Tomas Holm');
  });

  it('answers "who did it" with the agent of the passive whose subject the question names, of several passives of its verb', () => {
    // Written for this test in the style of a film column: two passives of "directed", each with its own subject and agent.
    const article = written(
      'passive-agents-by-subject',
      'The Quiet Sea was directed by Anna Berg; 2011’s Harbor Lights and 2014’s The Long Road were directed by Tomas Holm.',
    );
    expect(spanIn('Who directed The Long Road?', 'The Quiet Sea', [article])).toBe('Tomas Holm');
    expect(spanIn('Who directed The Quiet Sea?', 'The Quiet Sea', [article])).toBe('Anna Berg');
  });

  it("answers a passive's agent with the person a name-led role names, not the name premodifying the role", () => {
    // Written for this test in the style of a wire-service sports report: "Madrid" premodifies "football star".
    const article = written(
      'agent-pseudo-title',
      'The tournament is the result of a partnership between the federation and Arcadia, a group co-founded by Madrid ' +
        'football star Leo Garza.',
    );
    expect(spanIn('Who co-founded Arcadia?', 'The tournament', [article])).toBe('Leo Garza');
  });

  it('answers "who is the N" with the name the sentence states is the N, but not a name before another\'s title', () => {
    // Written for this test in wire-service style: the other person stands nearer the question's words.
    const appositive = written('copular-noun', 'Jane Roe, the new mayor, was thanked at the ceremony in Tarvik by Tomas Holm.');
    expect(spanIn('Who is the new mayor of Tarvik?', 'Jane Roe', [appositive])).toBe('Jane Roe');
    // In a list of titled names, a title running on into the next name is that name's, not an appositive of the one before.
    const titles = written(
      'title-of-next',
      'Speakers included the novelist Anna Berg, the historian Tomas Holm, longtime mayor of the county seat Jane Roe and a teacher.',
    );
    expect(spanIn('Who is the longtime mayor of the county seat?', 'Speakers', [titles])).toBe('Jane Roe');
  });

  it('answers "who did it" with the subject of the question\'s verb, not a name nearer the question\'s words', () => {
    // Written for this test in wire-service style: the other person stands right next to the question's words.
    const parenthetical = written('active-subject', 'Jane Roe, inspired by a lecture of Tomas Holm, formulated the theory in 2019.');
    expect(spanIn('Who formulated the theory?', 'Jane Roe', [parenthetical])).toBe('Jane Roe');
    const relative = written('relative-subject', 'The mayor praised Jane Roe, who designed the harbor tower with Tomas Holm.');
    expect(spanIn('Who designed the harbor tower?', 'The mayor', [relative])).toBe('Jane Roe');
    // The subject of the question's verb whose clause answers the rest of the question, not of another use of the verb.
    const race = written('subject-complement', 'In a race Tomas Holm won by ten points, Jane Roe won a second term as mayor.');
    expect(spanIn('Who won a second term?', 'In a race', [race])).toBe('Jane Roe');
    // A passive's subject is what the verb was done to: its agent answers (the passive-agent rule).
    const passive = written('passive-not-subject', 'The harbor tower, which Tomas Holm praised, was designed in 2019 by Jane Roe.');
    expect(spanIn('Who designed the harbor tower?', 'The harbor tower', [passive])).toBe('Jane Roe');
  });

  it('answers "who will do it" with the subject of the verb after the operator, not a name nearer the question\'s words', () => {
    // Written for this test in a film review's style: the other person stands right before the question's words.
    const cast = written('operator-subject', 'Jane Roe, who starred in a film by Tomas Holm, will play the lead in the new drama.');
    expect(spanIn('Who will play the lead?', 'Jane Roe', [cast])).toBe('Jane Roe');
    const signed = written('perfect-subject', 'Jane Roe, the agent of Tomas Holm, has signed the deal with the club.');
    expect(spanIn('Who has signed the deal?', 'Jane Roe', [signed])).toBe('Jane Roe');
  });

  it('answers "who did it" with the subject before a parenthetical set off by dashes or brackets, not a name after it', () => {
    // Written for this test in a film review's style: another player of another role stands after the parenthetical.
    const article = written(
      'dash-parenthetical',
      'Jo Penn — who landed her first lead role at nineteen in a film by Ada Roe — plays the young widow, and Mara Quill plays ' +
        'her sister. Tom Hale (seen last year opposite Kate Lund in a stage drama) plays the landlord, and Kim Ash plays his son.',
    );
    expect(spanIn('Who plays the young widow?', 'Jo Penn', [article])).toBe('Jo Penn');
    expect(spanIn('Who plays the landlord?', 'Tom Hale', [article])).toBe('Tom Hale');
  });

  it('answers "who did it" with the subject\'s common noun phrase, not a name in the verb\'s complement', () => {
    expect(spanIn('Who described the fears of Russian strikes on Europe as nonsense?', 'The Russian leader described')).toBe(
      'The Russian leader',
    );
    // Written for this test in wire-service style: the name stands in the object, nearest the question's words.
    const article = written(
      'common-subject',
      "Outside the town hall, the city's longtime mayor praised the harbor tower that Jane Roe designed.",
    );
    expect(spanIn('Who praised the harbor tower?', 'Outside the town hall', [article])).toBe("the city's longtime mayor");
    // A reporting verb's speaker after it is the subject in inverted order.
    const inverted = written('inverted-speaker', 'The talks will resume on Monday, said Kremlin spokesman Dmitry Peskov.');
    expect(spanIn('Who said the talks would resume?', 'The talks', [inverted])).toBe('Dmitry Peskov');
  });

  it('answers "what percentage" with a percentage, not a count nearer the question\'s words', () => {
    // Written for this test in wire-service style: the count stands next to the question's words.
    const article = written('percentage', 'Of the 4,200 voters polled in the county, 38% backed the school levy.');
    expect(spanIn('What percentage of voters polled in the county backed the levy?', 'Of the 4,200', [article])).toBe('38%');
    expect(spanIn('How many voters were polled in the county?', 'Of the 4,200', [article])).toBe('4,200');
  });

  it('answers "what percentage" with the whole range a percentage ends, as the seeds state it', () => {
    expect(spanIn('What percentage of respondents in the European countries believe such a conflict might occur?', 'A YouGov')).toBe(
      '41 percent to 55 percent',
    );
    // One figure, no range: shown alone.
    expect(spanIn('What percentage of people in the United States share this concern?', 'In the United States')).toBe('45 percent');
  });

  it('answers a what-question whose noun names a measure with a number of that kind: money for a price, a duration for an amount of time', () => {
    // Written for this test in wire-service style: a share and a count stand nearer the question's words.
    const oil = written('measure-price', 'Brent crude fell 2.4% to $61.20 a barrel on Tuesday.');
    expect(spanIn('At what price did Brent crude settle on Tuesday?', 'Brent crude', [oil])).toBe('$61.20');
    const bridge = written('measure-time', 'The crew assembled the bridge in about 36 hours, working in one continuous shift.');
    expect(spanIn('In what amount of time did the crew assemble the bridge?', 'The crew', [bridge])).toBe('about 36 hours');
  });

  it('answers "Since what year …?" with the date "since" governs, not a date nearer the question\'s words', () => {
    // Written for this test in wire-service style: the founding year stands as near the question's words, and first.
    const article = written('since-year', 'The band formed in 1989 and has played the harbor festival every summer since 2003.');
    expect(spanIn('Since what year has the band played the harbor festival?', 'The band', [article])).toBe('since 2003');
    expect(spanIn('When did the band form?', 'The band', [article])).toBe('1989');
  });

  it('answers a size question with the measure stated, not its conversion in parentheses, unless the question names a unit', () => {
    // Written for this test in wire-service style: the conversion stands nearer the question's words.
    const article = written('conversion', 'About 12 kilometres (7.5 miles) from the village, the trail reaches the pass.');
    expect(spanIn('How far from the village does the trail reach the pass?', 'About 12', [article])).toBe('About 12 kilometres');
    expect(spanIn('How many miles from the village does the trail reach the pass?', 'About 12', [article])).toBe('7.5 miles');
  });

  it('shows a reason clause closing a quotation without the comma before the closing mark', () => {
    // Written for this test in wire-service style: American style sets the comma inside the quotation marks.
    const article = written('reason-comma', '“The air is cleaner mainly due to a shift in the wind,” a research analyst said.');
    expect(spanIn('Why is the air cleaner?', '“The air', [article])).toBe('due to a shift in the wind');
  });

  it('shows a reason clause without the reporting clause that ends its sentence, and keeps a medial one', () => {
    // Written for this test in wire-service style.
    const article = written(
      'reason-reporting',
      'The match was called off because of heavy rain, Mark Ruiz, the club’s manager, told reporters. ' +
        'The final was moved because of the flooding, said a spokeswoman for the league. ' +
        'Fares rose because fuel, the airline said, cost more than a year ago.',
    );
    expect(spanIn('Why was the match called off?', 'The match', [article])).toBe('because of heavy rain');
    expect(spanIn('Why was the final moved?', 'The final', [article])).toBe('because of the flooding');
    expect(spanIn('Why did fares rise?', 'Fares rose', [article])).toBe('because fuel, the airline said, cost more than a year ago');
  });

  it('shows a reason a participle clause closing the sentence or a specifying "the reason … is that" gives', () => {
    // Written for this test in wire-service style: no sentence has a causal connective.
    const article = written(
      'reason-clauses',
      'The council had long refused to fund the bridge, consistently treating the river crossing as a luxury. ' +
        'A big reason that the town’s traffic has eased is that it has a new ring road. ' +
        'The mayor opened the bridge on Monday, saying it would ease traffic. ' +
        'Traffic on the old road fell by a third, according to the council.',
    );
    expect(spanIn('Why had the council refused to fund the bridge?', 'The council', [article])).toBe(
      'consistently treating the river crossing as a luxury',
    );
    expect(spanIn('Why has the town’s traffic eased?', 'A big reason', [article])).toBe('that it has a new ring road');
    expect(spanIn('Why did the mayor open the bridge?', 'The mayor', [article])).toBeNull();
    expect(spanIn('Why did traffic on the old road fall?', 'Traffic on', [article])).toBeNull();
  });

  it('shows no participle clause a subordinator opens as a reason, and still shows one with none', () => {
    // A fit page's recipe (article-extraction 4219d09690, theantijunecleaver.com): "when substituting …" is a clause of time,
    // which wink tags "when" an adverb before; the second sentence is written for this test, its participle clause unopened.
    const article = written(
      'reason-subordinated',
      'In general, when substituting honey for sugar in a recipe you will use about half the amount. ' +
        'Most cooks use less honey than sugar, finding honey sweeter.',
    );
    expect(spanIn('Why use honey instead of sugar?', 'In general', [article])).toBeNull();
    expect(spanIn('Why do cooks use less honey than sugar?', 'Most cooks', [article])).toBe('finding honey sweeter');
  });

  it('reads the reason of a sentence beside the ranked one from a connective of cause alone, not a condition or a participle clause', () => {
    // Written for this test in wire-service style.
    const article = written(
      'reason-stated',
      'The match was called off because of heavy rain. The final will move if the rain goes on. ' +
        'The council had long refused to fund the bridge, consistently treating the river crossing as a luxury.',
    );
    const stated = (prefix: string) =>
      textOf(
        article,
        reasonShown(
          article,
          article.sentences.find((x) => article.text.slice(x.start).startsWith(prefix))!,
          true,
        ),
      );
    expect(stated('The match')).toBe('because of heavy rain');
    expect(stated('The final')).toBeNull();
    expect(stated('The council')).toBeNull();
  });

  it('answers "how many" with a plural numeral and the one it multiplies, whole', () => {
    // Written for this test in wire-service style: wink tags only "thousands" of the first, only "Hundreds" of the second.
    const article = written(
      'plural-numerals',
      'The army sent tens of thousands of troops into the region. Hundreds of thousands of people fled the city.',
    );
    expect(spanIn('How many troops did the army send?', 'The army', [article])).toBe('tens of thousands');
    expect(spanIn('How many people fled the city?', 'Hundreds', [article])).toBe('Hundreds of thousands');
  });

  it('shows no conversion in parentheses of a measure the question itself states', () => {
    // Written for this test in the style of a wire-service car review: "62 mph" restates the "100 kph" the question names.
    const article = written('own-conversion', 'The new hatchback will go from zero to 100 kph (62 mph) in 6.9 seconds.');
    expect(spanIn('How much quicker to 100 kph is the new hatchback?', 'The new hatchback', [article])).toBeNull();
    expect(spanIn('How fast does the new hatchback reach 100 kph?', 'The new hatchback', [article])).toBeNull();
  });

  it('answers "How long is X?" with a length\'s unit when the number shown measures a length', () => {
    // Written for this test in wire-service style.
    const article = written('length', 'The new tunnel is nearly 14 km long and runs under the harbor to the airport.');
    expect(spanIn('How long is the new tunnel?', 'The new tunnel', [article])).toBe('nearly 14 km');
  });

  it('answers a temperature question with the degree sign written after a space, as SI style writes it', () => {
    // Written for this test in the SI style of NIST SP 811.
    const article = written('degrees', 'Water leaves the condenser at around 35 °C and is pumped back to the boiler.');
    expect(spanIn('What is the approximate temperature of the water leaving the condenser?', 'Water leaves', [article])).toBe(
      'around 35 °C',
    );
  });

  it('answers "What is the height of X?" with the number the sentence gives as the height\'s value, not another measure', () => {
    // Written for this test in the style of a reference text: the other measure stands as near the question's words, and first.
    const river = written('measured-value', 'This section is nearly 40 km long and descends from a height of 520 m to 310 m.');
    expect(spanIn('What is the height of the section?', 'This section', [river])).toBe('520 m');
    const reserve = written('measured-area', "Rangers patrol the reserve's 40 km of trails, which cross an area of 1,200 hectares.");
    expect(spanIn('How much area does the reserve cover?', 'Rangers', [reserve])).toBe('1,200 hectares');
  });

  it('answers "how many N" with the number written before N, not a measure its of-phrase gives each of them', () => {
    // Written for this test in an arts page's style: "of two meters each" describes each spider, it counts none.
    const article = written(
      'count-of-phrase',
      'For the festival the collective built eighty spiders of two meters each, which form one giant web.',
    );
    expect(spanIn('How many spiders did the collective build?', 'For the festival', [article])).toBe('eighty');
  });

  it('answers a person question with no name whose head is an event or a work: the person beside it, else none', () => {
    // Written for this test in the style of an arts page and of a game review.
    const festival = written(
      'w-festival',
      'The Riverside Lantern Festival drew crowds to the waterfront on its opening night, organisers said.',
    );
    expect(textOf(festival, firstSentenceMatch('Who drew crowds to the waterfront?', festival)?.span)).toBeNull();
    const franchise = written('w-franchise', 'Nova Wars heroes like Kel Varro appear briefly in the trailer.');
    expect(textOf(franchise, firstSentenceMatch('Who is the hero of the new game?', franchise)?.span)).toBe('Kel Varro');
  });

  it('answers a person question with the players, not the round of a competition the tagger typed a person', () => {
    // Written for this test in the style of a wire-service sports report: wink tags "Northern Shield Finals" PERSON.
    const round = written(
      'w-finals',
      'Marta Vidal and Lena Ortiz clinched the deciding doubles, giving the hosts a 2-1 win over Norway at the Northern Shield Finals.',
    );
    expect(textOf(round, firstSentenceMatch('Who gave the hosts a win over Norway?', round)?.span)).toBe('Marta Vidal and Lena Ortiz');
  });

  it("answers a person question with the name whose title before it holds the question's words", () => {
    // Written for this test in wire-service style: the other name stands as near the question's words, and first.
    const article = written('pseudo-titles', 'At the gala, Anna Berg praised the Norwegian novelist Tomas Holm.');
    expect(spanIn('Which novelist was praised at the gala?', 'At the gala', [article])).toBe('Tomas Holm');
  });

  it('answers a which-N question with the name the sentence states is an N, not a nearer name of the type', () => {
    // Written for this test in wire-service style: the other place stands nearer the question's words.
    const appositive = written(
      'instance-appositive',
      'Most visitors to the region arrive through Harlow Bay, which serves its capital and largest city, Dunmore.',
    );
    expect(spanIn('What city is the capital of the region?', 'Most visitors', [appositive])).toBe('Dunmore');
    const after = written('instance-after', 'Ferries leave Olden Bay for Tarvik, the largest town on the island, twice a day.');
    expect(spanIn('What town is the largest on the island?', 'Ferries', [after])).toBe('Tarvik');
    const copula = written('instance-copula', 'Tourists crowd Olden Bay on the province coast, though Tarvik is the largest town there.');
    expect(spanIn('Which town is the largest on the province coast?', 'Tourists', [copula])).toBe('Tarvik');
    // A plural copula's subject is coordinated names, which say no one of them is the town asked for.
    const plural = written(
      'instance-plural',
      'Tourists crowd Olden Bay on the province coast, though Tarvik and Merrow are the largest towns there.',
    );
    expect(spanIn('Which town is the largest on the province coast?', 'Tourists', [plural])).toBe('Olden Bay');
  });

  it('answers a which-N question with a name written with N as its head after it, shown with that head', () => {
    // Written for this test in the style of a reference text: the tagger's name is "Tarrow" alone, and the other place stands
    // nearer the question's words.
    const river = written('instance-head-after', 'The old mill at Belcastle stands near the Tarrow River, which feeds the Merrow Canal.');
    expect(spanIn('On what river does the old mill stand?', 'The old mill', [river])).toBe('Tarrow River');
    // A plural after a name premodifies a set ("Western countries"): it names no country.
    const set = written('instance-plural-head', 'Pupils in Norland score higher on standardized tests than pupils in Western countries.');
    expect(spanIn('What country has higher test scores than Western countries?', 'Pupils', [set])).toBe('Norland');
  });

  it('answers "where" with the place its own verb is done at, not another place of the sentence', () => {
    // Written for this test in the styles of a motoring page and of a wire-service report.
    const article = written(
      'verbs-place',
      'Built in Germany, the Vexa coupe will debut at the Northfield Motor Show in November. ' +
        'Peacekeepers from Canada stayed posted in the small kingdom for a decade. ' +
        'The only lighthouse in Norland is located in the capital, Varsby.',
    );
    expect(spanIn('Where will the Vexa coupe debut?', 'Built in Germany', [article])).toBe('Northfield Motor Show');
    expect(spanIn('Where did the peacekeepers stay posted?', 'Peacekeepers', [article])).toBe('small kingdom');
    expect(spanIn('Where is the only lighthouse in Norland located?', 'The only lighthouse', [article])).toBe('Varsby');
  });

  it('answers "where" with the place of the eventive object a light verb takes for the question\'s verb ("making its debut at")', () => {
    // slashgear.com's page on the e-tron Sportback (article-extraction, a fit page), its opening sentence.
    const article = written(
      'eventive-object',
      'Audi has revealed the second production model in its e-tron all-electric range, with the 2020 Audi e-tron Sportback making its debut at the LA Auto Show.',
    );
    expect(spanIn('where did the e-tron sportback debut', 'Audi has revealed', [article])).toBe('LA Auto Show');
  });

  it('answers a when-question about this year with no date the report places in another year ("last year")', () => {
    // The seeds' Ariana News report: "two announced call … this year — on Feb. 12 and on March 18 — … elected last year."
    expect(spanIn('when was the first call between trump and putin this year', 'There have actually so far')).toBe('Feb. 12');
  });

  it('answers "where" with the place its own verb is done at also where the sentence names no place', () => {
    // Written for this test in a nature guide's style: no word of the sentence is a name.
    const article = written('verbs-place-common', 'The rare orchids are mostly found in shaded limestone gullies near the coast.');
    const match = firstSentenceMatch('Where are the rare orchids found?', article);
    expect(match?.evidence).toBeNull();
    expect(textOf(article, match?.span)).toBe('shaded limestone gullies');
  });

  it('answers "where" with a place a preposition of position governs, not a source nearer the question\'s words', () => {
    // Written for this test in wire-service style: the source stands next to the question's words.
    const article = written(
      'position',
      'The council weighed a proposal from Lisbon to build a bridge, drafted by engineers at a meeting in Porto last May.',
    );
    expect(spanIn('Where was the bridge proposal drafted?', 'The council', [article])).toBe('Porto');
    // A preposition of the question's own asks its frame; no "where" asks no position.
    expect(spanIn('From where did the bridge proposal come?', 'The council', [article])).toBe('Lisbon');
    expect(spanIn('Which city sent the bridge proposal?', 'The council', [article])).toBe('Lisbon');
  });

  it('answers a question asking who spoke with the speaker whose appositive stands before the reporting verb', () => {
    // Written for this test in wire-service style: the appositive names another person nearer the question's words.
    const article = written(
      'speaker-appositive',
      '"We need more builders for the new bridge," Jane Roe, deputy to the harbor master John Kay, said on Monday.',
    );
    expect(spanIn('Who said the harbor needed more builders?', '"We need more builders', [article])).toBe('Jane Roe');
  });

  it('shows the date on the side of the report the question asks about, when the sentence holds one on each side', () => {
    // Written for this test in wire-service style: the date on the wrong side stands nearer the question's words.
    const article = written(
      'dates-both-ways',
      'A year ago, NASA said nine companies could bid to land cargo on the moon as early as next year. ' +
        'Next month the talks resume in Geneva, the minister said last week.',
    );
    expect(spanIn('When will NASA land cargo on the moon?', 'A year ago, NASA', [article])).toBe('next year');
    expect(spanIn('When did NASA say companies could bid?', 'A year ago, NASA', [article])).toBe('A year ago');
    expect(spanIn('When did the minister say the talks resume?', 'Next month the talks', [article])).toBe('last week');
    expect(spanIn('When will the talks resume?', 'Next month the talks', [article])).toBe('Next month');
  });

  it('answers "when will …" with no date the report places before its own publication', () => {
    // Written for this test in wire-service style; dated as a page would state it.
    const text = 'The ministers met in Geneva on August 15, aides said. The ministers will meet again on October 2, aides said.';
    const dated = writtenArticle(coverage.nlp, 'w-will-dated', text, { published: '2025-09-08' });
    expect(spanIn('When will the ministers meet?', 'The ministers met', [dated])).toBeNull();
    expect(spanIn('When will the ministers meet?', 'The ministers will', [dated])).toBe('October 2');
    expect(spanIn('When did the ministers meet?', 'The ministers met', [dated])).toBe('August 15');
    // Without a publication date nothing places August 15 before the report.
    expect(spanIn('When will the ministers meet?', 'The ministers met', [written('w-will-undated', text)])).toBe('August 15');
  });

  it('shows a name whole: one token beyond Latin-1, widened where the tokenizer still splits it', () => {
    // Written for this test in wire-service style: readText keeps "Jović" one token; wink reads "Contrecœur" as
    // "Contrec" "œ" "ur" (œ has no base letter).
    for (const name of ['Goran Jović', 'Anne Contrecœur']) {
      const article = written('letters', `The station mural was painted by ${name} in 2017.`);
      expect(spanIn('Who painted the station mural?', 'The station mural', [article])).toBe(name);
    }
  });

  it('shows a hyphenated word whole, and a number written onto a word', () => {
    // Written for this test in the styles of wire copy and car reviews: wink splits at the hyphen of a word it does not
    // know and after the digit.
    const article = written(
      'compounds',
      'Port harbour-master Bo Li spoke first. The 2Sport edition has a motor making 380 lb-ft of torque.',
    );
    expect(spanIn('Who is Bo Li?', 'Port', [article])).toBe('harbour-master');
    expect(spanIn('How much torque does the motor make?', 'The 2Sport', [article])).toBe('380 lb-ft');
    expect(spanIn('How many seats does the edition have?', 'The 2Sport', [article])).toBe('2Sport');
    const compound = written('names-compound', 'Hungarian-American investor Jane Roe said markets would rise.');
    expect(spanIn('Who is Jane Roe?', 'Hungarian', [compound])).toBe('Hungarian-American investor');
  });

  it('shows a reason without the dots of an ellipsis it ends in', () => {
    // Written for this test in a newsletter's style, an ellipsis running on to an aside.
    const article = written('ellipsis', 'The singer cannot perform her songs because of a dispute with her old label ... and its owner.');
    expect(spanIn('Why can the singer not perform her songs?', 'The singer', [article])).toBe('because of a dispute with her old label');
  });

  it('answers a why-question with a clause of the causal "since", not the temporal preposition', () => {
    // Written for this test in wire-service style.
    const article = written(
      'since',
      'The school on Elm Street has stayed shut since the storm in March. The library stayed shut too, since its roof had fallen in.',
    );
    expect(spanIn('Why has the school on Elm Street stayed shut?', 'The school on Elm Street', [article])).toBeNull();
    expect(spanIn('Why did the library stay shut?', 'The library stayed', [article])).toBe('since its roof had fallen in');
  });

  it('answers a when-question with no age, and with the date rather than a bare part of the day', () => {
    // Written for this test in wire-service and markets styles: wink reads "60-year-old" as a number and a DURATION.
    const article = written(
      'when-kinds',
      'The nearly 60-year-old brother of the mayor told friends the interview was a success. ' +
        'The index hit a record in the morning trade on November 20.',
    );
    const age = firstSentenceMatch('When did the interview air?', article);
    expect(age?.evidence).not.toBeNull();
    expect(age?.span).toBeNull();
    expect(spanIn('When did the index hit a record?', 'The index', [article])).toBe('November 20');
  });

  it('answers a when-question with no day word of a name ("USA Today"), but with one opening the sentence', () => {
    // Written for this test in wire-service style.
    const article = written(
      'name-day',
      'Roe told USA Today that the port would reopen. Today, the council said it would reopen the port on Friday.',
    );
    const named = firstSentenceMatch('When did Roe speak to the paper?', article);
    expect(named?.evidence).not.toBeNull();
    expect(named?.span).toBeNull();
    expect(spanIn('When did the council speak?', 'Today', [article])).toBe('Today');
  });

  it('answers a when-question with a date, not an offset whose anchor lies outside it', () => {
    // Written for this test in wire-service style: the offset stands nearer the question's words than the date.
    const article = written(
      'offset',
      'After a three-day hearing in March, the panel took less than 20 minutes before censuring Smith, 44, for misconduct.',
    );
    expect(spanIn('When was Smith censured?', 'After a three-day', [article])).toBe('March');
  });

  it('answers a when-question with no length of time placed by an event after it, the only date-like words', () => {
    // Written for this test in wire-service style: "a week after" is anchored to the vote, which has no date here.
    const article = written('offset-alone', 'The mayor resigned a week after the council voted to cut her budget.');
    const match = firstSentenceMatch('When did the mayor resign?', article);
    expect(match?.evidence).not.toBeNull();
    expect(match?.span).toBeNull();
  });
});

describe('the count whose own noun phrase the question restricts', () => {
  // Written for this test in wire-service style: the other count of the same noun stands nearer the question's words.
  it("shows the count of the noun whose modifiers hold the question's words, with its noun", () => {
    const leagues = written(
      'count-phrase',
      'Of the 340 members, the county fielded 14 teams in the regional league and 22 teams in the state league.',
    );
    expect(spanIn('How many teams did the county field in the state league?', 'Of the 340', [leagues])).toBe('22 teams');
    const premodified = written('count-premodified', 'The county fielded 14 teams last year and 9 youth soccer teams this year.');
    expect(spanIn('How many soccer teams did the county field?', 'The county', [premodified])).toBe('9 youth soccer teams');
  });

  it('keeps a count whose noun is left out before a coordinated one', () => {
    const coordinated = written('count-ellipsis', 'The county fielded 14 junior and 22 senior soccer teams.');
    expect(spanIn('How many junior soccer teams did the county field?', 'The county', [coordinated])).toBe('14');
  });
});

describe('the number a quantity question asks for', () => {
  // Written for this test in wire-service style: in each sentence a number of another kind sits as near
  // the question's words as the answer does, or nearer.
  let article: AnalysedArticle;
  beforeAll(() => {
    article = written(
      'numbers',
      'Prosecutors said Doe made 12 threats; John Doe, 55, of Buffalo denied them. ' +
        'The mayor faces 14 charges, prosecutors said of the 51-year-old. ' +
        'The probe flew past the moon, which is 3,200 miles wide, on its 14th orbit in 2004. ' +
        '$6.99 a month buys the service’s 500 films. ' +
        'Each paid $6.99, and ten million people signed up. ' +
        'The mayor, 51, served for three years on a council of nine members.',
    );
  });
  const spanOf = (question: string, prefix: string) => spanIn(question, prefix, [article]);

  it('reads what a "how" question counts', () => {
    const quantity = (question: string) => readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS).quantity;
    expect(quantity('How old is John Doe?')).toBe('age');
    expect(quantity('How wide is the moon?')).toBe('size');
    expect(quantity('How much does the service cost?')).toBe('money');
    expect(quantity('How many people signed up?')).toBe('count');
    expect(quantity('How many years did the mayor serve?')).toBe('period');
    expect(quantity('When was Doe sentenced?')).toBeNull();
  });

  it('answers "how old" with an age as news style writes it, not another number', () => {
    expect(spanOf('How old is John Doe?', 'Prosecutors said Doe')).toBe('55');
    expect(spanOf('How old is the mayor?', 'The mayor faces')).toBe('51');
  });

  it('reads "at what age" as "how old": an age, not a date', () => {
    const read = (question: string) => readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
    expect(read('At what age did the mayor retire?')).toMatchObject({ answerType: 'number', quantity: 'age' });
    expect(read('What age was John Doe?')).toMatchObject({ answerType: 'number', quantity: 'age' });
    expect(spanOf('At what age was the mayor charged?', 'The mayor faces')).toBe('51');
  });

  it('answers a size with a number and its unit', () => {
    expect(spanOf('How wide is the moon?', 'The probe')).toBe('3,200 miles');
  });

  it("answers a size with the inch mark written after it, not a quotation's closing mark", () => {
    // Written for this test in a retailer's style.
    const tv = written('inch', 'The store is selling a 70" TV for $400. He said "the screen is 40" and left.');
    expect(spanIn('How big is the TV?', 'The store', [tv])).toBe('70"');
    expect(spanIn('How big is the screen?', 'He said', [tv])).toBe('40');
  });

  it('answers "how much" with money and "how many" with a count', () => {
    expect(spanOf('How much does the service cost?', '$6.99 a month')).toBe('$6.99');
    expect(spanOf('How many people paid?', 'Each paid')).toBe('ten million');
  });

  it('answers "how much / how many <noun>" with the number written before that noun', () => {
    // Written for this test in a car review's style: the number with a unit of measure sits nearer the question's words.
    const car = written('counted', 'The wagon has 275 horsepower and 406 lb-ft of torque, and it seats four adults.');
    expect(spanIn('How much horsepower does the wagon have?', 'The wagon', [car])).toBe('275 horsepower');
    const read = (question: string) => readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS).counted;
    expect(read('How many New Zealand students attended?')).toBe('student');
    expect(read('How much is the ticket?')).toBeNull();
  });

  it('answers "how many <noun>" with the number counting that noun past its premodifiers, or the count of an elided head', () => {
    // SQuAD v1.1 dev, the study fold (Victoria_and_Albert_Museum): "1130 British and 650 European oil paintings" counts
    // paintings twice, so 1130 is no count of something else; and 6800 counts watercolours.
    const museum = written(
      'elided',
      'The collection includes about 1130 British and 650 European oil paintings, 6800 British watercolours, pastels and ' +
        '2000 miniatures, for which the museum holds the national collection.',
    );
    expect(spanIn('Approximately how many British oil paintings does the museum have?', 'The collection', [museum])).toBe('about 1130');
    expect(spanIn('Approximately how many British watercolours are in the collection?', 'The collection', [museum])).toBe(
      '6800 British watercolours',
    );
  });

  it('shows no number of another kind than asked: no age without a number, no length or weight for a price', () => {
    // Written for this test in wire-service and car-review styles: the only candidate is of another kind.
    const article = written(
      'unasked',
      'Hours before the vote, the mayor thanked the council. The wagon weighs 1,900 kilograms and makes 406 lb-ft of torque.',
    );
    const age = firstSentenceMatch('How old is the mayor?', article);
    expect(age?.evidence).not.toBeNull();
    expect(age?.span).toBeNull();
    expect(spanIn('How much does the wagon cost?', 'The wagon', [article])).toBeNull();
    expect(spanIn('How much does the wagon weigh?', 'The wagon', [article])).toBe('1,900 kilograms');
  });

  it('answers "how much does it weigh" and "how heavy" with a number and its unit of mass, never a length or a price', () => {
    // Written for this test in a laptop review's style: the second and third sentences write no weight.
    const article = written(
      'weights',
      'The 16-inch laptop weighs 2.1 kilograms, a little more than the 15-inch model it replaces. ' +
        'Next to the 13-inch model, the 16-inch laptop looks big. The laptop costs $2,399 with its base chip.',
    );
    expect(spanIn('How much does the 16-inch laptop weigh?', 'The 16-inch', [article])).toBe('2.1 kilograms');
    expect(spanIn('How heavy is the 16-inch laptop?', 'The 16-inch', [article])).toBe('2.1 kilograms');
    expect(spanIn('How much does the 16-inch laptop weigh?', 'Next to', [article])).toBeNull();
    expect(spanIn('How heavy is the 16-inch laptop?', 'Next to', [article])).toBeNull();
    expect(spanIn('How much does the laptop weigh?', 'The laptop costs', [article])).toBeNull();
    expect(spanIn('How much does the laptop cost?', 'The laptop costs', [article])).toBe('$2,399');
    const weight = (question: string) => readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS).asksWeight;
    expect(weight('How much weight can the shelf hold?')).toBe(true);
    expect(weight('How much did the shelf cost?')).toBe(false);
  });

  it('answers "what is the weight of" and "what does it weigh" with a number and its unit of mass, or nothing', () => {
    // Written for this test in a bicycle review's style: the second and third sentences write no weight.
    const article = written(
      'what-weight',
      'The 20-inch folding bike weighs 14.5 kilograms with its battery. ' +
        'Beside the 26-inch model, the folding bike looks small. The folding bike costs $1,850 without a rack.',
    );
    for (const question of ['What is the weight of the folding bike?', 'What does the folding bike weigh?']) {
      expect(spanIn(question, 'The 20-inch', [article])).toBe('14.5 kilograms');
      expect(spanIn(question, 'Beside the', [article])).toBeNull();
      expect(spanIn(question, 'The folding bike costs', [article])).toBeNull();
    }
    const weight = (question: string) => readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS).asksWeight;
    expect(weight('What does the folding bike weigh?')).toBe(true);
    expect(weight('What is the weight of the folding bike?')).toBe(true);
    expect(weight('What weighed on the bike maker’s shares?')).toBe(false);
    expect(weight('What did the recall weigh on?')).toBe(false);
  });

  it('answers a fragment follow-up after "how far" with a length, as the question before asked, not a bare number', () => {
    // Written for this test in a laptop review's style.
    const article = written(
      'follow-up-measure',
      'The keys now travel 1 millimeter, against 0.5 millimeters on the 2016-style keyboard and 1.2 to 1.5 millimeters on the ' +
        '2012 through 2015 models.',
    );
    const first = readQuestion(coverage.nlp, 'How far do the keys travel?', null, [], ANSWER_DEFAULTS);
    const context = { previous: first.own, previousType: first.answerType, previousQuantity: first.quantity };
    const q = readQuestion(coverage.nlp, 'And on the 2016-style keyboard?', null, [], ANSWER_DEFAULTS, context);
    expect(textOf(article, answerSpanIn(article, article.sentences[0], q, new Set(q.own))?.span)).toBe('0.5 millimeters');
  });

  /** The fragment follow-up read as asked right after `asked`, with what a conversation carries over (followUpOf). */
  function followUp(asked: string, fragment: string) {
    const first = readQuestion(coverage.nlp, asked, null, [], ANSWER_DEFAULTS);
    const context = {
      previous: first.own,
      previousType: first.answerType,
      previousQuantity: first.quantity,
      previousMeasure: askedMeasureOf(first),
    };
    return readQuestion(coverage.nlp, fragment, null, [], ANSWER_DEFAULTS, context);
  }

  it('answers a fragment follow-up after a weight question with a weight, as the question before asked, not a price or a size', () => {
    // Written for this test in a camera review's style: the second sentence writes no weight.
    const article = written(
      'follow-up-weight',
      'The full-frame body weighs 680 grams without a lens, and the smaller model weighs 510 grams. ' +
        'The smaller model has a 24-megapixel sensor and costs $1,299.',
    );
    for (const asked of ['How much does the full-frame body weigh?', 'How heavy is the full-frame body?']) {
      const q = followUp(asked, 'And the smaller model?');
      expect(q.asksWeight).toBe(true);
      expect(textOf(article, answerSpanIn(article, article.sentences[0], q, new Set(q.own))?.span)).toBe('510 grams');
      expect(textOf(article, answerSpanIn(article, article.sentences[1], q, new Set(q.own))?.span)).toBeNull();
    }
  });

  it('answers a fragment follow-up after a price, a rate or a percentage question with what the question before asked', () => {
    // Written for this test in a shopping and an election report's style.
    const article = written(
      'follow-up-amounts',
      'The basic plan costs $80 a year, or $8 a month. The premium plan costs $150 a year, or $15 a month. ' +
        'The premium model’s price rose 12 percent to $1,299. ' +
        'In the county, 4,210 voters, 58 percent of those who voted, backed the levy.',
    );
    const shown = (asked: string, fragment: string, at: number) => {
      const q = followUp(asked, fragment);
      return textOf(article, answerSpanIn(article, article.sentences[at], q, new Set(q.own))?.span);
    };
    expect(shown('How much is the basic plan per month?', 'And the premium plan?', 1)).toBe('$15');
    expect(shown('How much is the basic plan per month?', 'And the premium plan per year?', 1)).toBe('$150');
    expect(shown('How much did the basic model cost?', 'And the premium model?', 2)).toBe('$1,299');
    expect(shown('What percentage of voters backed the levy in the city?', 'And in the county?', 3)).toBe('58 percent');
  });

  it('answers "what was the score?" with the score as written, its sets and tiebreaks, not one figure of it', () => {
    // Written for this test in a wire report's style.
    const article = written(
      'scores',
      'Mara Quill beat Jo Penn 7-6 (5), 7-6 (7) on Tuesday to reach the quarter-finals. ' +
        'The Harbour Hawks beat the Mill Town Rovers 24–10 in the cup final on Sunday.',
    );
    expect(spanIn('What was the score?', 'Mara Quill', [article])).toBe('7-6 (5), 7-6 (7)');
    expect(spanIn('What was the final score of the cup final?', 'The Harbour Hawks', [article])).toBe('24–10');
  });

  it('answers "who plays" with the subject of the catenative verb whose to-infinitive it is, not a later name', () => {
    // Written for this test in a film review's style.
    const article = written(
      'catenative',
      'Jo Penn had agreed to play the young widow, and Mara Quill plays her sister. ' +
        'Jo Penn — who landed the part after an audition in Lyon — had agreed to play the young widow, and Mara Quill plays her sister. ' +
        'Ada Roe is expected to play the young widow, and Kim Ash plays her sister. ' +
        'The director asked Jo Penn to play the young widow, and Mara Quill plays her sister.',
    );
    const spans = (question: string) => article.sentences.map((s) => textOf(article, matchIn(question, article, s)?.span));
    expect(spans('Who plays the young widow?')).toEqual(['Jo Penn', 'Jo Penn', 'Ada Roe', 'Jo Penn']);
    expect(spans('Who agreed to play the young widow?').slice(0, 2)).toEqual(['Jo Penn', 'Jo Penn']);
  });

  it('answers "how much … per month" with the amount written at that rate, not a one-off sum beside it', () => {
    // Written for this test in a consumer guide's style.
    const article = written('rates', 'The gym charges a $25 joining fee and $40 a month after that, or $400 per year.');
    expect(spanIn('How much does the gym charge per month?', 'The gym', [article])).toBe('$40');
    expect(spanIn('How much does the gym charge yearly?', 'The gym', [article])).toBe('$400');
    expect(spanIn('How much is the joining fee?', 'The gym', [article])).toBe('$25');
    const rate = (question: string) => readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS).rate;
    expect(rate('How much did the plan cost a year ago?')).toBeNull();
    expect(rate('How much is the plan a month?')).toBe('month');
  });

  it('counts only a sum of money as a strong match of a price question, a length beside the thing priced a weak one', () => {
    // Written for this test in a laptop review's style: the first sentence writes two lengths and no price.
    const article = written(
      'price-not-length',
      'Next to the 13-inch model, the 16-inch laptop looks big. The 16-inch laptop costs $2,399 with its base chip. ' +
        'The 16-inch laptop weighs 2.1 kilograms.',
    );
    const [lengths, price, mass] = article.sentences;
    expect(matchIn('How much does the 16-inch laptop cost?', article, lengths)?.strength).toBe('weak');
    expect(matchIn('How much does the 16-inch laptop cost?', article, price)?.strength).toBe('strong');
    // A how-much question asking no price still counts a figure with its unit as a strong match.
    expect(matchIn('How much does the 16-inch laptop weigh?', article, mass)?.strength).toBe('strong');
  });

  it('counts only a figure that counts as a strong match of a how-many question, a figure with a unit of measure or time a weak one', () => {
    // Written for this test in a festival listing's style: the first and last sentences measure, the second counts.
    const festival = written(
      'count-not-measure',
      'All the artworks will be lit during the 53-day-long festival. The jury selected thirty artworks this year. ' +
        'The light route runs for 5 kilometres.',
    );
    const strengths = (question: string) => festival.sentences.map((s) => matchIn(question, festival, s)?.strength ?? null);
    expect(strengths('How many artworks are in the festival?')).toEqual(['weak', 'strong', 'weak']);
    // A question that counts the unit itself still counts the figure written with it as a strong match.
    expect(strengths('How many kilometres does the light route run?')[2]).toBe('strong');
  });

  it('answers "how much did it cost" with the price, not a percentage beside it, and "how much did costs rise" with the rise', () => {
    // Written for this test in a product review's style.
    const article = written('price-or-rise', 'Costs of the docks rose about 4% to $249 this year.');
    expect(spanIn('How much did the docks cost?', 'Costs', [article])).toBe('$249');
    expect(spanIn('How much is the price of the docks?', 'Costs', [article])).toBe('$249');
    expect(spanIn('How much did costs rise?', 'Costs', [article])).toBe('about 4%');
    expect(spanIn('How much did the price of the docks go up?', 'Costs', [article])).toBe('about 4%');
  });

  it('answers "what will / does / did X cost" with the price, as "what is the price of X", not a figure nearer its words', () => {
    // Written for this test in a car review's style: the range stands nearer the question's words than the price.
    const article = written(
      'what-cost',
      'In Spain the electric wagon will have a range of 240 miles, and it goes on sale at 58,900 euros next spring.',
    );
    for (const question of [
      'What will the electric wagon cost in Spain?',
      'What does the electric wagon cost?',
      'What did the electric wagon cost in Spain?',
      'What is the price of the electric wagon?',
      'What is the cost of the electric wagon?',
    ])
      expect(spanIn(question, 'In Spain', [article]), question).toBe('58,900 euros');
  });

  it('shows no count without a number, and a sum of money asked by its noun as money, not its change', () => {
    // Written for this test in wire-service and earnings-report styles.
    const article = written(
      'counts-and-sums',
      "The mayor spent a month with the children. The firm's profit was $2.8 billion, well ahead of forecasts, as revenue rose " +
        '3.5 percent to $27.2 billion.',
    );
    const count = firstSentenceMatch('How many children does the mayor have?', article);
    expect(count?.evidence).not.toBeNull();
    expect(count?.span).toBeNull();
    expect(spanIn('How much revenue did the firm report?', 'The firm', [article])).toBe('$27.2 billion');
    expect(spanIn('How much did the revenue rise?', 'The firm', [article])).toBe('3.5 percent');
  });

  it('answers a number question with the unit written after the number', () => {
    // Written for this test in a car review's style: no "how" word says what is measured.
    const car = written('unit', 'The wagon has a top speed of 109 mph.');
    expect(spanIn('What is the top speed of the wagon?', 'The wagon', [car])).toBe('109 mph');
  });

  it('answers a number question with the whole range the number is part of, not a change from one number to another', () => {
    // Written for this test in a wire-service style.
    const article = written(
      'ranges',
      'Officials expect between 3 and 5 delays this spring. Polls show 41 percent to 55 percent of voters back the plan. ' +
        'Turnout rose from 41 to 55 percent.',
    );
    expect(spanIn('How many delays do officials expect?', 'Officials', [article])).toBe('between 3 and 5');
    expect(spanIn('How many of the voters back the plan?', 'Polls', [article])).toBe('41 percent to 55 percent');
    expect(spanIn('How many people turned out?', 'Turnout', [article])).toBe('41');
  });

  it('answers a number question with the whole number and its fraction, as one number', () => {
    // Written for this test in a newspaper's style: wink tags "five" of "five-and-a-half" and "1/2 months" of "3 1/2 months".
    const article = written('fractions', 'The nominee lost by five-and-a-half points after 3 1/2 months of talks.');
    expect(spanIn('By how many points did the nominee lose?', 'The nominee', [article])).toBe('five-and-a-half');
    expect(spanIn('How many months of talks were there?', 'The nominee', [article])).toBe('3 1/2 months');
  });

  it('answers "how many of the N" with the size of the part, not the number of the whole set the part is taken from', () => {
    // Written for this test in the style of a science news report: the whole's number stands nearer the question's words.
    const article = written(
      'partitive',
      'Out of 17 observations by the Keck Observatory, the scientists spotted water vapor in one. Of the 12 cranes, crews repaired five.',
    );
    expect(spanIn("In how many of the Keck Observatory's observations did scientists spot water vapor?", 'Out of 17', [article])).toBe(
      'one',
    );
    expect(spanIn('How many of the cranes did crews repair?', 'Of the 12', [article])).toBe('five');
    expect(spanIn('How many cranes are there?', 'Of the 12', [article])).toBe('12');
  });

  it('answers "how many days" with no named day, which is a point of time and no number of days', () => {
    // Written for this test in wire-service style: the only date is a weekday.
    const article = written('period-weekday', 'Russia said on Saturday it reserves the right to a balanced response to the attacks.');
    expect(spanIn('How many days has Russia reserved the right to a response?', 'Russia said', [article])).toBeNull();
    const counted = written('period-count', 'The pause in the strikes has held for 12 days, officials said on Saturday.');
    expect(spanIn('How many days has the pause in the strikes held?', 'The pause', [counted])).toBe('12 days');
  });

  it('answers "how many" with no number word written capitalised after a word, which is a word of a name', () => {
    // The seed's only number word is the last word of the aircraft's name.
    expect(spanIn('How many people have died in the war in Ukraine?', 'During the interview aboard Air Force One')).toBeNull();
    // Written for this test in a motor-sport report's style: a count beside such a name, and one opening a sentence.
    const article = written('name-number', 'The team entered Formula One with three cars. Two of them crashed on the first lap.');
    expect(spanIn('How many cars did the team enter?', 'The team', [article])).toBe('three');
    expect(spanIn('How many cars crashed?', 'Two of them', [article])).toBe('Two');
  });

  it('answers "how many" counting things with no number of a unit of time', () => {
    // Written for this test in a wire-service style: the only number counts years.
    const article = written(
      'count-period',
      'Voters in several states, including Ohio and Iowa, expect a recount within two to three years.',
    );
    expect(spanIn('How many states expect a recount?', 'Voters', [article])).toBeNull();
    expect(spanIn('How many years until a recount?', 'Voters', [article])).toMatch(/three years$/);
  });

  it('answers "how many" with no number written as an age, which the ranker still reads', () => {
    // Written for this test in a wire-service style: the only numbers are ages.
    const article = written(
      'count-age',
      'Among voters aged 30 or older, support for the plan rose in several states. Mayor Ann Lee, 61, backed the plan.',
    );
    const count = firstSentenceMatch('How many states back the plan?', article);
    expect(count?.evidence).not.toBeNull();
    expect(count?.span).toBeNull();
    expect(spanIn('How many people backed the plan?', 'Mayor Ann Lee', [article])).toBeNull();
    expect(spanIn('How old is Ann Lee?', 'Mayor Ann Lee', [article])).toBe('61');
  });

  it('answers "how many years" with a stretch of time', () => {
    expect(spanOf('How many years did the mayor serve?', 'The mayor, 51')).toBe('three years');
  });
});

describe('the whole expression shown for an amount, a date and a duration', () => {
  // Written for this test in the styles news uses: British money ("£450,000", "$1.5bn"), a day and its part,
  // a number hyphenated to its unit.
  let article: AnalysedArticle;
  beforeAll(() => {
    article = written(
      'extents',
      'The council will raise £450,000 from 12 new parking fees. ' +
        'Its rival needed just £1, while the firm needed 200,000 Danish krone. ' +
        'The port authority borrowed $1.5bn over 10 years to dredge the harbour. ' +
        'The league fined the club over Thursday night’s brawl at the stadium. ' +
        'The two unions met on Monday evening in Leeds. ' +
        'The two-week trial ended with a verdict. ' +
        'The old press took 4 minutes and 15 seconds to print the run. ' +
        'The crew worked for 3 hours and then rested for 20 minutes.',
    );
  });
  const spanOf = (question: string, prefix: string) => spanIn(question, prefix, [article]);

  it('shows money with its currency sign and the magnitude written onto it', () => {
    expect(spanOf('How much will the council raise?', 'The council will raise')).toBe('£450,000');
    expect(spanOf('How much did the port authority borrow?', 'The port authority')).toBe('$1.5bn');
  });

  it('shows an amount written with an ISO 4217 currency code after its figure as money, with the code', () => {
    // Written for this test in a listings page's style.
    const listing = written(
      'code-after',
      'The guide costs 49.95 EUR in shops, and 12 pages are in colour. Tickets for the 3 shows sell for 25 CHF each.',
    );
    expect(spanIn('How much does the guide cost?', 'The guide', [listing])).toBe('49.95 EUR');
    expect(spanIn('How much is a ticket for the shows?', 'Tickets', [listing])).toBe('25 CHF');
  });

  it('keeps an amount written with its currency name rather than moving to another with a sign', () => {
    expect(spanOf('How much did the firm need?', 'Its rival needed')).toBe('200,000');
  });

  it('shows a day and the part of the day after it as one date', () => {
    expect(spanOf('When was the brawl?', 'The league fined')).toBe('Thursday night');
    expect(spanOf('When did the two unions meet?', 'The two unions met')).toBe('Monday evening');
  });

  it('shows a duration with the number hyphenated to its unit', () => {
    expect(spanOf('How long was the trial?', 'The two-week trial')).toBe('two-week');
  });

  it('answers "how long" with no date placed by the time of writing, which is a point of time, but with one "until" bounds', () => {
    // Written for this test in a council report's style.
    const article = written(
      'deictic',
      'The mayor spoke about her meeting with the union in Leeds last month. The road will stay closed until next week.',
    );
    expect(spanIn('How long did the meeting with the union last?', 'The mayor spoke', [article])).toBeNull();
    expect(spanIn('How long will the road stay closed?', 'The road will', [article])).toBe('until next week');
  });

  it('answers "how long does it take" with no length, which measures no time, and "how long is it" with one', () => {
    // Written for this test in a transport report's style.
    const article = written('w-ferry', 'The new ferry will sail 40 miles on a single tank of fuel.');
    expect(spanIn('How long does the new ferry take to refuel?', 'The new ferry', [article])).toBeNull();
    expect(spanIn('How long is the new ferry route?', 'The new ferry', [article])).toBe('40 miles');
  });

  it('answers "how long" with no length of time that measures a comparative, which is a difference between two times', () => {
    // Written for this test in a car review's style.
    const article = written(
      'w-coupe',
      'The electric coupe sprints from zero to 60 mph (97 kph) in 4.2 seconds, fully three seconds quicker than the outgoing Astra coupe.',
    );
    expect(spanIn('How long does the electric Astra take to reach 60 mph?', 'The electric coupe', [article])).toBe('4.2 seconds');
  });

  it('shows a length of time written in several units as one duration, and no other length after "and then"', () => {
    expect(spanOf('How long did the old press take to print the run?', 'The old press')).toBe('4 minutes and 15 seconds');
    expect(spanOf('How long did the crew rest?', 'The crew worked')).toBe('20 minutes');
  });
});

describe('the whole name shown, with the words of it the tagger read as other words', () => {
  // Written for this test in a culture page's style: wink tags "Ted" a verb and "City" of "Music City" a common noun.
  let article: AnalysedArticle;
  beforeAll(() => {
    article = written(
      'name-words',
      'The quilts went on show last spring, and my brother [painter Ted Holloway] and I helped hang them. ' +
        'After college she spent six years writing songs in Music City before her first record came out. ' +
        'Reporters asked former President Jane Roe about the vote.',
    );
  });
  const spanOf = (question: string, prefix: string) => spanIn(question, prefix, [article]);

  it('shows a given name the tagger read as a verb and a capitalised common noun ending a place name', () => {
    expect(spanOf('Who helped hang the quilts?', 'The quilts went')).toBe('Ted Holloway');
    expect(spanOf('Where did she write songs?', 'After college')).toBe('Music City');
  });

  it('takes no title before a name into it', () => {
    expect(spanOf('Who did reporters ask about the vote?', 'Reporters asked')).toBe('Jane Roe');
  });
});

describe('no year shown as a number', () => {
  // Written for this test in a product review's style: wink tags "2012" DATE and "2015" CARDINAL in "2012 through 2015".
  let article: AnalysedArticle;
  beforeAll(() => {
    article = written(
      'year-range',
      'The old keys travelled between 1.2 and 1.5 millimeters on the 2012 through 2015 models. ' +
        'The keyboard came back in the 2012 through 2015 models.',
    );
  });
  const spanOf = (question: string, prefix: string) => spanIn(question, prefix, [article]);

  it('answers a number question with no figure that a range word joins to a year, but with another number', () => {
    expect(spanOf('What distance did the old keys travel on the models?', 'The old keys')).toBe('1.2');
    expect(spanOf('What distance did the keyboard come back in?', 'The keyboard came')).toBeNull();
  });
});

// Sentences written for these tests in the style of a history of engineering and of a chronicle.
describe("the object of the question's own preposition, in the question's frame", () => {
  // One behaviour over several inputs: the behaviour as the test's name, the article's id and its sentence, the question,
  // how the sentence starts, and the span shown.
  it.each([
    [
      'answers "What organization did X serve as vice president of?" with the organization "of" governs after "vice president"',
      'frame-of',
      'The surveyor served as a vice president of the Northfield Institute of Mining Engineers, the forerunner of the modern-day NIME, from 1902 to 1905.',
      'What organization did the surveyor serve as vice president of?',
      'The surveyor',
      'Northfield Institute of Mining Engineers',
    ],
    [
      'answers "For what railroad did X build a locomotive?" with what "for" governs after the verb, not the locomotive\'s name',
      'frame-for',
      'In 1831 Anna Kell built the Swiftwing for the Harlow and Dunmore Railway.',
      'For what railroad did Kell build a locomotive in 1831?',
      'In 1831',
      'Harlow and Dunmore Railway',
    ],
    [
      'answers "To whom …?" with the person "to" governs after the question\'s words, not a person nearer another of them',
      'frame-to',
      "Toren's refusal to give his daughter in marriage to Baldric angered his old ally Wulfstan.",
      'To whom did Toren refuse to give his daughter in marriage, angering his ally?',
      'Toren',
      'Baldric',
    ],
  ])('%s', (_behaviour, id, text, question, prefix, shown) => {
    expect(spanIn(question, prefix, [written(id, text)])).toBe(shown);
  });
});
