import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_DEFAULTS } from '../../../src/discord/defaults.js';
import { seedCoverage } from '../../support/seed-coverage.js';
import { FakeDiscord, type RecordedCall } from '../support/fake-discord.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

/** Discord's window for an interaction's first response (discord.com/developers/docs/interactions/receiving-and-responding). */
const DISCORD_WINDOW_MS = 3_000;

let fake: FakeDiscord;
let bot: TestBot;
// Discord's window kept on both sides, as in production: the fake refuses a late first response, and the bot drops an
// interaction past its own bound (admission.expireAfterMs) before it is started.
beforeAll(async () => {
  fake = await FakeDiscord.start({ interactionWindowMs: DISCORD_WINDOW_MS });
  bot = await startTestBot(fake, { coverage: await seedCoverage(), settings: { admission: DISCORD_DEFAULTS.admission } });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

const isReplyTo = (messageId: string) => (c: RecordedCall) =>
  c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path) && c.body?.message_reference?.message_id === messageId;
const replyTo = (messageId: string): Promise<RecordedCall> => fake.waitForCall(isReplyTo(messageId));
const repliesTo = (messageId: string): RecordedCall[] => fake.calls.filter(isReplyTo(messageId));
const mention = (question: string) => fake.post(`<@${fake.bot.id}> ${question}`, { mentions: [fake.bot], from: fake.newUser() });

/** Runs `during` while the gateway is down (the connection dropped, every reconnection refused), then lets it resume. */
async function outage(during: () => Promise<void> | void): Promise<void> {
  const from = fake.gatewayOps.length;
  fake.dropGateway(Infinity);
  await during();
  fake.restoreGateway();
  expect(await fake.waitForGatewayOp(6, from)).toMatchObject({ d: { session_id: expect.any(String), seq: expect.any(Number) } });
}

describe('questions sent while the gateway is down, replayed when the session resumes', () => {
  it('answers a DM and a mention sent during the outage once each, after it resumes', async () => {
    const sentBefore = fake.sentCount('MESSAGE_CREATE');
    const asker = fake.newUser();
    let dm = '';
    let inServer = '';
    await outage(() => {
      dm = fake.post('when did they meet?', { dm: true, from: asker });
      inServer = mention('who is the Kremlin spokesman?');
    });
    expect((await replyTo(dm)).body.embeds[0].description).toContain('August 15');
    expect((await replyTo(inServer)).body.embeds[0].description).toContain('Peskov');
    // The asker's next DM is answered after the one before (a user's DMs are answered in the order sent), so a second
    // delivery of the replayed one would have been answered by then; it follows that question up.
    const next = await replyTo(fake.post('and where?', { dm: true, from: asker }));
    expect(next.body.embeds[0].description).toMatch(/Alaska|Anchorage/);
    expect(repliesTo(dm)).toHaveLength(1);
    expect(repliesTo(inServer)).toHaveLength(1);
    // Each message reached the bot once: the two at the replay, the last over the resumed connection.
    expect(fake.sentCount('MESSAGE_CREATE') - sentBefore).toBe(3);
  });

  it('does not answer slash commands whose 3 s window passed while the gateway was down, however long before they were sent, logs it, and answers the next question', async () => {
    const logsFrom = bot.logs.length;
    const late: { id: string; token: string }[] = [];
    await outage(async () => {
      // Sent longer before the resume than the bot's allowance for a host clock that disagrees with Discord's: replayed, it
      // is as old as its id says (answered as new, its answer was built and sent, and Discord refused it).
      late.push(fake.command('when', { question: 'did they meet' }));
      await delay(DISCORD_DEFAULTS.clockSkewMs);
      late.push(fake.command('who', { question: 'is Peskov' }));
      // The user's window for a first response runs out while the bot cannot hear of the command.
      await delay(DISCORD_WINDOW_MS);
    });
    // Dropped before they are started: past the bot's own bound when they arrive (admission.expireAfterMs), as Discord
    // refuses a late response.
    await bot.waitForLog((l) => l.msg.startsWith('interaction dropped: past its time to answer when it arrived'));
    const after = await replyTo(mention('when did they meet?'));
    expect(after.body.embeds[0].description).toContain('August 15');
    // Nothing was sent for them, not even a reply Discord would refuse.
    for (const i of late)
      expect(fake.calls.filter((c) => c.path.includes(i.token) || c.path.includes(`/interactions/${i.id}/`))).toEqual([]);
    expect(bot.logs.slice(logsFrom).filter((l) => l.level >= 50 && l.msg !== 'gateway connection error')).toEqual([]);
  });
});
