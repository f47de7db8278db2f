import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { sentenceContext, type SentenceContext } from '../../src/coverage/context.js';
import { escapeText } from '../../src/discord/escape.js';
import { formatContext } from '../../src/discord/format-context.js';
import { expectWithinLimits } from './support/expect-within-limits.js';
import { loadSeedCoverage } from './support/test-bot.js';

let context: SentenceContext;
beforeAll(async () => {
  const coverage = await loadSeedCoverage();
  const top = answer(coverage, 'who is Peskov', 'who').excerpts[0];
  context = sentenceContext(coverage, top.sentenceId, 2)!;
});

describe('formatContext', () => {
  it('shows the excerpt in bold among the sentences around it, and cites the article', () => {
    const [embed] = formatContext(context).embeds;
    expect(embed.description).toContain(`**${escapeText(context.sentence)}**`);
    for (const s of [...context.before, ...context.after]) expect(embed.description).toContain(escapeText(s));
    expect(embed.description).toContain(`— `);
    expect(embed.description).toContain(escapeText(context.article.title ?? context.article.id));
  });

  it('stays within the limits when the neighbours are very long', () => {
    const long = { ...context, before: Array(30).fill(context.sentence), after: Array(30).fill(context.sentence) };
    const payload = formatContext(long);
    expectWithinLimits(payload);
    expect(payload.embeds[0].description).toContain(`**${escapeText(context.sentence)}**`);
  });
});
