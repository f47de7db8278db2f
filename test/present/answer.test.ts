import { describe, expect, it, beforeAll } from 'vitest';
import { NO_MEASURE, type ArticleRef, type Answer, type Excerpt } from '../../src/answer/types.js';
import { citation, renderDisagreements, ANSI, PLAIN, renderAnswer, answerJson, sentenceContext } from '../../src/present/answer.js';
import { answer } from '../../src/answer/answer.js';
import { STRENGTH_BOUNDS } from '../../src/answer/confidence.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { NODE_RELEASES } from '../support/address-texts.js';
import { writtenArticle } from '../support/articles.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';

const SPUTNIK: ArticleRef = {
  id: '003_31b76e603aeb2cfa',
  title: 'Trump Plans to Talk to Putin in Next Few Days',
  outlet: 'Sputnik',
  published: '2025-09-08',
  url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
};

describe('citation', () => {
  it('gives outlet and date, the quoted title and the link', () => {
    expect(citation(SPUTNIK)).toBe(
      'Sputnik, 2025-09-08 · "Trump Plans to Talk to Putin in Next Few Days" · https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
    );
  });

  it('leaves out each unknown field, never printing "null"', () => {
    expect(citation({ ...SPUTNIK, outlet: null })).toBe(
      '2025-09-08 · "Trump Plans to Talk to Putin in Next Few Days" · https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
    );
    expect(citation({ ...SPUTNIK, published: null, url: null })).toBe('Sputnik · "Trump Plans to Talk to Putin in Next Few Days"');
    expect(citation({ ...SPUTNIK, outlet: null, published: null, title: null })).toBe(SPUTNIK.url);
    expect(citation({ id: '001_6cafe41d9e784b11', title: null, outlet: 'Ariana News', published: null, url: null })).toBe('Ariana News');
  });

  it('names an article with no outlet, title or link by its id, also beside a date', () => {
    const bare = { id: '000_9fa6195cd0faa982', title: null, outlet: null, published: null, url: null };
    expect(citation(bare)).toBe('untitled article (000_9fa6195cd0faa982)');
    expect(citation({ ...bare, published: '~2025-09' })).toBe('~2025-09 · untitled article (000_9fa6195cd0faa982)');
  });
});

describe('renderDisagreements', () => {
  it('gives one line per disagreement, each value with its outlet, or its article when the outlet is unknown', () => {
    expect(
      renderDisagreements([
        {
          about: 'phone calls',
          values: [
            { value: 'three', outlet: 'Northern Wire', articleId: 'nw' },
            { value: 'two', outlet: null, articleId: 'ct' },
          ],
        },
        {
          about: 'the date',
          values: [
            { value: 'February 26 (2025-02-26)', outlet: 'Coastal Times', articleId: 'ct' },
            { value: 'February 27 (2025-02-27)', outlet: 'Northern Wire', articleId: 'nw' },
          ],
        },
      ]),
    ).toEqual([
      'Outlets differ on phone calls: Northern Wire says three, untitled article (ct) says two',
      'Outlets differ on the date: Coastal Times says February 26 (2025-02-26), Northern Wire says February 27 (2025-02-27)',
    ]);
    expect(renderDisagreements([])).toEqual([]);
  });

  it('names an article with no outlet by the title its excerpt cites', () => {
    const excerpt = (id: string, title: string | null): Excerpt => ({
      text: 't',
      start: 0,
      end: 1,
      sentenceId: `${id}:0`,
      answer: 't',
      answerStart: 0,
      answerEnd: 1,
      date: null,
      score: 1,
      article: { id, title, outlet: null, published: null, url: null },
    });
    const values = [
      { value: 'April', outlet: null, articleId: 'a' },
      { value: 'May', outlet: null, articleId: 'b' },
    ];
    const d = { about: 'the answer', values };
    expect(renderDisagreements([d], [excerpt('a', 'Secret calls'), excerpt('b', null)])).toEqual([
      'Outlets differ on the answer: "Secret calls" says April, untitled article (b) says May',
    ]);
  });
});

const SPUTNIK_NO_OUTLET: ArticleRef = {
  id: '003_31b76e603aeb2cfa',
  title: 'Trump Plans to Talk to Putin in Next Few Days',
  outlet: null,
  published: '2025-09-08',
  url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
};
const UNKNOWN: ArticleRef = { id: '000_9fa6195cd0faa982', title: null, outlet: null, published: null, url: null };
const ARIANA: ArticleRef = {
  id: '001_6cafe41d9e784b11',
  title: 'Putin and Trump may have spoken more than two times, Kremlin says',
  outlet: 'Ariana News',
  published: null,
  url: null,
};

const TOP: Excerpt = {
  text: 'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.',
  start: 229,
  end: 335,
  sentenceId: '003_31b76e603aeb2cfa:3',
  answer: 'August 15',
  answerStart: 3,
  answerEnd: 12,
  date: '2025-08-15',
  score: 6.484,
  article: SPUTNIK_NO_OUTLET,
};
const SUPPORT: Excerpt = {
  text: 'The news agency Tass has reported that Putin and Trump have an arrangement to have telephone conversations as needed.',
  start: 1500,
  end: 1617,
  sentenceId: '000_9fa6195cd0faa982:9',
  answer: null,
  answerStart: null,
  answerEnd: null,
  date: null,
  score: 3.1,
  article: UNKNOWN,
};

// prettier-ignore
const answered: Answer = {
  question: 'did they meet', answerType: 'date', quantity: null, measure: NO_MEASURE, abstained: false, excerpts: [TOP, SUPPORT], confidence: STRENGTH_BOUNDS.strong, closest: [], notices: [], subject: [], aboutOne: false, disagreements: [], unmentioned: [],
};
// prettier-ignore
const abstained: Answer = {
  question: 'Who won the Super Bowl?', answerType: 'person', quantity: null, measure: NO_MEASURE, abstained: true, excerpts: [], confidence: 0.1, closest: [ARIANA, UNKNOWN], notices: [], subject: [], aboutOne: false, disagreements: [], unmentioned: [],
};

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

describe('renderAnswer', () => {
  it('prints the excerpt, its citation, the answer with its date, supporting excerpts and the match strength', () => {
    expect(renderAnswer(answered).split('\n')).toEqual([
      TOP.text,
      `  — 2025-09-08 · "Trump Plans to Talk to Putin in Next Few Days" · ${SPUTNIK_NO_OUTLET.url}`,
      '  answer: August 15 (2025-08-15)',
      `  also: "${SUPPORT.text}"`,
      '    — untitled article (000_9fa6195cd0faa982)',
      '  match: strong',
    ]);
  });

  it('puts the answer span in bold with the ANSI style, and nothing else', () => {
    const first = renderAnswer(answered, ANSI).split('\n')[0];
    expect(first).toBe(
      'On \x1b[1mAugust 15\x1b[22m, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.',
    );
  });

  it('puts a supporting excerpt’s answer span in bold too', () => {
    const named: Excerpt = { ...SUPPORT, answer: 'Tass', answerStart: 16, answerEnd: 20 };
    expect(renderAnswer({ ...answered, excerpts: [TOP, named] }, ANSI)).toContain(
      '  also: "The news agency \x1b[1mTass\x1b[22m has reported',
    );
  });

  it('shows the answer and its date on a supporting excerpt that has one', () => {
    const dated: Excerpt = { ...SUPPORT, answer: 'Friday', answerStart: 0, answerEnd: 6, date: '2025-09-05' };
    expect(renderAnswer({ ...answered, excerpts: [TOP, dated] })).toContain(`  also: "${SUPPORT.text}" (Friday → 2025-09-05)`);
  });

  it('words the match strength from the confidence', () => {
    expect(renderAnswer({ ...answered, confidence: STRENGTH_BOUNDS.fair })).toMatch(/ {2}match: fair$/);
    expect(renderAnswer({ ...answered, confidence: STRENGTH_BOUNDS.fair - 0.01 })).toMatch(/ {2}match: weak$/);
  });

  it('says when the coverage does not answer and lists the closest articles by citation', () => {
    expect(renderAnswer(abstained).split('\n')).toEqual([
      USER_MESSAGES.noAnswer,
      '  Closest articles:',
      '  - Ariana News · "Putin and Trump may have spoken more than two times, Kremlin says"',
      '  - untitled article (000_9fa6195cd0faa982)',
    ]);
  });

  it('prints only the abstention when no article came close', () => {
    expect(renderAnswer({ ...abstained, closest: [] })).toBe(USER_MESSAGES.noAnswer);
  });

  it('says which typed names no article of the coverage mentions, under the abstention', () => {
    expect(renderAnswer({ ...abstained, closest: [], unmentioned: ['Lara Logan'] }).split('\n')).toEqual([
      USER_MESSAGES.noAnswer,
      'No article in the coverage mentions Lara Logan.',
    ]);
  });

  it('says it before an answer too: the excerpt says nothing about those names', () => {
    const lines = renderAnswer({ ...answered, unmentioned: ['Calgary', 'Dubai Airshow'] }).split('\n');
    expect(lines[0]).toBe('note: No article in the coverage mentions Calgary or Dubai Airshow.');
    expect(lines.slice(1)).toEqual(renderAnswer(answered).split('\n'));
  });

  it('puts notices first', () => {
    const notice = 'Your question was long; it was answered on its first 500 characters.';
    expect(renderAnswer({ ...answered, notices: [notice] }).split('\n')[0]).toBe(`note: ${notice}`);
  });

  it('never prints "null" or "undefined" for the seeds\' answers, answered or not', () => {
    // prettier-ignore
    const questions = ['when did they meet', 'Who is the Kremlin spokesman?', 'What did Trump tell NBC?', 'Who won the Super Bowl?', 'How many calls did they have?', 'Why could they have another call?'];
    let abstentions = 0;
    for (const q of questions) {
      const a = answer(coverage, q);
      if (a.abstained) abstentions++;
      expect(renderAnswer(a)).not.toMatch(/\bnull\b|\bundefined\b/);
    }
    expect(abstentions).toBe(1);
  });
});

describe('PLAIN', () => {
  it('leaves text alone in the PLAIN style', () => {
    expect(PLAIN.bold('August 15')).toBe('August 15');
  });
});

const ANSWER: Answer = {
  question: 'did they meet',
  answerType: 'date',
  quantity: null,
  measure: NO_MEASURE,
  abstained: false,
  // TOP without its link: the JSON keeps an unknown URL as null.
  excerpts: [{ ...TOP, article: { ...SPUTNIK_NO_OUTLET, url: null } }],
  confidence: 1,
  closest: [],
  notices: ['Your question was long; it was answered on its first 500 characters.'],
  subject: [],
  aboutOne: false,
  disagreements: [],
  unmentioned: [],
};

describe('answerJson', () => {
  it('keeps exactly the contract keys plus disagreements and notices, unknown metadata as null, and drops the internals', () => {
    expect(JSON.parse(JSON.stringify(answerJson(ANSWER)))).toEqual({
      question: 'did they meet',
      answerType: 'date',
      abstained: false,
      excerpts: [
        {
          text: ANSWER.excerpts[0].text,
          answer: 'August 15',
          date: '2025-08-15',
          score: 6.484,
          start: 229,
          end: 335,
          article: {
            id: '003_31b76e603aeb2cfa',
            title: 'Trump Plans to Talk to Putin in Next Few Days',
            outlet: null,
            published: '2025-09-08',
            url: null,
          },
        },
      ],
      disagreements: [],
      // The terminal prints it as "note: …"; a script must know the question was cut too.
      notices: ['Your question was long; it was answered on its first 500 characters.'],
    });
  });

  it('gives an abstention as an empty excerpt list', () => {
    // prettier-ignore
    expect(answerJson({ ...ANSWER, abstained: true, excerpts: [], notices: [] })).toEqual({ question: 'did they meet', answerType: 'date', abstained: true, excerpts: [], disagreements: [], notices: [] });
  });
});

const A003 = '003_31b76e603aeb2cfa';

let sputnik: AnalysedArticle;
beforeAll(async () => {
  sputnik = coverage.byId.get(A003) as AnalysedArticle;
});

/** The id of the seed sentence that starts with `prefix`. */
function idOf(article: AnalysedArticle, prefix: string): string {
  const s = article.sentences.find((x) => article.text.startsWith(prefix, x.start));
  if (!s) throw new Error(`no sentence starts with "${prefix}"`);
  return s.id;
}

describe('sentenceContext', () => {
  it('gives the two sentences before and after an excerpt, verbatim, with its article', () => {
    const context = sentenceContext(coverage, idOf(sputnik, 'The presidents discussed ways'));
    expect(context).toEqual({
      before: [
        'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.',
        'The leaders met at the Elmendorf-Richardson military base in Anchorage.',
      ],
      sentence: 'The presidents discussed ways to resolve the Ukrainian conflict.',
      after: [
        'Both leaders described the meeting positively.',
        'Following the summit, the Russian president stated that it was possible to reach an end to the conflict in Ukraine and stressed that Russia was interested in a long-term settlement.',
      ],
      article: {
        id: A003,
        title: 'Trump Plans to Talk to Putin in Next Few Days',
        outlet: sputnik.meta.outlet,
        published: '2025-09-08',
        url: 'https://sputnikglobe.com/20250908/trump-plans-to-talk-to-putin-in-next-few-days-1122746466.html',
      },
    });
  });

  it("stays inside the excerpt's paragraph", () => {
    const lead = sputnik.sentences[0];
    const context = sentenceContext(coverage, lead.id);
    expect(context?.sentence).toBe(
      'US President Donald Trump said he planned to talk to Russian President Vladimir Putin in the next few days.',
    );
    expect(context?.before).toEqual([]);
    // The lead is a paragraph of its own.
    expect(sputnik.sentences[1].passage).not.toBe(lead.passage);
    expect(context?.after).toEqual([]);
  });

  it('never goes past the end of the article', () => {
    const last = sputnik.sentences[sputnik.sentences.length - 1];
    const context = sentenceContext(coverage, last.id);
    expect(context?.after).toEqual([]);
    expect(context?.before).toHaveLength(2);
  });

  it('takes the radius it is given', () => {
    const id = idOf(sputnik, 'The presidents discussed ways');
    expect(sentenceContext(coverage, id, 0)).toMatchObject({ before: [], after: [] });
    expect(sentenceContext(coverage, id, 1)?.before).toEqual(['The leaders met at the Elmendorf-Richardson military base in Anchorage.']);
  });

  it('gives every seed sentence back as its own text', () => {
    for (const a of coverage.articles) {
      for (const s of a.sentences) expect(sentenceContext(coverage, s.id)?.sentence).toBe(a.text.slice(s.start, s.end));
    }
  });

  it('gives null for an unknown article, an ordinal out of range or a malformed id', () => {
    expect(sentenceContext(coverage, 'no-such-article:0')).toBeNull();
    expect(sentenceContext(coverage, `${A003}:9999`)).toBeNull();
    expect(sentenceContext(coverage, `${A003}:-1`)).toBeNull();
    expect(sentenceContext(coverage, `${A003}:03`)).toBeNull();
    expect(sentenceContext(coverage, `${A003}:`)).toBeNull();
    expect(sentenceContext(coverage, A003)).toBeNull();
    expect(sentenceContext(coverage, '')).toBeNull();
  });

  it('gives sentences the segmenter cut inside a web address whole, counting each once', () => {
    const releases = writtenArticle(coverage.nlp, 'releases', NODE_RELEASES);
    const cut = buildCoverage(coverage.nlp, [releases]);
    // Sentence 3 is "org for details on patched vulnerabilities.", the end of the paragraph's second sentence as written.
    expect(sentenceContext(cut, releases.sentences[3].id)).toMatchObject({
      before: ['This is an important security release.'],
      sentence: 'All Node.js users should consult the security release summary at nodejs.org for details on patched vulnerabilities.',
      after: [],
    });
    expect(sentenceContext(cut, releases.sentences[4].id, 1)).toMatchObject({
      before: [],
      sentence: 'No additional commits.',
      after: ['New version published due to a bad node-v9.7.0.pkg file that was published to nodejs.org in the previous release.'],
    });
  });
});
