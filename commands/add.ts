import { ApplicationCommandOptionType, ApplicationCommandType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { AddError, addArticle, knownArticles, type AddOutcome, type KnownArticle } from '../src/add/add-article.js';
import type { AnalysedArticle } from '../src/analyse/types.js';
import type { BotContext } from '../src/discord/context.js';
import { EVERYWHERE, type Command } from '../src/discord/commands.js';
import { textPayload, UserError, USER_MESSAGES } from '../src/discord/replies.js';
import { REINDEX_MESSAGE } from '../src/discord/sharding.js';
import { DISCORD_LIMITS, escapeText, truncate } from '../src/discord/text.js';
import { hashUserId } from '../src/store/records/feedback.js';
import { mayManageCoverage } from './reindex.js';

/** Longest link accepted: browsers and servers commonly stop at about 2,000 characters. */
const URL_MAX = 2000;

const quoted = (title: string | null, id: string): string => `“${escapeText(title ?? id)}”`;

/** What the articles already served say, for duplicate checks; the folder itself while the coverage loads. */
async function known(ctx: BotContext): Promise<readonly KnownArticle[]> {
  const coverage = ctx.coverage.current();
  if (!coverage) return knownArticles(ctx.add.corpusDir);
  return coverage.articles.map((a) => ({ id: a.id, url: a.meta.url, text: a.text }));
}

/** The reply once the page is saved: what the re-indexed coverage made of it, or why it is not served. */
function addedReply(outcome: Extract<AddOutcome, { status: 'added' }>, article: AnalysedArticle | undefined): string {
  const { title, outlet, published, url } = outcome.meta;
  const head = `${quoted(title, outcome.id)} — ${escapeText(outlet ?? 'outlet unknown')}, ${published ?? 'date unknown'}`;
  const link = url ? `\n<${url}>` : '';
  if (!article) return `Saved ${head} as \`${outcome.file}\`, but the re-index found no article text in it.${link}`;
  const n = article.sentences.length;
  return `Added ${head}: ${n} sentence${n === 1 ? '' : 's'} indexed.${link}`;
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
        max_length: URL_MAX,
      },
    ],
    ...EVERYWHERE,
  },
  async execute(interaction, ctx) {
    if (!mayManageCoverage(interaction, ctx)) throw new UserError(USER_MESSAGES.addNotAllowed);
    // Fetching and re-indexing outlast the 3 seconds Discord waits for a response.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const link = interaction.options.getString('url', true).trim();
    const meta = { command: 'add', user: hashUserId(interaction.user.id) };
    const reply = (text: string) => interaction.editReply(textPayload(truncate(text, DISCORD_LIMITS.content)));
    let outcome: AddOutcome;
    try {
      outcome = await addArticle(link, ctx.add.corpusDir, await known(ctx), ctx.add.fetch);
    } catch (err) {
      if (!(err instanceof AddError)) throw err;
      ctx.log.info({ ...meta, reason: err.message }, 'article not added');
      await reply(`Not added: ${escapeText(err.message)}`);
      return;
    }
    if (outcome.status === 'duplicate') {
      const existing = ctx.coverage.current()?.byId.get(outcome.of);
      await reply(`Already in the coverage: ${quoted(existing?.meta.title ?? null, outcome.of)} (same ${outcome.same}).`);
      return;
    }
    ctx.log.info({ ...meta, id: outcome.id }, 'article added; re-indexing');
    try {
      await ctx.reindexer.run();
    } catch (err) {
      ctx.log.error({ err, ...meta }, 're-index failed; keeping the previous coverage');
      await reply(`Saved ${quoted(outcome.meta.title, outcome.id)} as \`${outcome.file}\`. ${USER_MESSAGES.reindexFailed}`);
      return;
    }
    // Under the shard manager, the other shard processes rebuild too (each holds its own coverage).
    interaction.client.shard?.send(REINDEX_MESSAGE).catch((err: unknown) => ctx.log.warn({ err }, 'could not ask the other shards to re-index'));
    await reply(addedReply(outcome, ctx.coverage.current()?.byId.get(outcome.id)));
  },
};

export default add;
