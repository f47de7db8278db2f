import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_TYPES, ASK_COMMANDS } from '../../../src/answer/types.js';
import { decodeButton, encodeButton, questionHash, type ButtonState } from '../../../src/discord/format/buttons.js';

describe('encodeButton / decodeButton', () => {
  const states: ButtonState[] = [
    { kind: 'more', hint: 'when', page: 2, questionHash: questionHash('did they meet') },
    { kind: 'more', hint: null, page: 0, questionHash: questionHash('who is Peskov') },
    { kind: 'context', sentenceId: '003_31b76e603aeb2cfa:3' },
    {
      kind: 'feedback',
      vote: 'up',
      answerType: 'date',
      abstained: false,
      excerptIds: ['003_31b76e603aeb2cfa:3', '004_e0ba8cc3a8df5508:18'],
    },
    { kind: 'feedback', vote: 'down', answerType: 'thing', abstained: true, excerptIds: [] },
    { kind: 'sources', page: 3 },
  ];

  it('round-trips every button state within 100 characters', () => {
    for (const state of states) {
      const id = encodeButton(state);
      expect(id).not.toBeNull();
      expect(id!.length).toBeLessThanOrEqual(100);
      expect(decodeButton(id!)).toEqual(state);
    }
  });

  it('round-trips a vote on an answer of every answer type', () => {
    for (const answerType of ANSWER_TYPES) {
      const state: ButtonState = { kind: 'feedback', vote: 'down', answerType, abstained: false, excerptIds: ['003_31b76e603aeb2cfa:3'] };
      expect(decodeButton(encodeButton(state)!)).toEqual(state);
    }
  });

  it('drops trailing excerpt ids of a vote until it fits, keeping the featured one', () => {
    const excerptIds = ['a'.repeat(60) + ':1', 'b'.repeat(60) + ':2', 'c'.repeat(60) + ':3'];
    const id = encodeButton({ kind: 'feedback', vote: 'up', answerType: 'person', abstained: false, excerptIds })!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeButton(id)).toMatchObject({ excerptIds: [excerptIds[0]] });
  });

  it('gives null for a context id that cannot fit', () => {
    expect(encodeButton({ kind: 'context', sentenceId: `${'x'.repeat(120)}:1` })).toBeNull();
  });

  // Every answer type the core can give, with every hint an answer can carry: a vote on any answer must count.
  const excerptId = fc.stringMatching(/^[\w.-]{1,24}:\d{1,4}$/);
  for (const answerType of ANSWER_TYPES) {
    for (const hint of [...ASK_COMMANDS, null]) {
      it(`round-trips the buttons of an answer of type ${answerType} to ${hint ?? 'a plain question'}`, () => {
        fc.assert(
          fc.property(
            fc.constantFrom('up' as const, 'down' as const),
            fc.boolean(),
            fc.array(excerptId, { maxLength: 3 }),
            fc.integer({ min: 0, max: 9999 }),
            fc.string(),
            (vote, abstained, excerptIds, page, question) => {
              const more: ButtonState = { kind: 'more', hint, page, questionHash: questionHash(question) };
              expect(decodeButton(encodeButton(more)!)).toEqual(more);
              const id = encodeButton({ kind: 'feedback', vote, answerType, abstained, excerptIds });
              expect(id).not.toBeNull();
              const decoded = decodeButton(id!);
              expect(decoded).toMatchObject({ kind: 'feedback', vote, answerType, abstained });
              // Excerpt ids are dropped from the end to fit: what remains is a prefix.
              const kept = (decoded as Extract<ButtonState, { kind: 'feedback' }>).excerptIds;
              expect(excerptIds.slice(0, kept.length)).toEqual(kept);
            },
          ),
          { numRuns: 25 },
        );
      });
    }
  }

  it('rejects ids it did not write', () => {
    for (const id of ['', 'ask', 'm1|never|0|abc', 'm1|when|x|abc', 'f1|u|colour|x|', 's1|-1', 'c1|', 'z9|1']) {
      expect(decodeButton(id)).toBeNull();
    }
  });
});

describe('questionHash', () => {
  it('tells questions apart and is stable', () => {
    expect(questionHash('did they meet')).toBe(questionHash('did they meet'));
    expect(questionHash('did they meet')).not.toBe(questionHash('did they meet?'));
  });
});
