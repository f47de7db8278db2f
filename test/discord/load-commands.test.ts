import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASK_COMMANDS } from '../../src/answer/types.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import { COMMANDS_DIR } from './support/test-bot.js';

describe('loadCommands', () => {
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
    const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-commands-'));
    await writeFile(
      path.join(dir, 'Bad.mjs'),
      "export default { data: { name: 'When Did', description: 'Ask when' }, execute: async () => {} };\n",
    );
    await expect(loadCommands(dir)).rejects.toThrow(/Invalid command in Bad\.mjs: data\.name must be 1–32 lower-case/);
  });

  it('refuses a button prefix the answer buttons use, or one another command has', async () => {
    const command = (name: string, prefix: string) =>
      `export default { data: { name: '${name}', description: 'Pages' }, execute: async () => {}, button: { prefix: '${prefix}', handle: async () => {} } };\n`;
    const clash = await mkdtemp(path.join(tmpdir(), 'coverage-bot-commands-'));
    await writeFile(path.join(clash, 'pages.mjs'), command('pages', 'm1'));
    await expect(loadCommands(clash)).rejects.toThrow('Invalid command in pages.mjs: button.prefix is used by the answer buttons');
    const twice = await mkdtemp(path.join(tmpdir(), 'coverage-bot-commands-'));
    await writeFile(path.join(twice, 'a.mjs'), command('pages', 'pg1'));
    await writeFile(path.join(twice, 'b.mjs'), command('more-pages', 'pg1'));
    await expect(loadCommands(twice)).rejects.toThrow('Duplicate button prefix "pg1" in b.mjs');
  });

  it('refuses an autocomplete option without an autocomplete handler', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-commands-'));
    await writeFile(
      path.join(dir, 'quotes.mjs'),
      "export default { data: { name: 'quotes', description: 'Quotes', options: [{ type: 3, name: 'person', description: 'Who', autocomplete: true }] }, execute: async () => {} };\n",
    );
    await expect(loadCommands(dir)).rejects.toThrow('Invalid command in quotes.mjs: autocomplete is missing: an option has autocomplete: true');
  });

  it('refuses two commands with the same name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-commands-'));
    const body = "export default { data: { name: 'when', description: 'Ask when' }, execute: async () => {} };\n";
    await writeFile(path.join(dir, 'a.mjs'), body);
    await writeFile(path.join(dir, 'b.mjs'), body);
    await expect(loadCommands(dir)).rejects.toThrow('Duplicate command name "when" in b.mjs');
  });
});
