import Keyv from 'keyv';
import { describe, expect, it, vi } from 'vitest';
import { StoreGuard } from '../../../src/store/backends/guard.js';
import { createKeyvStore, keyvOptions } from '../../../src/store/backends/keyv.js';
import { storeSettings } from '../../../src/store/defaults.js';
import { createFeedbackStore, type FeedbackVote } from '../../../src/store/records/feedback.js';
import { captureLog } from '../../support/capture-log.js';

/**
 * A store that has stopped answering (a frozen Redis, a stalled disk): reads answer, writes are held, and are
 * applied in order when it thaws, as a frozen Redis applies what was sent before SIGSTOP once it gets SIGCONT.
 * Its probe answers only once thawed.
 */
function frozenStore() {
  const held: (() => void)[] = [];
  let frozen = true;
  // A Map, so keyv can list it (the feedback summary); its writes wait while frozen.
  class FrozenMap extends Map<string, unknown> {
    override set(key: string, value: unknown): this {
      if (!frozen) return super.set(key, value);
      return new Promise((resolve) => held.push(() => resolve(super.set(key, value)))) as unknown as this;
    }
  }
  let thawed: () => void = () => undefined;
  const answering = new Promise<void>((resolve) => (thawed = resolve));
  const { log } = captureLog();
  const settings = storeSettings({ opTimeoutMs: 30, confirmedWriteTimeoutMs: 30, breaker: { minBackoffMs: 5, maxBackoffMs: 5 } });
  const guard = new StoreGuard({ backend: 'memory', target: 'frozen double', log, ...settings, probe: () => answering });
  const store = createKeyvStore({
    backend: 'memory',
    log,
    guard,
    settings,
    // One map per namespace, as keyv marks a Map store with the namespace it serves.
    openNamespace: (namespace) => new Keyv({ ...keyvOptions(namespace), store: new FrozenMap() }),
    closeBackend: async () => {},
  });
  return {
    store,
    log,
    guard,
    thaw() {
      frozen = false;
      for (const apply of held.splice(0)) apply();
      thawed();
    },
  };
}

const vote = (overrides: Partial<FeedbackVote> = {}): FeedbackVote => ({
  vote: 'up',
  question: 'When did they meet?',
  answerType: 'date',
  abstained: false,
  excerptIds: ['a:3'],
  userId: '100200300400500600',
  ...overrides,
});

describe('a vote whose write times out', () => {
  it('is reported unconfirmed, may still land later, and a retry or a changed mind leaves exactly one vote', async () => {
    const { store, log, guard, thaw } = frozenStore();
    const feedback = createFeedbackStore({ store, log });
    // Frozen: the write is not confirmed within the timeout ("could not confirm", not "not saved") ...
    expect(await feedback.record(vote())).toBe(false);
    expect((await feedback.summary()).totals).toMatchObject({ up: 0, down: 0 });
    // ... and it is not cancelled: once the store answers again, it lands.
    thaw();
    await vi.waitFor(() => expect(guard.circuit).toBe('closed'));
    expect((await feedback.summary()).totals).toMatchObject({ up: 1, down: 0 });
    // The user was told to press again: the retry replaces the late write (same answer, same user) rather than adding one.
    expect(await feedback.record(vote())).toBe(true);
    expect((await feedback.summary()).totals).toMatchObject({ up: 1, down: 0 });
    // A changed mind replaces it too; another user's vote is their own.
    expect(await feedback.record(vote({ vote: 'down' }))).toBe(true);
    expect(await feedback.record(vote({ userId: '700800900' }))).toBe(true);
    expect((await feedback.summary()).totals).toMatchObject({ up: 1, down: 1 });
  });
});
