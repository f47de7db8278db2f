import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import { FakeDiscord } from './support/fake-discord.js';
import { runScript } from './support/run-script.js';
import { COMMANDS_DIR } from './support/test-bot.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.stop();
});

const env = (extra: Record<string, string> = {}) => ({
  ...fake.env(),
  ...extra,
});

describe('deployCommands', () => {
  it('registers every command in one bulk overwrite in the development guild', async () => {
    const commands = await loadCommands(COMMANDS_DIR);
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const from = fake.calls.length;
    const registered = await deployCommands(rest, commands.values(), { applicationId: fake.applicationId, guildId: fake.guildId });
    const call = await fake.waitForCall((c) => c.method === 'PUT', from);
    expect(call.path).toBe(`/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(call.body).toEqual([...commands.values()].map((c) => c.data));
    expect(registered.map((c) => c.name)).toEqual([...commands.keys()]);
  });

  it('registers globally when no guild is given', async () => {
    const commands = await loadCommands(COMMANDS_DIR);
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const from = fake.calls.length;
    await deployCommands(rest, commands.values(), { applicationId: fake.applicationId, guildId: null });
    const call = await fake.waitForCall((c) => c.method === 'PUT', from);
    expect(call.path).toBe(`/api/v10/applications/${fake.applicationId}/commands`);
    expect(call.body).toHaveLength(commands.size);
  });
});

// Each run is its own process and waits for its own route, so they can run side by side.
describe.concurrent('npm run deploy (scripts/deploy.ts)', () => {
  it('registers the commands in DEV_GUILD_ID when it is set', async () => {
    const from = fake.calls.length;
    const run = runScript('scripts/deploy.ts', env({ DEV_GUILD_ID: fake.guildId }));
    expect(await run.exited).toBe(0);
    const guildRoute = `/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`;
    const call = await fake.waitForCall((c) => c.method === 'PUT' && c.path === guildRoute, from);
    const names = [...(await loadCommands(COMMANDS_DIR)).keys()];
    expect(call.body.map((c: { name: string }) => c.name)).toEqual(names);
    expect(run.stdout()).toContain(`Registered ${names.length} commands guild ${fake.guildId}`);
  });

  it('registers the commands globally without DEV_GUILD_ID', async () => {
    const from = fake.calls.length;
    const run = runScript('scripts/deploy.ts', env());
    expect(await run.exited).toBe(0);
    const globalRoute = `/api/v10/applications/${fake.applicationId}/commands`;
    const call = await fake.waitForCall((c) => c.method === 'PUT' && c.path === globalRoute, from);
    const count = (await loadCommands(COMMANDS_DIR)).size;
    expect(call.body).toHaveLength(count);
    expect(run.stdout()).toContain(`Registered ${count} commands globally`);
  });

  it('fails with one line when Discord rejects the token', async () => {
    const run = runScript('scripts/deploy.ts', env({ DISCORD_TOKEN: 'not-the-token' }));
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      'Discord rejected DISCORD_TOKEN (401 Unauthorized): set a valid bot token (see .env.example).',
    ]);
  });

  it('fails with one line naming a missing key', async () => {
    const run = runScript('scripts/deploy.ts', { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toBe('Configuration error: DISCORD_APPLICATION_ID is missing (see .env.example)');
  });
});
