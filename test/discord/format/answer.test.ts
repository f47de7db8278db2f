import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import { formatHighlighted, formatAnswer, formatContext } from '../../../src/discord/format/answer.js';
import { answer } from '../../../src/answer/answer.js';
import { matchStrength } from '../../../src/answer/confidence.js';
import { NO_MEASURE, type Answer, type Excerpt } from '../../../src/answer/types.js';
import { listSources } from '../../../src/present/sources.js';
import type { Coverage } from '../../../src/coverage/types.js';
import { decodeButton, questionHash } from '../../../src/discord/format/buttons.js';
import { DISCORD_DEFAULTS } from '../../../src/discord/defaults.js';
import { escapeText, questionFromTitle } from '../../../src/discord/format/text.js';
import { expectWithinLimits } from '../support/expect-within-limits.js';
import { SEEDS_DIR, seedCoverage } from '../../support/seed-coverage.js';
import { sentenceContext, type SentenceContext } from '../../../src/present/answer.js';

const sentence = 'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.';
const parts = { before: 'On ', highlight: 'August 15', after: sentence.slice(12) };

describe('formatHighlighted', () => {
  it('quotes the text with the highlight in bold', () => {
    expect(formatHighlighted(parts, 1000)).toBe(
      `> On **August 15**, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.`,
    );
  });

  it('keeps the highlight and cuts the context around it when short of room', () => {
    const long = { before: `${sentence} `.repeat(20), highlight: 'August 15', after: ` ${sentence}`.repeat(20) };
    for (const max of [40, 100, 500, 1024]) {
      const out = formatHighlighted(long, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).toContain('**August 15**');
      expect(out.startsWith('> …')).toBe(true);
      expect(out.endsWith('…')).toBe(true);
    }
  });

  it('fits text whose escaping makes it longer', () => {
    const starry = { before: '*'.repeat(300), highlight: '_a_', after: '|'.repeat(300) };
    const out = formatHighlighted(starry, 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toContain('**\\_a\\_**');
  });

  it('moves spaces at the edges of the highlight outside the bold', () => {
    expect(formatHighlighted({ before: 'in', highlight: ' Alaska ', after: 'today' }, 100)).toBe('> in **Alaska** today');
  });

  it('keeps a quote on one line', () => {
    expect(formatHighlighted({ before: 'Trump Plans\nto Talk', highlight: '', after: '' }, 100)).toBe('> Trump Plans to Talk');
  });
});

let coverage: Coverage;
let when: Answer;
/** An answer with excerpts from three articles, for the paging buttons. */
let paged: Answer;
beforeAll(async () => {
  coverage = await seedCoverage();
  when = answer(coverage, 'did they meet', 'when');
  paged = answer(coverage, 'did Putin and Trump speak by phone', 'when');
});

const customIds = (payload: ReturnType<typeof formatAnswer>) =>
  payload.components.flatMap((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : '')));

describe('formatAnswer for an answered question', () => {
  it('titles the embed with the question and quotes the top excerpt with its answer span in bold', () => {
    const top = when.excerpts[0];
    const [embed] = formatAnswer({ answer: when, hint: 'when', page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(embed.title).toBe(escapeText(when.question));
    expect(embed.description).toContain(`**${escapeText(top.answer!)}**`);
    const plain = embed.description!.split('\n')[0].replace(/^> /, '').replaceAll('**', '').replaceAll('\\', '');
    expect(plain).toBe(top.text);
  });

  it('cites the excerpt with what is known of its article, the title linked when there is a URL', () => {
    const [embed] = formatAnswer({ answer: when, hint: 'when', page: 0 }, DISCORD_DEFAULTS).embeds;
    const { article } = when.excerpts[0];
    const citation = embed.description!.split('\n')[1];
    expect(citation.startsWith('— ')).toBe(true);
    const known = [article.outlet, article.published, article.title].filter((v): v is string => v !== null);
    for (const part of known) expect(citation).toContain(escapeText(part));
    expect(citation).toContain(article.url ? `](${article.url})` : escapeText(article.title ?? article.id));
  });

  it('shows up to two supporting excerpts as fields, each with its citation', () => {
    const [embed] = formatAnswer({ answer: when, hint: 'when', page: 0 }, DISCORD_DEFAULTS).embeds;
    const supporting = when.excerpts.slice(1, 3);
    expect(embed.fields).toHaveLength(supporting.length);
    embed.fields!.forEach((field, i) => {
      expect(field.value.replaceAll('**', '').replaceAll('\\', '')).toContain(supporting[i].text.slice(0, 40));
      expect(field.value).toMatch(/\n— /);
    });
  });

  it('says in the footer that the text is quoted and how sure the match is', () => {
    const [embed] = formatAnswer({ answer: when, hint: 'when', page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(embed.footer!.text).toContain('Quoted verbatim from the coverage');
    expect(embed.footer!.text).toContain(`match: ${matchStrength(when.confidence)}`);
  });

  it('offers More sources, Context and 👍 / 👎 with custom ids that carry their state', () => {
    expect(paged.excerpts.length).toBeGreaterThan(1);
    const payload = formatAnswer({ answer: paged, hint: 'when', page: 0 }, DISCORD_DEFAULTS);
    const states = customIds(payload).map(decodeButton);
    expect(states).toContainEqual({ kind: 'more', hint: 'when', page: 1, questionHash: questionHash(paged.question) });
    expect(states).toContainEqual({ kind: 'context', sentenceId: paged.excerpts[0].sentenceId });
    expect(states).toContainEqual(expect.objectContaining({ kind: 'feedback', vote: 'up', answerType: paged.answerType }));
    expect(states).toContainEqual(expect.objectContaining({ kind: 'feedback', vote: 'down' }));
  });

  it('writes a title the question can be read back from, for the paging buttons', () => {
    const tricky = { ...when, question: 'did **Putin** and <@123456789012345678> meet in # Alaska_2025?' };
    const [embed] = formatAnswer({ answer: tricky, hint: 'when', page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(questionFromTitle(embed.title!)).toBe(tricky.question);
  });

  it('features the next excerpt on page 1, with a Back button', () => {
    const payload = formatAnswer({ answer: paged, hint: 'when', page: 1 }, DISCORD_DEFAULTS);
    const second = paged.excerpts[1];
    expect(payload.embeds[0].description!.replaceAll('**', '').replaceAll('\\', '')).toContain(second.text.slice(0, 40));
    expect(customIds(payload).map(decodeButton)).toContainEqual(expect.objectContaining({ kind: 'more', page: 0 }));
    expect(payload.embeds[0].footer!.text).toContain(`source 2 of ${paged.excerpts.length}`);
  });

  it('shows the notices, e.g. that a long question was cut', () => {
    const long = answer(coverage, `when did Trump and Putin meet in Alaska ${'and what did they say about Ukraine '.repeat(40)}`, null);
    expect(long.notices.length).toBeGreaterThan(0);
    const [embed] = formatAnswer({ answer: long, hint: null, page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(embed.description).toContain(escapeText(long.notices[0]));
    // A 500-character question does not fit a 256-character title, so paging cannot read it back.
    expect(customIds(formatAnswer({ answer: long, hint: null, page: 0 }, DISCORD_DEFAULTS)).some((id) => id.startsWith('m1'))).toBe(false);
  });

  it('says how it read a name typed otherwise than the coverage spells it', () => {
    const typo = answer(coverage, 'What did Zelenskiy say about the talks?', null);
    expect(typo.abstained).toBe(false);
    const [embed] = formatAnswer({ answer: typo, hint: null, page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(embed.description).toContain(escapeText('Read Zelenskiy as Zelenskyy.'));
    // The title quotes the question as typed.
    expect(embed.title).toContain('Zelenskiy');
  });

  it('shows beside an answer the typed names no article mentions', () => {
    const [embed] = formatAnswer({ answer: { ...paged, unmentioned: ['Calgary'] }, hint: 'when', page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(embed.description).toContain(`ℹ️ ${escapeText('No article in the coverage mentions Calgary.')}`);
  });

  it('says where outlets disagree, each value with its outlet', () => {
    const disagreeing: Answer = {
      ...when,
      disagreements: [
        {
          about: 'phone calls',
          values: [
            { value: 'two', outlet: 'Ariana News', articleId: '001_6cafe41d9e784b11' },
            { value: 'more than 2', outlet: null, articleId: '002_62dcc4dcba42d8bd' },
          ],
        },
      ],
    };
    const [embed] = formatAnswer({ answer: disagreeing, hint: 'when', page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(embed.description).toContain(
      'Outlets differ on phone calls: Ariana News says two, untitled article (002\\_62dcc4dcba42d8bd) says more than 2',
    );
  });

  it('pings nobody', () => {
    expect(formatAnswer({ answer: when, hint: 'when', page: 0 }, DISCORD_DEFAULTS).allowedMentions).toEqual({
      parse: [],
      repliedUser: false,
    });
  });
});

describe('formatAnswer for an abstention', () => {
  const abstention = (closest: Answer['closest']): Answer => ({
    question: 'who won the 1998 world cup',
    answerType: 'person',
    quantity: null,
    measure: NO_MEASURE,
    abstained: true,
    excerpts: [],
    confidence: 0.19,
    closest,
    notices: [],
    subject: [],
    aboutOne: false,
    disagreements: [],
    unmentioned: [],
  });

  it('says plainly that the coverage does not answer, lists the closest articles and points to /sources', () => {
    const closest = listSources(coverage)
      .slice(1, 4)
      .map((s) => s.article);
    const [embed] = formatAnswer({ answer: abstention(closest), hint: 'who', page: 0 }, DISCORD_DEFAULTS).embeds;
    expect(embed.description).toContain('The coverage does not answer this question.');
    for (const article of closest) expect(embed.description).toContain(escapeText(article.title ?? article.id));
    expect(embed.description).toContain('/sources');
  });

  it('says under the abstention which typed names no article mentions, escaped', () => {
    const [embed] = formatAnswer(
      { answer: { ...abstention([]), unmentioned: ['Lara_Logan'] }, hint: 'who', page: 0 },
      DISCORD_DEFAULTS,
    ).embeds;
    expect(embed.description).toContain(
      `The coverage does not answer this question.\n${escapeText('No article in the coverage mentions Lara_Logan.')}`,
    );
  });

  it('offers only the feedback buttons', () => {
    const payload = formatAnswer({ answer: abstention([]), hint: null, page: 0 }, DISCORD_DEFAULTS);
    expect(customIds(payload).map((id) => decodeButton(id)?.kind)).toEqual(['feedback', 'feedback']);
  });
});

describe('formatAnswer within Discord limits', () => {
  it('keeps every limit for a 5,000-character question, whole articles as excerpts and long titles', () => {
    const text = readFileSync(`${SEEDS_DIR}/004_e0ba8cc3a8df5508.txt`, 'utf8');
    const title = listSources(coverage)[4].article.title!;
    const spanStart = text.indexOf('Valdai');
    const excerpt = (i: number): Excerpt => ({
      text,
      start: 0,
      end: text.length,
      sentenceId: `004_e0ba8cc3a8df5508:${i}`,
      answer: 'Valdai Discussion Club',
      answerStart: spanStart,
      answerEnd: spanStart + 'Valdai Discussion Club'.length,
      date: null,
      score: 1,
      article: {
        id: '004_e0ba8cc3a8df5508',
        title: title.repeat(20),
        outlet: title.repeat(10),
        published: '2024-11-07',
        url: 'https://example.com/' + 'a'.repeat(400),
      },
    });
    const huge: Answer = {
      question: text.slice(0, 5000),
      answerType: 'place',
      quantity: null,
      measure: NO_MEASURE,
      abstained: false,
      excerpts: [excerpt(1), excerpt(2), excerpt(3)],
      confidence: 0.5,
      closest: [],
      notices: ['Your question was long; it was answered on its first 500 characters.'],
      subject: [],
      aboutOne: false,
      unmentioned: [],
      disagreements: [
        {
          about: 'phone calls',
          values: [
            { value: text.slice(0, 3000), outlet: title, articleId: '004_e0ba8cc3a8df5508' },
            { value: 'two', outlet: null, articleId: '001_6cafe41d9e784b11' },
          ],
        },
      ],
    };
    for (const page of [0, 1, 2]) {
      const payload = formatAnswer({ answer: huge, hint: 'where', page }, DISCORD_DEFAULTS);
      expectWithinLimits(payload);
      expect(payload.embeds[0].description).toContain('**Valdai Discussion Club**');
    }
  });
});

let context: SentenceContext;
beforeAll(async () => {
  const coverage = await seedCoverage();
  const top = answer(coverage, 'who is Peskov', 'who').excerpts[0];
  context = sentenceContext(coverage, top.sentenceId, 2)!;
});

describe('formatContext', () => {
  it('shows the excerpt in bold among the sentences around it, and cites the article', () => {
    const [embed] = formatContext(context, DISCORD_DEFAULTS).embeds;
    expect(embed.description).toContain(`**${escapeText(context.sentence)}**`);
    for (const s of [...context.before, ...context.after]) expect(embed.description).toContain(escapeText(s));
    expect(embed.description).toContain(`— `);
    expect(embed.description).toContain(escapeText(context.article.title ?? context.article.id));
  });

  it('stays within the limits when the neighbours are very long', () => {
    const long = { ...context, before: Array(30).fill(context.sentence), after: Array(30).fill(context.sentence) };
    const payload = formatContext(long, DISCORD_DEFAULTS);
    expectWithinLimits(payload);
    expect(payload.embeds[0].description).toContain(`**${escapeText(context.sentence)}**`);
  });
});
