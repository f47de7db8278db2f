import { DISCORD_LIMITS, escapeText, fitEmbed, NO_MENTIONS, truncate, type ReplyPayload } from './text.js';
import { formatCitation, articleLink } from './answer.js';
import { DISCORD_HELP, plural, USER_MESSAGES } from '../../user-messages.js';
import { pageButtons, pageOf, textPageButtons } from './paging.js';
import { quotesNotice } from '../../present/quotes.js';
import type { Quote, QuoteSelection } from '../../quotes/types.js';
import { speakersTyped } from '../../quotes/select-quotes.js';
import { type ArticleRef, ASK_COMMANDS } from '../../answer/types.js';
import { timelineNotice } from '../../present/timeline.js';
import type { Timeline } from '../../timeline/types.js';
import type { Source } from '../../present/sources.js';
import { encodeButton } from './buttons.js';
import type { DiscordSettings } from '../defaults.js';
import type { Command } from '../context.js';

/** An empty /quotes or /timeline: the notice alone, with what to try instead. */
function noticePayload(notice: string): ReplyPayload {
  return { embeds: [fitEmbed({ description: escapeText(notice) })], components: [], allowedMentions: NO_MENTIONS };
}

/** Custom-id prefix of the /quotes page buttons. */
export const QUOTES_BUTTON_PREFIX = 'qt1';

/**
 * /quotes' autocomplete while a name is typed: the speakers it matches (speakersTyped), each named with their count, as
 * many and as long as Discord takes (a longer name is none it could send back as the option's value).
 */
export function speakerChoices(quotes: readonly Quote[], typed: string): { name: string; value: string }[] {
  return speakersTyped(quotes, typed)
    .filter(({ speaker }) => speaker.length <= DISCORD_LIMITS.choiceText)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map(({ speaker, count }) => ({ name: `${speaker} (${count})`.slice(0, DISCORD_LIMITS.choiceText), value: speaker }));
}

/**
 * One page of /quotes as a Discord message: a person's quotes, each cited (direct speech in
 * quotation marks), or without a person the speakers with their counts; Previous / Next buttons
 * carry the person and the page. A name matching no one says so and names the closest speakers.
 */
export function formatQuotesPage(selection: QuoteSelection, page: number, settings: DiscordSettings): ReplyPayload {
  const notice = quotesNotice(selection);
  if (notice !== null) return noticePayload(notice);

  const byPerson = selection.person !== null;
  const items = byPerson
    ? selection.quotes.map((q) => quoteItem(q, settings))
    : selection.speakers.map((s) => `**${escapeText(s.speaker)}** — ${plural(s.count, 'quote')}`);
  const perPage = byPerson ? settings.quotesPerPage : settings.speakersPerPage;
  const { page: p, pages, shown } = pageOf(items, page, perPage);
  const count = byPerson ? plural(selection.quotes.length, 'quote') : plural(selection.speakers.length, 'speaker');
  const embed = fitEmbed({
    title: byPerson ? `Quotes: ${selection.speakers.map((s) => s.speaker).join(', ')}` : 'Who is quoted in the coverage',
    description: shown.join(byPerson ? '\n\n' : '\n'),
    footer: { text: `Page ${p + 1} of ${pages} · ${count}${byPerson ? '' : ' · /quotes <name> for what one said'}` },
  });
  return { embeds: [embed], components: textPageButtons(QUOTES_BUTTON_PREFIX, p, pages, selection.person), allowedMentions: NO_MENTIONS };
}

function quoteItem(q: Quote, settings: DiscordSettings): string {
  const text = escapeText(truncate(q.text.replace(/\s+/g, ' '), settings.quoteTextMax));
  return `${q.kind === 'direct' ? `“${text}”` : text}\n— **${escapeText(q.speaker)}** · ${formatCitation(q.article, settings)}`;
}

/** Custom-id prefix of the timeline's page buttons. */
export const TIMELINE_BUTTON_PREFIX = 'tl1';

/**
 * One page of a timeline as a Discord message: the dated entries oldest first, then the undated
 * ones, each sentence quoted with every citation, and Previous / Next buttons whose custom id
 * carries the topic and the page. An empty timeline says so and suggests topics.
 */
export function formatTimelinePage(timeline: Timeline, page: number, settings: DiscordSettings): ReplyPayload {
  const notice = timelineNotice(timeline);
  if (notice !== null) return noticePayload(notice);

  const items = [
    ...timeline.entries.map((e) => item(`**${e.date}**`, e.text, e.articles, settings)),
    ...timeline.undated.map((u) => item(`**undated** (${escapeText(u.expressions.join(', '))})`, u.text, u.articles, settings)),
  ];
  const { page: p, pages, shown } = pageOf(items, page, settings.timelineEntriesPerPage);
  const undated = timeline.undated.length > 0 ? `, then ${timeline.undated.length} undated` : '';
  const embed = fitEmbed({
    title: timeline.topic === null ? 'Timeline of the coverage' : `Timeline: ${escapeText(timeline.topic)}`,
    description: shown.join('\n\n'),
    footer: { text: `Page ${p + 1} of ${pages} · ${plural(timeline.entries.length, 'dated event')}, oldest first${undated}` },
  });
  return { embeds: [embed], components: textPageButtons(TIMELINE_BUTTON_PREFIX, p, pages, timeline.topic), allowedMentions: NO_MENTIONS };
}

function item(when: string, text: string, articles: readonly ArticleRef[], settings: DiscordSettings): string {
  const sentence = escapeText(truncate(text.replace(/\s+/g, ' '), settings.timelineEntryTextMax));
  return `${when} — ${sentence}\n${articles.map((a) => `— ${formatCitation(a, settings)}`).join('\n')}`;
}

function sourceLine(entry: Source, n: number, settings: DiscordSettings): string {
  const { article } = entry;
  const details = [
    article.outlet ? escapeText(article.outlet) : USER_MESSAGES.unknownOutlet,
    article.published ? escapeText(article.published) : USER_MESSAGES.unknownDate,
    plural(entry.sentences, 'sentence'),
  ];
  return `**${n}.** ${articleLink(article, settings)}\n${details.join(' · ')}`;
}

/** One page of the articles in the coverage, with Previous / Next buttons when there is more than one page. */
export function formatSources(sources: Source[], page: number, settings: DiscordSettings): ReplyPayload {
  const perPage = settings.sourcesPerPage;
  const { page: p, pages, shown } = pageOf(sources, page, perPage);
  const embed = fitEmbed({
    title: `Sources: ${plural(sources.length, 'article')} in the coverage`,
    description:
      shown.length > 0 ? shown.map((s, i) => sourceLine(s, p * perPage + i + 1, settings)).join('\n\n') : USER_MESSAGES.emptyCoverage,
    footer: {
      text: `Page ${p + 1} of ${pages} · answers are quoted only from these articles`,
    },
  });
  // A page number always fits a custom id.
  const components = pageButtons(p, pages, (to) => encodeButton({ kind: 'sources', page: to })!);
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

/**
 * What the bot does and how to ask, for /help and for a mention or DM with no question. The commands
 * other than the question commands are listed from what is loaded, so help never goes stale.
 */
export function formatHelp(commands: ReadonlyMap<string, Command>, maxQuestionChars: number): ReplyPayload {
  const typed = ASK_COMMANDS.filter((c) => c !== 'ask')
    .map((c) => `\`/${c}\``)
    .join(' ');
  const others = [...commands.values()]
    .filter((c) => !(ASK_COMMANDS as readonly string[]).includes(c.data.name))
    .map((c) => `\`/${c.data.name}\`: ${c.data.description}`)
    .join('\n');
  return {
    embeds: [
      fitEmbed({
        title: DISCORD_HELP.title,
        description: DISCORD_HELP.about,
        fields: [
          { name: 'Ask', value: DISCORD_HELP.ask(typed) },
          { name: 'Without slash commands', value: DISCORD_HELP.withoutCommands },
          { name: 'Under each answer', value: DISCORD_HELP.underAnswer },
          ...(others ? [{ name: 'More commands', value: others }] : []),
        ],
        footer: { text: DISCORD_HELP.footer(maxQuestionChars) },
      }),
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
