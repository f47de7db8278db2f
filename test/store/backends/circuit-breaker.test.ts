import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitBreaker } from '../../../src/store/backends/circuit-breaker.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const settings = { minBackoffMs: 1_000, maxBackoffMs: 4_000 };

describe('CircuitBreaker', () => {
  it('opens on a failure, probes when the backoff ends and closes when the probe answers', async () => {
    const probe = vi.fn(async () => true);
    const breaker = new CircuitBreaker(settings, probe, () => Date.now());
    expect(breaker.closed).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.retryInMs).toBe(1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(probe).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(breaker.closed).toBe(true);
  });

  it('doubles the backoff while probes fail, up to the maximum, and starts again from the minimum once closed', async () => {
    let answers = false;
    const probe = vi.fn(async () => answers);
    const breaker = new CircuitBreaker(settings, probe, () => Date.now());
    breaker.failure();
    await vi.advanceTimersByTimeAsync(1_000); // probe 1 fails → open 2 s
    expect(breaker.retryInMs).toBe(2_000);
    await vi.advanceTimersByTimeAsync(2_000); // probe 2 fails → open 4 s
    expect(breaker.retryInMs).toBe(4_000);
    await vi.advanceTimersByTimeAsync(4_000); // probe 3 fails → still 4 s (the maximum)
    expect(breaker.retryInMs).toBe(4_000);
    answers = true;
    await vi.advanceTimersByTimeAsync(4_000);
    expect(breaker.closed).toBe(true);
    expect(probe).toHaveBeenCalledTimes(4);
    breaker.failure();
    expect(breaker.retryInMs).toBe(1_000);
  });

  it('treats a probe that throws as one that failed', async () => {
    const breaker = new CircuitBreaker(
      settings,
      async () => {
        throw new Error('down');
      },
      () => Date.now(),
    );
    breaker.failure();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(breaker.state).toBe('open');
  });
});
