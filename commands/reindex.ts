import { ApplicationCommandType, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { REINDEX_FAILED } from '../src/coverage/reindex.js';
import type { BotContext, Command } from '../src/discord/context.js';
import { EVERYWHERE } from '../src/discord/commands.js';
import { DISCORD_LIMITS, textPayload, truncate } from '../src/discord/format/text.js';
import { formatReindexReport } from '../src/present/reindex.js';
import { deferPrivately, finishDeferred, UserError } from '../src/discord/interactions/replies.js';
import { USER_MESSAGES } from '../src/user-messages.js';
import { reindexOtherShards } from '../src/discord/gateway/sharding.js';
import { hashUserId } from '../src/store/records/feedback.js';

/**
 * OWNER_IDS anywhere; in a server, members with Manage Server. Discord shows the command only to those
 * by default, but a server can change who sees it, so the check is repeated here.
 */
export function mayManageCoverage(interaction: ChatInputCommandInteraction, ctx: BotContext): boolean {
  return ctx.ownerIds.has(interaction.user.id) || interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;
}

/**
 * `/reindex`: reads the corpus folder again and swaps in the new index without a restart; questions
 * asked meanwhile are answered from the old one. Replies, only to the user, with what changed.
 */
const reindex: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'reindex',
    description: 'Re-read the corpus folder and rebuild the index (owners and server managers)',
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    ...EVERYWHERE,
  },
  async execute(interaction, ctx) {
    if (!mayManageCoverage(interaction, ctx)) throw new UserError(USER_MESSAGES.reindexNotAllowed);
    // A rebuild can outlast the 3 seconds Discord waits for a response.
    await deferPrivately(interaction);
    const meta = { command: 'reindex', user: hashUserId(interaction.user.id) };
    ctx.log.info(meta, 're-index requested');
    let report;
    try {
      report = await ctx.reindexer.run();
    } catch (err) {
      ctx.log.error({ err, ...meta }, REINDEX_FAILED);
      throw new UserError(USER_MESSAGES.reindexFailed);
    }
    reindexOtherShards(interaction.client, ctx.log);
    // Long file names could take the id lists past a message's length.
    const summary = truncate(formatReindexReport(report, ctx.settings.reindexIdsShown), DISCORD_LIMITS.content);
    await finishDeferred(interaction, textPayload(summary));
  },
};

export default reindex;
