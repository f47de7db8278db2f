import { describe, expect, it } from 'vitest';
import { StoreGuard } from '../../../src/store/backends/guard.js';
import { captureLog } from '../capture-log.js';

function guard(clock: { now: number }, opTimeoutMs = 1_000) {
  const { log, lines, warnings } = captureLog();
  const g = new StoreGuard({
    backend: 'redis',
    target: 'redis://127.0.0.1:1',
    log,
    opTimeoutMs,
    warnIntervalMs: 30_000,
    now: () => clock.now,
  });
  return { g, lines, warnings };
}

const failing = (): Promise<never> => Promise.reject(new Error('ECONNREFUSED'));

describe('StoreGuard', () => {
  it('turns a failure into the fallback and marks the store down', async () => {
    const { g } = guard({ now: 0 });
    expect(await g.run('read', failing, 'fallback')).toBe('fallback');
    expect(g.healthy).toBe(false);
  });

  it('turns an operation that never settles into the fallback after the timeout', async () => {
    const { g } = guard({ now: 0 }, 50);
    expect(await g.run('read', () => new Promise<string>(() => undefined), 'fallback')).toBe('fallback');
    expect(g.healthy).toBe(false);
  });

  it('warns once per interval however many operations fail, then says how many it held back', async () => {
    const clock = { now: 0 };
    const { g, warnings } = guard(clock);
    for (let i = 0; i < 10; i += 1) await g.run('read', failing, undefined);
    expect(warnings()).toHaveLength(1);
    clock.now = 29_999;
    await g.run('read', failing, undefined);
    expect(warnings()).toHaveLength(1);
    clock.now = 30_000;
    await g.run('read', failing, undefined);
    expect(warnings()).toHaveLength(2);
    expect(warnings()[1]).toMatchObject({ failuresNotLogged: 10, backend: 'redis' });
  });

  it('logs once when the store answers again, with how long it was down', async () => {
    const clock = { now: 1_000 };
    const { g, lines } = guard(clock);
    await g.run('read', failing, undefined);
    clock.now = 4_000;
    expect(await g.run('read', async () => 'value', undefined)).toBe('value');
    await g.run('read', async () => 'value', undefined);
    expect(g.healthy).toBe(true);
    expect(lines.filter((line) => line.msg === 'store available again')).toEqual([
      expect.objectContaining({ downMs: 3_000 }),
    ]);
  });

  it('runs nothing once closed', async () => {
    const { g } = guard({ now: 0 });
    g.close();
    let ran = false;
    expect(await g.run('write', async () => (ran = true), false)).toBe(false);
    expect(ran).toBe(false);
  });
});
