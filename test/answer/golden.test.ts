import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { AskCommand } from '../../src/answer/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';

/**
 * Questions written from reading the five seed articles: every article, every answer type, some
 * paraphrased so they share few words with the text. Each names the article(s) whose sentence answers
 * it and a phrase that sentence must contain. They guard regressions; quality is measured on SQuAD.
 */
const A000 = '000_9fa6195cd0faa982';
const A001 = '001_6cafe41d9e784b11';
const A002 = '002_62dcc4dcba42d8bd';
const A003 = '003_31b76e603aeb2cfa';
const A004 = '004_e0ba8cc3a8df5508';

interface Golden { q: string; hint?: AskCommand; articles: string[]; contains: RegExp }

const ANSWERABLE: Golden[] = [
  // 000: the Alaska meeting, fears of a world war
  { q: 'Where did Putin and Trump meet last month?', articles: [A000, A003], contains: /Alaska|Anchorage/ },
  { q: 'What percentage of people in the United States share the concern about a world war?', articles: [A000], contains: /45 percent/ },
  { q: 'Which polling firm surveyed several European countries?', articles: [A000], contains: /YouGov/ },
  { q: 'What did Putin call fears of Moscow planning deeper strikes into Europe?', articles: [A000], contains: /absolute nonsense/ },
  { q: 'Who did Putin speak alongside earlier this week?', articles: [A000], contains: /Robert Fico/ },
  { q: 'Which news agency says the two leaders have an arrangement to phone each other as needed?', articles: [A000], contains: /Tass/ },
  { q: 'What did Trump say Zelenskyy has to show?', articles: [A000], contains: /flexibility/ },
  { q: 'By when have French hospitals been told to prepare for a military deployment?', articles: [A000], contains: /March 2026/ },
  { q: 'Which broadcaster did Trump warn of a rough situation to?', articles: [A000], contains: /Fox News/ },
  // 001: how many calls, Peskov, Woodward
  { q: 'How many announced calls have Putin and Trump had this year?', articles: [A001], contains: /two announced call/ },
  { q: 'On which dates did Putin and Trump have their announced phone calls?', articles: [A001], contains: /Feb\. 12/ },
  { q: 'How many times did Woodward report Trump talked with Putin after leaving the White House?', articles: [A001], contains: /seven times/ },
  { q: "What is the title of Bob Woodward's 2024 book?", articles: [A001], contains: /"War"/ },
  { q: 'When did Putin last speak with a sitting U.S. president before Trump?', articles: [A001], contains: /February 2022/ },
  { q: 'Which U.S. president did Putin speak with before ordering troops into Ukraine?', articles: [A001], contains: /Joe Biden/ },
  { q: 'Where were Russia-U.S. talks arranged for Monday?', articles: [A001], contains: /Riyadh/ },
  { q: 'Which outlets reported independently that Trump and Putin spoke in early November?', articles: [A001], contains: /Axios/ },
  { q: 'Which state television journalist questioned Peskov about subtleties?', articles: [A001], contains: /Pavel Zarubin/ },
  { q: 'What did Russia and Ukraine accuse each other of blowing up?', articles: [A001], contains: /gas pumping station/ },
  { q: 'Why could Putin and Trump have another telephone call?', articles: [A001], contains: /strikes on Russian energy facilities/ },
  { q: 'Which news company reported that the talks in Riyadh would be a step toward a face-to-face conference?', articles: [A001], contains: /Interfax/ },
  { q: 'What does Trump wish to be kept in mind as?', articles: [A001], contains: /peacemaker/ },
  // 002: the New York Post interview, the summit plans
  { q: 'Which newspaper asked Trump about the number of talks he had with Putin?', articles: [A002], contains: /The New York Post/ },
  { q: 'Where was Russia considering organising a summit?', articles: [A002], contains: /Saudi Arabia/ },
  { q: 'Who heads the Foreign Affairs Committee of the State Duma?', articles: [A002], contains: /Leonid Slutsky/ },
  { q: 'Who is the U.S. National Security Advisor?', articles: [A002], contains: /Mike Waltz/ },
  { q: 'What will Trump impose on Russia if an agreement is not reached?', articles: [A002], contains: /taxes and sanctions/ },
  { q: 'What does Trump say happens every day in the war?', articles: [A002], contains: /dying every day/ },
  { q: 'Whom did Trump say he would likely meet next week?', articles: [A002], contains: /Zelenskyy/ },
  { q: 'Did the Kremlin confirm the reports of a phone conversation?', articles: [A002], contains: /neither confirm/ },
  // 003: Alaska, the White House meeting, Lavrov
  { q: 'when did they meet', hint: 'when', articles: [A003], contains: /August 15/ },
  { q: 'At which military base did the leaders meet in Anchorage?', articles: [A003], contains: /Elmendorf-Richardson/ },
  { q: 'When did Trump receive Zelensky and European leaders at the White House?', articles: [A003], contains: /August 18/ },
  { q: "Who is Russia's foreign minister?", articles: [A003], contains: /Sergey Lavrov/ },
  { q: 'How many working groups did the Russian side propose?', articles: [A003], contains: /three working groups/ },
  { q: 'In which city did the Russian side put forward its proposal at talks in 2022?', articles: [A003], contains: /Istanbul/ },
  { q: 'How did the Russian Foreign Ministry describe a deployment of NATO troops in Ukraine?', articles: [A003], contains: /categorically unacceptable/ },
  { q: 'Which outlet reported on the coalition of the willing?', articles: [A003], contains: /Bloomberg/ },
  { q: 'When does Trump plan to talk to Putin?', articles: [A003, A004], contains: /soon|next (few|couple of) days/ },
  { q: 'many leaders did Trump speak with after his victory was confirmed?', hint: 'how', articles: [A004], contains: /seventy countries/ },
  // 004: congratulations, the assassination attempt, CNN
  { q: 'Where did Putin congratulate Trump on his election?', articles: [A004], contains: /Valdai Discussion Club/ },
  { q: 'How many countries had leaders who spoke with Trump after his victory?', articles: [A004], contains: /seventy countries/ },
  { q: 'How fast did Trump claim he would end the war?', articles: [A004], contains: /24 hours/ },
  { q: 'What did Putin think of how Trump behaved during the attempt on his life?', articles: [A004], contains: /brave man|left an impression/ },
  { q: 'Which network interviewed Trump by phone on the same day?', articles: [A004], contains: /NBC/ },
  { q: 'How did Trump describe his conversation with Netanyahu?', articles: [A004], contains: /excellent/ },
  // paraphrased: few words shared with the text
  { q: 'How often had European leaders contacted Putin about ending the war?', articles: [A004], contains: /weekly/ },
  { q: 'Has Trump talked to Putin since the election?', articles: [A004], contains: /has not spoken with Putin since the election/ },
  { q: 'Who acts as the Kremlin’s spokesman?', articles: [A001, A002], contains: /Peskov/ },
];

/** Nothing in the coverage answers these; several use words found only in the stripped boilerplate. */
const UNANSWERABLE: string[] = [
  'Who won the Super Bowl?',
  'What is the capital of Australia?',
  'How much does a new electric car cost?',
  'What should I know before I pop a painkiller pill?',
  'How can I manage swallowing difficulties when aging?',
  'What does the Hwasong-19 ICBM mean for global tensions?',
  'Where can I download the app in the Playstore?',
  'Which coupons and trailers are trending in football?',
  'Why did Merkel critique admiration for dictators?',
  'Which firms did China protest sanctions over forced labor?',
];

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

describe('golden questions on the seeds', () => {
  it.each(ANSWERABLE)('answers "$q" from the right article', ({ q, hint, articles, contains }) => {
    const a = answer(coverage, q, hint ?? null);
    expect(a.abstained).toBe(false);
    const top = a.excerpts[0];
    expect(articles).toContain(top.article.id);
    expect(top.text).toMatch(contains);
  });

  it.each(UNANSWERABLE)('abstains on "%s"', (q) => {
    const a = answer(coverage, q);
    expect(a.abstained).toBe(true);
    expect(a.excerpts).toEqual([]);
  });

  it('has at least 40 answerable and 8 unanswerable questions covering every article', () => {
    expect(ANSWERABLE.length).toBeGreaterThanOrEqual(40);
    expect(UNANSWERABLE.length).toBeGreaterThanOrEqual(8);
    const covered = new Set(ANSWERABLE.flatMap((g) => g.articles));
    expect(covered).toEqual(new Set([A000, A001, A002, A003, A004]));
  });
});
