import { describe, expect, it } from 'vitest';
import { createAdmission } from '../../../src/discord/interactions/admission.js';

const settings = { maxInFlight: 2, maxWaiting: 2, expireAfterMs: 2_500 };

describe('createAdmission', () => {
  it('admits up to maxInFlight at once and starts the next waiting one when a slot is released', async () => {
    const t = 0;
    const admission = createAdmission(settings, () => t);
    const a = await admission.admit(0);
    const b = await admission.admit(0);
    const third = admission.admit(0);
    expect(admission.inFlight).toBe(2);
    expect(admission.waiting).toBe(1);
    a!();
    a!(); // a second release of the same slot changes nothing
    const c = await third;
    expect(c).toBeTypeOf('function');
    expect(admission.inFlight).toBe(2);
    b!();
    c!();
    expect(admission.inFlight).toBe(0);
  });

  it('sheds an interaction that expired while waiting, without starting it', async () => {
    let t = 0;
    const admission = createAdmission(settings, () => t);
    const a = await admission.admit(0);
    await admission.admit(0);
    const late = admission.admit(0);
    t = 3_000;
    a!();
    expect(await late).toBeNull();
    expect(admission.inFlight).toBe(1);
  });

  it('sheds one already too old on arrival, and the oldest waiting when the queue is full', async () => {
    const t = 5_000;
    const admission = createAdmission(settings, () => t);
    expect(await admission.admit(0)).toBeNull();
    await admission.admit(t);
    await admission.admit(t);
    const oldest = admission.admit(t);
    const second = admission.admit(t + 1);
    const third = admission.admit(t + 2);
    expect(await oldest).toBeNull();
    expect(admission.waiting).toBe(2);
    void second;
    void third;
  });

  it('readmits an acknowledged interaction after every one still in its window, and never sheds it', async () => {
    let t = 0;
    const admission = createAdmission(settings, () => t);
    const a = await admission.admit(0);
    const b = await admission.admit(0);
    const order: string[] = [];
    const acknowledged = admission.readmit().then((release) => (order.push('acknowledged'), release));
    const fresh = admission.admit(0).then((release) => (order.push('fresh'), release));
    a!();
    const f = await fresh;
    expect(f).toBeTypeOf('function');
    t = 60_000; // long past any window: still not shed
    f!();
    expect(await acknowledged).toBeTypeOf('function');
    b!();
    expect(order).toEqual(['fresh', 'acknowledged']);
  });
});
