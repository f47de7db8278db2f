import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { hashUserId } from '../store/hash-user-id.js';
import type { BotContext } from './bot-context.js';
import { SEP } from './custom-id.js';
import { NO_MENTIONS } from './reply-payload.js';
import { UserError } from './user-error.js';
import { USER_MESSAGES } from './user-messages.js';

/** What the logs say the interaction was: `when`, `button:m1` (the custom id prefix), … */
export function interactionName(interaction: RepliableInteraction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isButton()) return `button:${interaction.customId.split(SEP)[0]}`;
  return `interaction:${interaction.type}`;
}

/**
 * Answers an interaction whose handler threw. A UserError is shown as is; anything else is logged
 * with its context and answered with a short apology. Never throws: the interaction may have expired
 * or Discord may be down, and that is logged too.
 */
export async function respondWithError(interaction: RepliableInteraction, err: unknown, ctx: BotContext): Promise<void> {
  const meta = {
    command: interactionName(interaction),
    user: hashUserId(interaction.user.id),
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
  const content = err instanceof UserError ? err.message : USER_MESSAGES.apology;
  if (!(err instanceof UserError)) ctx.log.error({ err, ...meta }, 'interaction failed');
  try {
    // A deferred reply (not a deferred update of a clicked message, which must keep its answer) is
    // edited; it keeps the visibility it was deferred with.
    const deferredReply = interaction.deferred && (!interaction.isButton() || interaction.ephemeral === true);
    if (deferredReply && !interaction.replied) {
      await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
    } else if (interaction.deferred || interaction.replied) {
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else {
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  } catch (sendErr) {
    ctx.log.warn({ err: sendErr, ...meta }, 'could not tell the user about a failed interaction');
  }
}
