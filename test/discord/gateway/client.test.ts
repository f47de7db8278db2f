import { describe, expect, it, vi } from 'vitest';
import { DISCORD_DEFAULTS } from '../../../src/discord/defaults.js';
import { hashUserId } from '../../../src/store/records/feedback.js';
import { USER_MESSAGES } from '../../../src/user-messages.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { startTestBot, useSeedBot, type TestBot } from '../support/test-bot.js';
import { seedCoverage } from '../../support/seed-coverage.js';

let fake: FakeDiscord;
let bot: TestBot;
useSeedBot((s) => ({ fake, bot } = s));

const CALLBACK = /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;
const callbacksOf = (i: { id: string; token: string }) =>
  fake.calls.filter((c) => c.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);
const delivered = (i: { id: string; token: string }) =>
  fake.waitForCall((c) => c.path === `/api/v10/interactions/${i.id}/${i.token}/callback` && c.status === 204);

describe('the gateway connection', () => {
  it('connects with the intents the bot needs and no privileged ones', () => {
    const identify = fake.gatewayOps.find((op) => op.op === 2);
    // Guilds (1), GuildMessages (512), DirectMessages (4096); MessageContent (32768) is not asked for.
    expect(identify.d.intents).toBe(1 | 512 | 4096);
  });

  it('resumes the session after Discord closes it with 4000, and answers the next interaction', async () => {
    const from = fake.gatewayOps.length;
    const identifies = fake.gatewayOps.filter((op) => op.op === 2).length;
    fake.closeGateway(4000);
    const resume = await fake.waitForGatewayOp(6, from);
    expect(resume.d).toMatchObject({ token: fake.token, seq: expect.any(Number) });
    const i = fake.command('when', { question: 'did they meet' });
    expect((await delivered(i)).body.data.embeds).toHaveLength(1);
    expect(fake.gatewayOps.filter((op) => op.op === 2)).toHaveLength(identifies);
  });
});

describe('the gateway closing while an answer is on its way', () => {
  it('delivers the answer of a question asked before Discord closed the gateway (4000) once, over REST, and resumes the session', async () => {
    await withFollowUpDue(async (early, starting, followUp) => {
      const from = early.gatewayOps.length;
      early.closeGateway(4000);
      // The answer is built while the gateway is down; REST does not need it.
      starting.slot.set(await seedCoverage());
      const answer = await early.waitForCall((c) => c.method === 'POST' && c.path === followUp);
      expect(answer).toMatchObject({ status: 200, body: { embeds: [expect.objectContaining({ title: 'did they meet' })] } });
      await early.waitForGatewayOp(6, from);
      const next = early.command('who', { question: 'is Peskov' });
      expect((await early.answerTo(next)).embeds[0].title).toBe('is Peskov');
      expect(early.calls.filter((c) => c.method === 'POST' && c.path === followUp)).toHaveLength(1);
      expect(starting.logs.filter((l) => l.level >= 50)).toEqual([]);
    });
  });
});

describe('a gateway outage', () => {
  it('comes back by itself after the connection drops and the gateway refuses it ten times, logging the refusals once per interval', async () => {
    const from = fake.gatewayOps.length;
    const logsFrom = bot.logs.length;
    const started = Date.now();
    fake.dropGateway(10);
    // The session Discord keeps is resumed, and the next question answered.
    await fake.waitForGatewayOp(6, from);
    const elapsed = Date.now() - started;
    expect(fake.upgradesRefused).toBe(10);
    const i = fake.command('when', { question: 'did they meet' });
    expect((await delivered(i)).body.data.embeds).toHaveLength(1);
    // discord.js tried again about every half second; the first refusal is logged at once, then one line per interval.
    const lines = bot.logs.slice(logsFrom).filter((l) => l.msg === 'gateway connection error');
    expect(lines.length).toBeLessThanOrEqual(1 + Math.floor(elapsed / DISCORD_DEFAULTS.admission.failureLogIntervalMs));
    expect(lines[0]).toMatchObject({
      level: 50,
      othersNotLogged: 0,
      err: expect.objectContaining({ message: 'Unexpected server response: 502' }),
    });
  }, 60_000);
});

/**
 * Runs `use` with a bot of its own, started while the coverage loads, and its question "when did they meet" answered so
 * far by "working on it": its answer will be a follow-up, sent to `followUp` once the test gives the bot its coverage.
 */
async function withFollowUpDue(use: (early: FakeDiscord, starting: TestBot, followUp: string) => Promise<void>): Promise<void> {
  const early = await FakeDiscord.start();
  const starting = await startTestBot(early, { coverage: null, logLevel: 'warn' });
  try {
    const i = early.command('when', { question: 'did they meet' });
    expect((await early.callbackTo(i)).body.data.content).toBe(USER_MESSAGES.workingOnIt);
    await use(early, starting, `/api/v10/webhooks/${early.applicationId}/${i.token}`);
  } finally {
    await starting.stop();
    await early.stop();
  }
}

describe('REST failures', () => {
  it('waits for the Retry-After header after a 429 and then delivers the reply', async () => {
    fake.failNext({ method: 'POST', path: CALLBACK, status: 429, retryAfter: 0.2 });
    const i = fake.command('when', { question: 'did they meet' });
    const ok = await delivered(i);
    expect(callbacksOf(i).map((c) => c.status)).toEqual([429, 204]);
    expect(ok.body.data.embeds[0].title).toBe('did they meet');
  });

  it("drops a follow-up Discord rate-limits for longer than an interaction's 15 minutes, says so in words, and frees its slot", async () => {
    // A first response has its own, shorter bound (the next test).
    await withFollowUpDue(async (early, starting, followUp) => {
      early.failNext({ method: 'POST', path: new RegExp(`^${followUp}$`), status: 429, retryAfter: 1_000 });
      starting.slot.set(await seedCoverage());
      const line = await starting.waitForLog((l) => String(l.msg).startsWith('Discord asked the bot to wait'));
      expect(line).toMatchObject({ level: 40, method: 'POST', waitS: 1_000 });
      expect(line.msg).toBe(
        "Discord asked the bot to wait 17 min before sending, longer than an interaction's 15 minutes: the request was dropped, not held",
      );
      await vi.waitFor(() => expect(starting.ctx.admission.inFlight).toBe(0));
      // Nothing more is sent for it: an apology would wait behind the same limit.
      expect(early.calls.filter((c) => c.method === 'POST' && c.path === followUp).map((c) => c.status)).toEqual([429]);
      expect(starting.logs.filter((l) => l.msg === 'interaction failed')).toEqual([]);
      const next = early.command('when', { question: 'did they meet' });
      expect((await early.callbackTo(next)).body.type).toBe(4);
    });
  });

  it("drops a first response Discord rate-limits past the interaction's 3 s window at once, says so in words, and frees its slot", async () => {
    fake.failNext({ method: 'POST', path: CALLBACK, status: 429, retryAfter: 20 });
    const i = fake.command('when', { question: 'did they meet' });
    const line = await bot.waitForLog((l) => String(l.msg).includes("before an interaction's first response"));
    expect(line).toMatchObject({ level: 40, method: 'POST', waitS: 20 });
    expect(line.msg).toBe(
      "Discord asked the bot to wait 20 s before an interaction's first response, past its 3 s window: the response was dropped, not held",
    );
    // Sat out, the slot was held 20 s for a callback Discord refuses after 3 s.
    await vi.waitFor(() => expect(bot.ctx.admission.inFlight).toBe(0), { timeout: DISCORD_DEFAULTS.admission.expireAfterMs });
    expect(callbacksOf(i).map((c) => c.status)).toEqual([429]);
    expect(bot.logs.filter((l) => l.msg === 'interaction failed')).toEqual([]);
    const next = fake.command('when', { question: 'did they meet' });
    expect((await delivered(next)).body.type).toBe(4);
  });

  it('after a global 429 on a follow-up, answers new questions meanwhile (their first responses are not bound by it) and delivers the follow-up after the wait', async () => {
    await withFollowUpDue(async (early, starting, followUp) => {
      early.failNext({ method: 'POST', path: new RegExp(`^${followUp}$`), status: 429, retryAfter: 10, global: true });
      starting.slot.set(await seedCoverage());
      await early.waitForCall((c) => c.path === followUp && c.status === 429);
      // An interaction's first response is not bound by the global limit (Discord's rate-limit documentation; discord.js
      // sends callbacks through its BurstHandler), so a question asked during the wait is answered at once.
      const next = early.command('who', { question: 'is Peskov' });
      const answered = await early.waitForCall(
        (c) => c.path === `/api/v10/interactions/${next.id}/${next.token}/callback` && c.status === 204,
      );
      const delivered = await early.waitForCall((c) => c.method === 'POST' && c.path === followUp && c.status !== 429);
      expect(early.calls.indexOf(answered)).toBeLessThan(early.calls.indexOf(delivered));
      expect(delivered.body.embeds[0].title).toBe('did they meet');
      await early.waitForCall((c) => c.method === 'DELETE' && c.path.endsWith(`/${followUp.split('/').at(-1)}/messages/@original`));
      expect(starting.logs.filter((l) => l.level >= 50)).toEqual([]);
    });
  });

  it.each([
    ['waits for the Retry-After of a 429', { status: 429, retryAfter: 0.2 }],
    ['retries a 500', { status: 500 }],
  ] as const)('%s on a follow-up and then delivers the answer once', async (_, failure) => {
    await withFollowUpDue(async (early, starting, followUp) => {
      early.failNext({ method: 'POST', path: new RegExp(`^${followUp}$`), ...failure });
      starting.slot.set(await seedCoverage());
      const answer = await early.waitForCall((c) => c.method === 'POST' && c.path === followUp && c.status === 200);
      expect(answer.body.embeds[0].title).toBe('did they meet');
      expect(early.calls.filter((c) => c.method === 'POST' && c.path === followUp).map((c) => c.status)).toEqual([failure.status, 200]);
    });
  });

  it('when Discord keeps answering a follow-up 500, turns the "working on it" only the user sees into the apology and logs it', async () => {
    await withFollowUpDue(async (early, starting, followUp) => {
      // discord.js retries a 500 three times; the fourth failure reaches the handler.
      early.failNext({ method: 'POST', path: new RegExp(`^${followUp}$`), status: 500, times: 4 });
      starting.slot.set(await seedCoverage());
      const edit = await early.waitForCall((c) => c.method === 'PATCH' && c.path === `${followUp}/messages/@original`);
      expect(edit.body).toMatchObject({ content: USER_MESSAGES.apology });
      expect(early.calls.filter((c) => c.method === 'POST' && c.path === followUp).map((c) => c.status)).toEqual([500, 500, 500, 500]);
      expect(starting.logs).toContainEqual(
        expect.objectContaining({ level: 50, msg: 'interaction failed', command: 'when', err: expect.objectContaining({ status: 500 }) }),
      );
    });
  });

  it('retries a 500 and delivers the reply', async () => {
    fake.failNext({ method: 'POST', path: CALLBACK, status: 500 });
    const i = fake.command('who', { question: 'is Peskov' });
    await delivered(i);
    expect(callbacksOf(i).map((c) => c.status)).toEqual([500, 204]);
  });

  it('when Discord keeps failing, logs the error with its context, apologises, and keeps answering', async () => {
    // discord.js retries a 500 three times; the fourth failure reaches the handler.
    fake.failNext({ method: 'POST', path: CALLBACK, status: 500, times: 4 });
    const user = fake.newUser();
    const i = fake.command('when', { question: 'did they meet' }, { from: user });
    const apology = await delivered(i);
    expect(callbacksOf(i).map((c) => c.status)).toEqual([500, 500, 500, 500, 204]);
    expect(apology.body.data).toMatchObject({
      flags: 64,
      content: 'Sorry, something went wrong while answering. Please try again in a moment.',
    });
    expect(bot.logs).toContainEqual(
      expect.objectContaining({
        level: 50,
        msg: 'interaction failed',
        command: 'when',
        user: hashUserId(user.id),
        err: expect.objectContaining({ status: 500 }),
      }),
    );
    const next = fake.command('when', { question: 'did they meet' });
    expect((await delivered(next)).body.type).toBe(4);
  });

  it('never writes the token, an interaction token or a user id to the log', () => {
    const written = JSON.stringify(bot.logs);
    expect(written).not.toContain(fake.token);
    expect(written).not.toContain(fake.asker.id);
    const tokens = fake.calls.map((c) => /\/interactions\/\d+\/([^/]+)\/callback/.exec(c.path)?.[1]).filter(Boolean);
    for (const token of tokens) expect(written).not.toContain(token);
  });
});
