import type { Interaction } from 'discord.js';
import type { BotContext } from './bot-context.js';
import type { Command } from './command.js';
import { handleButton } from './handle-button.js';
import { interactionName, respondWithError } from './respond-with-error.js';
import { UserError } from './user-error.js';
import { USER_MESSAGES } from './user-messages.js';

/** Runs the command or button an interaction is for. Never throws: failures become a reply and a log line. */
export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
  ctx: BotContext,
): Promise<void> {
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  const started = performance.now();
  try {
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) throw new UserError(USER_MESSAGES.unknownCommand);
      await command.execute(interaction, ctx);
    } else {
      await handleButton(interaction, ctx);
    }
    ctx.log.debug(
      { command: interactionName(interaction), user: interaction.user.id, ms: Math.round(performance.now() - started) },
      'interaction answered',
    );
  } catch (err) {
    await respondWithError(interaction, err, ctx);
  }
}
