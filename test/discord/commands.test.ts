import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, afterAll, afterEach, beforeAll } from 'vitest';
import { REST } from 'discord.js';
import { ASK_COMMANDS } from '../../src/answer/types.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { COMMANDS_DIR, loadCommands, deployCommands } from '../../src/discord/commands.js';
import { FakeDiscord } from './support/fake-discord.js';
import { runScript } from '../support/run-script.js';

describe('loadCommands', () => {
  // The folders of written command files, removed after each test so no run leaves them in the system's temp folder.
  const folders: string[] = [];
  const commandFolder = async (): Promise<string> => {
    const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-commands-'));
    folders.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('loads one command per file in commands/, the seven question commands, /sources and /help among them', async () => {
    const files = (await readdir(COMMANDS_DIR)).filter((f) => f.endsWith('.ts'));
    const commands = await loadCommands(COMMANDS_DIR);
    expect(commands.size).toBe(files.length);
    expect([...commands.keys()]).toEqual(expect.arrayContaining([...ASK_COMMANDS, 'help', 'sources']));
  });

  it('gives each question command a required question option capped at the core question length', async () => {
    const commands = await loadCommands(COMMANDS_DIR);
    for (const name of ASK_COMMANDS) {
      expect(commands.get(name)!.data.options).toEqual([
        expect.objectContaining({ name: 'question', type: 3, required: true, max_length: ANSWER_DEFAULTS.maxQuestionChars }),
      ]);
    }
  });

  it('makes every command usable in servers, DMs and group DMs, installed to a server or a user', async () => {
    for (const command of (await loadCommands(COMMANDS_DIR)).values()) {
      expect(command.data.integration_types).toEqual([0, 1]);
      expect(command.data.contexts).toEqual([0, 1, 2]);
    }
  });

  it('refuses a command file Discord would reject, naming the file', async () => {
    const dir = await commandFolder();
    await writeFile(
      path.join(dir, 'Bad.mjs'),
      "export default { data: { name: 'When Did', description: 'Ask when' }, execute: async () => {} };\n",
    );
    await expect(loadCommands(dir)).rejects.toThrow(/Invalid command in Bad\.mjs: data\.name must be 1–32 lower-case/);
  });

  it('refuses a button prefix the answer buttons use, or one another command has', async () => {
    const command = (name: string, prefix: string) =>
      `export default { data: { name: '${name}', description: 'Pages' }, execute: async () => {}, button: { prefix: '${prefix}', handle: async () => {} } };\n`;
    const clash = await commandFolder();
    await writeFile(path.join(clash, 'pages.mjs'), command('pages', 'm1'));
    await expect(loadCommands(clash)).rejects.toThrow('Invalid command in pages.mjs: button.prefix is used by the answer buttons');
    const twice = await commandFolder();
    await writeFile(path.join(twice, 'a.mjs'), command('pages', 'pg1'));
    await writeFile(path.join(twice, 'b.mjs'), command('more-pages', 'pg1'));
    await expect(loadCommands(twice)).rejects.toThrow('Duplicate button prefix "pg1" in b.mjs');
  });

  it('refuses an autocomplete option without an autocomplete handler', async () => {
    const dir = await commandFolder();
    await writeFile(
      path.join(dir, 'quotes.mjs'),
      "export default { data: { name: 'quotes', description: 'Quotes', options: [{ type: 3, name: 'person', description: 'Who', autocomplete: true }] }, execute: async () => {} };\n",
    );
    await expect(loadCommands(dir)).rejects.toThrow(
      'Invalid command in quotes.mjs: autocomplete is missing: an option has autocomplete: true',
    );
  });

  it('refuses two commands with the same name', async () => {
    const dir = await commandFolder();
    const body = "export default { data: { name: 'when', description: 'Ask when' }, execute: async () => {} };\n";
    await writeFile(path.join(dir, 'a.mjs'), body);
    await writeFile(path.join(dir, 'b.mjs'), body);
    await expect(loadCommands(dir)).rejects.toThrow('Duplicate command name "when" in b.mjs');
  });
});

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
