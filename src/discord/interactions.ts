import type { AutocompleteInteraction, ButtonInteraction, Interaction } from 'discord.js';
import { hashUserId } from '../store/records/feedback.js';
import type { BotContext } from './context.js';
import { SEP } from './answer-buttons.js';
import { handleButton } from './answer-buttons.js';
import { interactionName, respondWithError } from './replies.js';
import { UserError } from './replies.js';
import { USER_MESSAGES } from './replies.js';

/** A click on a command's own button goes to that command; the rest are the answer and /sources buttons. */
function routeButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const prefix = interaction.customId.split(SEP)[0];
  const owner = [...ctx.commands.values()].find((c) => c.button?.prefix === prefix);
  return owner?.button ? owner.button.handle(interaction, ctx) : handleButton(interaction, ctx);
}

/**
 * Suggestions while the user types an option. Discord shows no message for an autocomplete, so a
 * failure is logged and answered with no suggestions.
 */
async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  try {
    const command = ctx.commands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
  } catch (err) {
    ctx.log.error({ err, command: interaction.commandName, user: hashUserId(interaction.user.id) }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

/** Runs the command, autocomplete or button an interaction is for. Never throws: failures become a reply and a log line. */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, ctx);
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  const started = performance.now();
  try {
    if (interaction.isChatInputCommand()) {
      const command = ctx.commands.get(interaction.commandName);
      if (!command) throw new UserError(USER_MESSAGES.unknownCommand);
      await command.execute(interaction, ctx);
    } else {
      await routeButton(interaction, ctx);
    }
    ctx.log.debug(
      { command: interactionName(interaction), user: hashUserId(interaction.user.id), ms: Math.round(performance.now() - started) },
      'interaction answered',
    );
  } catch (err) {
    await respondWithError(interaction, err, ctx);
  }
}
