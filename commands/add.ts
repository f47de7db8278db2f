import { ApplicationCommandOptionType, ApplicationCommandType, PermissionFlagsBits } from 'discord.js';
import { AddError, type AddOutcome } from '../src/add/add-article.js';
import type { AnalysedArticle } from '../src/analyse/types.js';
import { REINDEX_FAILED } from '../src/coverage/reindex.js';
import type { Command } from '../src/discord/context.js';
import { EVERYWHERE } from '../src/discord/commands.js';
import { DISCORD_DEFAULTS } from '../src/discord/defaults.js';
import { deferPrivately, finishDeferred, UserError } from '../src/discord/interactions/replies.js';
import { alreadyInCoverage, articleAdded, notAdded, savedNotIndexed, savedWithoutText, USER_MESSAGES } from '../src/user-messages.js';
import { reindexOtherShards } from '../src/discord/gateway/sharding.js';
import { DISCORD_LIMITS, escapeText, textPayload, truncate } from '../src/discord/format/text.js';
import { hashUserId } from '../src/store/records/feedback.js';
import { mayManageCoverage } from './reindex.js';

const quoted = (title: string | null, id: string): string => `“${escapeText(title ?? id)}”`;

/** The reply once the page is saved: what the re-indexed coverage made of it, or why it is not served. */
function addedReply(outcome: Extract<AddOutcome, { status: 'added' }>, article: AnalysedArticle | undefined): string {
  const { title, outlet, published, url } = outcome.meta;
  const outletShown = escapeText(outlet ?? USER_MESSAGES.unknownOutlet);
  const head = `${quoted(title, outcome.id)} — ${outletShown}, ${published ?? USER_MESSAGES.unknownDate}`;
  const link = url ? `\n<${url}>` : '';
  return `${article ? articleAdded(head, article.sentences.length) : savedWithoutText(head, outcome.file)}${link}`;
}

/**
 * `/add url:<link>`: fetches a news page into the corpus folder (as `npm run add` does) and re-indexes,
 * replying only to the user with what was added (title, outlet, date, sentence count) or why not.
 * Owners and members with Manage Server, as for /reindex.
 */
const add: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'add',
    description: 'Add a news article to the coverage by its link (owners and server managers)',
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'url',
        description: 'The article’s address, http:// or https://',
        required: true,
        max_length: DISCORD_DEFAULTS.addUrlMax,
      },
    ],
    ...EVERYWHERE,
  },
  async execute(interaction, ctx) {
    if (!mayManageCoverage(interaction, ctx)) throw new UserError(USER_MESSAGES.addNotAllowed);
    // Fetching and re-indexing outlast the 3 seconds Discord waits for a response.
    await deferPrivately(interaction);
    const link = interaction.options.getString('url', true).trim();
    const meta = { command: 'add', user: hashUserId(interaction.user.id) };
    const reply = (text: string) => finishDeferred(interaction, textPayload(truncate(text, DISCORD_LIMITS.content)));
    let outcome: AddOutcome;
    try {
      outcome = await ctx.addPage(link);
    } catch (err) {
      if (!(err instanceof AddError)) throw err;
      ctx.log.info({ ...meta, reason: err.message }, 'article not added');
      await reply(notAdded(escapeText(err.message)));
      return;
    }
    if (outcome.status === 'duplicate') {
      const existing = ctx.coverage.current()?.byId.get(outcome.of);
      await reply(alreadyInCoverage(quoted(existing?.meta.title ?? null, outcome.of), outcome.same));
      return;
    }
    ctx.log.info({ ...meta, id: outcome.id }, 'article added; re-indexing');
    try {
      await ctx.reindexer.run();
    } catch (err) {
      ctx.log.error({ err, ...meta }, REINDEX_FAILED);
      await reply(savedNotIndexed(quoted(outcome.meta.title, outcome.id), outcome.file));
      return;
    }
    reindexOtherShards(interaction.client, ctx.log);
    await reply(addedReply(outcome, ctx.coverage.current()?.byId.get(outcome.id)));
  },
};

export default add;
