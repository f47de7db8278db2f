/**
 * `npm run deploy`: registers the slash commands in commands/ with Discord, in DEV_GUILD_ID when set
 * (instant, for development), else globally (every server and user install; Discord may take up to
 * an hour to show changes).
 */
import { REST } from 'discord.js';
import { readConfig } from '../src/config/read-config.js';
import { COMMANDS_DIR, deployCommands, loadCommands } from '../src/discord/commands.js';
import { errorMessage, OPERATOR_MESSAGES, OperatorError, runEntry, TokenRejectedError } from '../src/entry.js';

async function main(): Promise<number> {
  const config = readConfig();
  const commands = await loadCommands(COMMANDS_DIR);
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  const target = { applicationId: config.applicationId, guildId: config.devGuildId };
  try {
    const registered = await deployCommands(rest, commands.values(), target);
    const where = target.guildId ? `guild ${target.guildId}` : 'globally';
    console.log(`Registered ${registered.length} commands ${where}: ${registered.map((c) => `/${c.name}`).join(' ')}`);
    return 0;
  } catch (err) {
    if ((err as { status?: number }).status === 401) throw new TokenRejectedError();
    throw new OperatorError(OPERATOR_MESSAGES.cannotRegisterCommands(errorMessage(err)));
  }
}

runEntry(main, { readsModels: false });
