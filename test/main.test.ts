import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_MESSAGES } from '../src/user-messages.js';
import { FakeDiscord } from './discord/support/fake-discord.js';
import { startPageServer } from './support/page-server.js';
import { runScript } from './support/run-script.js';
import { SEEDS_DIR } from './support/seed-coverage.js';

/** `npm start` (src/main.ts) as its own process against the fake. */

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.stop();
});

const env = (extra: Record<string, string> = {}) => ({
  ...fake.env(),
  CORPUS_DIR: SEEDS_DIR,
  STORE_URL: 'memory://',
  LOG_LEVEL: 'info',
  ...extra,
});

// None of these gets as far as the gateway, so they can run side by side.
describe.concurrent('start-up failures', () => {
  it('exits with one clear line when Discord rejects the token with a 401', async () => {
    const run = runScript('src/main.ts', env({ DISCORD_TOKEN: 'MTIz.not-the-token.abc' }));
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('Discord rejected DISCORD_TOKEN (401 Unauthorized): set a valid bot token (see .env.example).\n');
    expect(run.stdout() + run.stderr()).not.toContain('MTIz.not-the-token.abc');
  });

  it('exits with one line naming a missing key', async () => {
    const { DISCORD_TOKEN: _, ...withoutToken } = env();
    const run = runScript('src/main.ts', withoutToken);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('Configuration error: DISCORD_TOKEN is missing (see .env.example)\n');
  });

  it('exits with one line naming a malformed key', async () => {
    const run = runScript('src/main.ts', env({ SHARDS: 'many' }));
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('Configuration error: SHARDS must be "auto" or a positive whole number (see .env.example)\n');
  });
});

describe('Discord rate-limiting the start', () => {
  it('exits with one line saying how long Discord asks the bot to wait, when the limit outlasts an interaction', async () => {
    fake.failNext({ method: 'GET', path: /\/gateway\/bot$/, status: 429, retryAfter: 1_000 });
    const run = runScript('src/main.ts', env());
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe(
      'error: Could not connect to Discord: Discord asks the bot to wait 17 min before GET /gateway/bot (a rate limit): start it again after that\n',
    );
  });
});

describe('a running bot', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('answers questions, then shuts down cleanly on %s with exit code 0', async (signal) => {
    const run = runScript('src/main.ts', env({ LOG_LEVEL: 'trace' }));
    await run.waitForOutput('"msg":"connected to Discord"');
    await run.waitForOutput('"msg":"coverage loaded"');
    const i = fake.command('when', { question: 'did they meet' });
    const reply = await fake.waitForCall((c) => c.path === `/api/v10/interactions/${i.id}/${i.token}/callback` && c.status === 204);
    expect(reply.body.data.embeds[0].title).toBe('did they meet');
    run.child.kill(signal);
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('"msg":"shutting down"');
    // Trace level logs every discord.js debug line; none may hold the token.
    expect(run.stdout() + run.stderr()).not.toContain(fake.token);
  });
});

describe('a shutdown while an /add fetches', () => {
  it('ends the fetch of a page that never finishes sending: exit 0, its owner told only to run it again, nothing added', async () => {
    const pages = await startPageServer();
    const corpus = await mkdtemp(join(tmpdir(), 'coverage-bot-add-stop-'));
    try {
      await cp(SEEDS_DIR, corpus, { recursive: true });
      let requested = false;
      pages.route('/endless', (_req, res) => {
        requested = true;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).write('<html><body><p>Talks resumed on Monday');
        const more = setInterval(() => res.write(' and went on'), 100);
        res.on('close', () => clearInterval(more));
      });
      const owner = fake.newUser('owner');
      const run = runScript('src/main.ts', env({ CORPUS_DIR: corpus, OWNER_IDS: owner.id, ALLOW_PRIVATE_FETCH: '1' }));
      await run.waitForOutput('"msg":"coverage loaded"');
      const i = fake.command('add', { url: pages.url('/endless') }, { from: owner });
      await fake.callbackTo(i);
      while (!requested) await new Promise((resolve) => setTimeout(resolve, 20));
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      // Before the change the process stayed until the fetch's 30 s deadline, whose failure then replaced the notice.
      const edits = fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith(`/${i.token}/messages/@original`));
      expect(edits.map((c) => c.body.content)).toEqual([USER_MESSAGES.restartingUnfinished]);
      expect(await readdir(corpus)).toEqual(await readdir(SEEDS_DIR));
    } finally {
      await pages.stop();
      await rm(corpus, { recursive: true, force: true });
    }
  });
});

describe('a gateway closed for good', () => {
  it.each([4004, 4014])('with close code %i ends the process with code 1 and one line saying why', async (code) => {
    const run = runScript('src/main.ts', env({ STORE_URL: 'memory://' }));
    await run.waitForOutput('"msg":"connected to Discord"');
    fake.closeGateway(code);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(new RegExp(`^Discord closed the gateway for good: [^\\n]*\\(${code}\\)[^\\n]*\\n$`));
  });
});
