import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashUserId } from '../src/store/records/feedback.js';
import { FakeDiscord, shardOf, type RecordedCall } from './discord/support/fake-discord.js';
import { runScript } from './support/run-script.js';
import { SEEDS_DIR } from './support/seed-coverage.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';

/** `npm start` (src/shard-manager.ts) as its own process against the fake, which recommends two shards. */

let fake: FakeDiscord;
let redis: RedisServer;
beforeAll(async () => {
  // max_concurrency 16: both shards may identify at once, so the manager starts them without the 5 s gap.
  fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16 });
  redis = await startRedisServer();
});
afterAll(async () => {
  await fake.stop();
  await redis.dispose();
});

const env = (extra: Record<string, string> = {}) => ({
  ...fake.env(),
  CORPUS_DIR: SEEDS_DIR,
  STORE_URL: redis.url,
  LOG_LEVEL: 'debug',
  ...extra,
});

/** A line logged by shard `shard`'s process (its logger carries the shard id). */
const shardLine = (shard: number, msg: string) => new RegExp(`"shard":${shard},.*"msg":"${msg}"`);

describe('npm start', () => {
  it('exits with one clear line when Discord rejects the token, before starting any shard', async () => {
    const run = runScript('src/shard-manager.ts', env({ DISCORD_TOKEN: 'MTIz.not-the-token.abc' }));
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('Discord rejected DISCORD_TOKEN (401 Unauthorized): set a valid bot token (see .env.example).\n');
  });

  it('with SHARDS=1, runs the bot in its own process', async () => {
    const run = runScript('src/shard-manager.ts', env({ SHARDS: '1', STORE_URL: 'memory://' }));
    await run.waitForOutput('"msg":"coverage loaded"');
    await run.waitForOutput('"msg":"connected to Discord"');
    const reply = await fake.callbackTo(fake.command('when', { question: 'did they meet' }, { dm: true, from: fake.newUser() }));
    expect(reply.body.data.embeds[0].title).toBe('did they meet');
    expect(run.stdout()).not.toContain('"msg":"starting shard"');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('with SHARDS=auto, runs the two shards Discord recommends as two processes sharing rate limits, answers and re-indexing through Redis', async () => {
    const owner = fake.newUser('owner');
    const run = runScript('src/shard-manager.ts', env({ SHARDS: 'auto', OWNER_IDS: owner.id }));
    try {
      for (const shard of [0, 1]) {
        await run.waitForOutput(shardLine(shard, 'connected to Discord'));
        await run.waitForOutput(shardLine(shard, 'coverage loaded'));
      }
      const identified = fake.gatewayOps.filter((op) => op.op === 2).map((op) => op.d.shard);
      expect(identified).toEqual(
        expect.arrayContaining([
          [0, 2],
          [1, 2],
        ]),
      );
      // DMs reach shard 0, the server's interactions shard 1.
      expect([shardOf(undefined, 2), shardOf(fake.guildId, 2)]).toEqual([0, 1]);

      // One user's questions, alternately in a DM and in the server: five answers, then the shared limit.
      const user = fake.newUser();
      const replies: RecordedCall[] = [];
      for (let i = 0; i < 6; i += 1) {
        replies.push(await fake.callbackTo(fake.command('ask', { question: 'who is Peskov?' }, { dm: i % 2 === 0, from: user })));
      }
      for (const reply of replies.slice(0, 5)) expect(reply.body.data.embeds[0].title).toBe('who is Peskov?');
      expect(replies[5]!.body.data).toMatchObject({ flags: 64, content: expect.stringMatching(/^You are asking quickly\./) });
      // Each shard logs the questions it answered (after replying): three in the DM, two in the server.
      const answered = (shard: number) => new RegExp(`"shard":${shard},.*"user":"${hashUserId(user.id)}".*"msg":"interaction answered"`);
      await run.waitForOutput(answered(0), 3);
      await run.waitForOutput(answered(1), 2);
      expect(
        run
          .stdout()
          .split('\n')
          .filter((l) => answered(1).test(l)),
      ).toHaveLength(2);
      // Both of shard 1's answers, the first included, were shard 0's, through the answer cache in Redis.
      expect(
        run
          .stdout()
          .split('\n')
          .filter((l) => shardLine(1, 'answer from the cache').test(l)),
      ).toHaveLength(2);

      // /reindex on one shard re-indexes the other too.
      const reindex = fake.command('reindex', {}, { from: owner });
      const summary = await fake.waitForCall(
        (c) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${fake.applicationId}/${reindex.token}/messages/@original`,
      );
      expect(summary.body.content).toMatch(/^Re-indexed 5 articles in \d+\.\d s \(all from the analysis cache\): nothing changed\.$/);
      await run.waitForOutput(shardLine(0, 'coverage reindexed'));
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('"msg":"shutting down"');
    expect(run.stdout() + run.stderr()).not.toContain(fake.token);
    expect(run.stdout()).not.toContain(owner.id);
  });

  it('exits non-zero, stopping the other shard, when the gateway of a shard is closed for good (4004)', async () => {
    const run = runScript('src/shard-manager.ts', env({ SHARDS: 'auto' }));
    for (const shard of [0, 1]) await run.waitForOutput(shardLine(shard, 'connected to Discord'));
    fake.closeGateway(4004);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('Discord closed the gateway for good: authentication failed (4004)');
  });
});
