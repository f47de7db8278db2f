import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { topicFilter } from '../../src/timeline/topics.js';
import { coverageOf, FIXTURES_DIR } from '../support/seed-coverage.js';

let fixtures: Coverage;
beforeAll(async () => {
  fixtures = await coverageOf(FIXTURES_DIR);
});

/** The sentences of the fixtures the filter keeps, as text. */
function kept(topic: string, minShare = 0.5): string[] {
  const filter = topicFilter(fixtures, topic, minShare);
  if (!filter) return [];
  return fixtures.articles.flatMap((a) => a.sentences.filter((s) => filter(a, s)).map((s) => a.text.slice(s.start, s.end)));
}

describe('topicFilter', () => {
  it('keeps sentences naming the topic in its own words', () => {
    expect(kept('phone calls')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('held a phone call on Tuesday'),
        expect.stringContaining('two phone calls since the start of the year'),
      ]),
    );
  });

  it('keeps a sentence meeting every topic word through a synonym ("telephone" for phone and call)', () => {
    expect(kept('phone calls')).toEqual(expect.arrayContaining([expect.stringContaining('spoke by telephone on March 18')]));
    expect(kept('phone calls', 0.51).some((t) => t.includes('spoke by telephone'))).toBe(false);
  });

  it('lets one word of the sentence stand in for one topic word only', () => {
    // "talks" is a synonym of both "phone" and "call": it meets one of them, not the topic.
    expect(kept('phone calls').some((t) => t.includes('the talks will continue'))).toBe(false);
    expect(kept('calls').some((t) => t.includes('the talks will continue'))).toBe(true);
  });

  it('drops sentences about something else', () => {
    const texts = kept('phone calls');
    expect(texts.some((t) => /flood|barrier|embankment|strike/.test(t))).toBe(false);
    expect(kept('flood defences').every((t) => /flood|defences|barrier/.test(t))).toBe(true);
  });

  it('matches nothing for a topic the coverage never mentions, and is null for one with no content word', () => {
    expect(kept('moon landing')).toEqual([]);
    expect(topicFilter(fixtures, 'the', 0.5)).toBeNull();
    expect(topicFilter(fixtures, '?!', 0.5)).toBeNull();
  });
});
