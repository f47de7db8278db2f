import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreGuard } from '../../../src/store/backends/guard.js';
import { captureLog } from '../../support/capture-log.js';

function guard(
  clock: { now: number },
  {
    opTimeoutMs = 1_000,
    hotReadTimeoutMs = 50,
    bulkTimeoutMs = 10_000,
    confirmedWriteTimeoutMs = 10_000,
    probe = async () => 'PONG' as unknown,
  } = {},
) {
  const { log, lines, warnings } = captureLog();
  const g = new StoreGuard({
    backend: 'redis',
    target: 'redis://127.0.0.1:1',
    log,
    opTimeoutMs,
    hotReadTimeoutMs,
    bulkTimeoutMs,
    confirmedWriteTimeoutMs,
    breaker: { minBackoffMs: 1_000, maxBackoffMs: 8_000 },
    warnIntervalMs: 30_000,
    now: () => clock.now,
    probe,
  });
  return { g, lines, warnings };
}

const failing = (): Promise<never> => Promise.reject(new Error('ECONNREFUSED'));
const never = (): Promise<string> => new Promise<string>(() => undefined);

afterEach(() => {
  vi.useRealTimers();
});

describe('StoreGuard', () => {
  it('turns a failure into the fallback and marks the store down', async () => {
    const { g } = guard({ now: 0 });
    expect(await g.run('read', failing, 'fallback')).toBe('fallback');
    expect(g.healthy).toBe(false);
  });

  it('turns an operation that never settles into the fallback after the timeout', async () => {
    const { g } = guard({ now: 0 }, { opTimeoutMs: 50 });
    expect(await g.run('read', never, 'fallback')).toBe('fallback');
    expect(g.healthy).toBe(false);
  });

  it('bounds a hot-path read by its own short timeout, and any other operation by the longer one', async () => {
    vi.useFakeTimers();
    const { g } = guard({ now: 0 }, { opTimeoutMs: 1_000, hotReadTimeoutMs: 50 });
    let hot: string | undefined;
    void g.run('read', never, 'miss', 'hot').then((v) => (hot = v));
    await vi.advanceTimersByTimeAsync(50);
    expect(hot).toBe('miss');

    const { g: other } = guard({ now: 0 }, { opTimeoutMs: 1_000, hotReadTimeoutMs: 50 });
    let write: boolean | undefined;
    void other.run('write', never as () => Promise<never>, false).then((v) => (write = v));
    await vi.advanceTimersByTimeAsync(999);
    expect(write).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toBe(false);
  });

  it("bounds the coverage loader's operations by the bulk timeout, far longer than any other", async () => {
    vi.useFakeTimers();
    const { g } = guard({ now: 0 }, { opTimeoutMs: 1_000, bulkTimeoutMs: 10_000 });
    let read: string | undefined;
    void g.run('read', never, 'miss', 'bulk').then((v) => (read = v));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(read).toBeUndefined();
    expect(g.circuit).toBe('closed');
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toBe('miss');
    expect(g.healthy).toBe(false);
  });

  it('skips the store at once while the circuit is open: a frozen store costs one timeout, not one per operation', async () => {
    vi.useFakeTimers();
    const { g } = guard({ now: 0 }, { probe: never });
    const first = g.run('read', never, 'miss', 'hot');
    await vi.advanceTimersByTimeAsync(50);
    expect(await first).toBe('miss');
    expect(g.circuit).toBe('open');
    const op = vi.fn(never);
    for (let i = 0; i < 10; i++) expect(await g.run('read', op, 'miss', 'hot')).toBe('miss');
    expect(await g.run('write', op, 'not saved')).toBe('not saved');
    expect(op).not.toHaveBeenCalled();
  });

  it('probes when the backoff ends, then sends operations to the store again and logs once how long it was down', async () => {
    vi.useFakeTimers();
    const clock = { now: 1_000 };
    let answers = false;
    const probe = vi.fn(async () => {
      if (!answers) throw new Error('still frozen');
      return 'PONG';
    });
    const { g, lines } = guard(clock, { probe });
    await g.run('read', failing, undefined);
    await vi.advanceTimersByTimeAsync(1_000); // first probe fails: open 2 s more
    expect(probe).toHaveBeenCalledTimes(1);
    expect(g.circuit).toBe('open');
    answers = true;
    clock.now = 4_000;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(g.circuit).toBe('closed');
    expect(await g.run('read', async () => 'value', undefined, 'hot')).toBe('value');
    expect(g.healthy).toBe(true);
    expect(lines.filter((line) => line.msg === 'store available again')).toEqual([expect.objectContaining({ downMs: 3_000 })]);
  });

  it('warns once per interval however many failures are reported, then says how many it held back', () => {
    const clock = { now: 0 };
    const { g, warnings } = guard(clock);
    for (let i = 0; i < 10; i += 1) g.down(new Error('ECONNREFUSED'));
    expect(warnings()).toHaveLength(1);
    clock.now = 29_999;
    g.down(new Error('ECONNREFUSED'));
    expect(warnings()).toHaveLength(1);
    clock.now = 30_000;
    g.down(new Error('ECONNREFUSED'));
    expect(warnings()).toHaveLength(2);
    expect(warnings()[1]).toMatchObject({ failuresNotLogged: 10, backend: 'redis' });
    g.close();
  });

  it('runs nothing once closed', async () => {
    const { g } = guard({ now: 0 });
    g.close();
    let ran = false;
    expect(await g.run('write', async () => (ran = true), false)).toBe(false);
    expect(ran).toBe(false);
  });
});
