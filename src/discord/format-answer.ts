import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import { matchStrength } from '../answer/match-strength.js';
import type { Answer, AskCommand, Excerpt } from '../answer/types.js';
import { renderDisagreements } from '../render/disagreements.js';
import { encodeButton, questionHash, type ButtonState } from './custom-id.js';
import type { DiscordSettings } from './discord-defaults.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { escapeText } from './escape.js';
import { formatCitation } from './format-citation.js';
import { formatHighlighted } from './format-highlight.js';
import { questionTitle, titleHoldsQuestion } from './question-title.js';
import { NO_MENTIONS, type ReplyPayload } from './reply-payload.js';
import { fitEmbed, truncate } from './truncate.js';

/** Embed colours: green, amber, orange for the match strengths, grey for no answer. */
const COLOUR = { strong: 0x2e9e5b, fair: 0xd4a017, weak: 0xd9792b, none: 0x8a8f98 } as const;

export interface AnswerView {
  answer: Answer;
  /** The command the question came with; kept in the paging buttons so a re-answer matches. */
  hint: AskCommand | null;
  /** Which excerpt is featured: 0 is the answer, higher pages the supporting excerpts in turn. */
  page: number;
}

function excerptQuote(excerpt: Excerpt, max: number): string {
  const { text, answerStart: s, answerEnd: e } = excerpt;
  const span = s !== null && e !== null && s >= 0 && s < e && e <= text.length;
  return formatHighlighted(
    span
      ? { before: text.slice(0, s), highlight: text.slice(s, e), after: text.slice(e) }
      : { before: text, highlight: '', after: '' },
    max,
  );
}

/** Notices and disagreements are cut line by line so they never crowd out the excerpt. */
const SIDE_LINE_MAX = 300;

function noticeLines(notices: string[]): string {
  return notices.map((n) => `ℹ️ ${escapeText(truncate(n, SIDE_LINE_MAX))}`).join('\n');
}

/** Where outlets state different numbers or dates, worded as on every surface. */
function disagreementLines(answer: Answer): string {
  return renderDisagreements(answer.disagreements)
    .map((line) => `⚖️ ${escapeText(truncate(line, SIDE_LINE_MAX))}`)
    .join('\n');
}

function joinBlocks(blocks: string[]): string {
  return blocks.filter((b) => b.length > 0).join('\n\n');
}

function supportingField(excerpt: Excerpt): APIEmbedField {
  const source = excerpt.article.outlet ?? excerpt.article.title ?? 'another article';
  const citation = `— ${formatCitation(excerpt.article)}`;
  const quote = excerptQuote(excerpt, DISCORD_LIMITS.embedFieldValue - citation.length - 1);
  return { name: `Also reported: ${escapeText(source)}`, value: `${quote}\n${citation}` };
}

function button(state: ButtonState, label: string, emoji?: string): APIButtonComponent | null {
  const customId = encodeButton(state);
  if (!customId) return null;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId,
    ...(label ? { label } : {}),
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

function answeredEmbed(view: AnswerView, page: number, settings: DiscordSettings): APIEmbed {
  const { answer } = view;
  const featured = answer.excerpts[page];
  const strength = matchStrength(answer.confidence);
  const citation = `— ${formatCitation(featured.article)}`;
  const date = featured.date ? `📅 Date referred to: ${escapeText(featured.date)}` : '';
  const notices = noticeLines(answer.notices);
  const disagreements = disagreementLines(answer);
  const fixed = joinBlocks([citation, date, disagreements, notices]).length + 2;
  const quote = excerptQuote(featured, DISCORD_LIMITS.embedDescription - fixed);
  const total = answer.excerpts.length;
  return {
    title: questionTitle(answer.question) || undefined,
    description: joinBlocks([`${quote}\n${citation}`, date, disagreements, notices]),
    fields: answer.excerpts.slice(page + 1, page + 1 + settings.supportingFields).map(supportingField),
    color: COLOUR[strength],
    footer: {
      text:
        `Quoted verbatim from the coverage · match: ${strength} (${Math.round(answer.confidence * 100)}%)` +
        (total > 1 ? ` · source ${page + 1} of ${total}` : ''),
    },
  };
}

function abstainedEmbed(answer: Answer, settings: DiscordSettings): APIEmbed {
  const closest = answer.closest
    .slice(0, settings.closestShown)
    .map((a) => `• ${formatCitation(a)}`)
    .join('\n');
  return {
    title: questionTitle(answer.question) || undefined,
    description: joinBlocks([
      'The coverage does not answer this question.',
      closest ? `**Closest articles:**\n${closest}` : '',
      'See what the coverage includes with `/sources`.',
      noticeLines(answer.notices),
    ]),
    color: COLOUR.none,
    footer: { text: 'Nothing is generated: answers are only ever quoted from the coverage.' },
  };
}

function answerButtons(view: AnswerView, page: number, settings: DiscordSettings): APIButtonComponent[] {
  const { answer } = view;
  const featured = answer.abstained ? undefined : answer.excerpts[page];
  const buttons: (APIButtonComponent | null)[] = [];
  // Paging re-answers the question read back from the title, so it is offered only when the title holds all of it.
  if (featured && titleHoldsQuestion(answer.question)) {
    const more = (p: number): ButtonState => ({
      kind: 'more',
      hint: view.hint,
      page: p,
      questionHash: questionHash(answer.question),
    });
    if (page > 0) buttons.push(button(more(page - 1), '◀ Back'));
    const left = answer.excerpts.length - page - 1;
    if (left > 0) buttons.push(button(more(page + 1), `More sources (${left})`));
  }
  if (featured) buttons.push(button({ kind: 'context', sentenceId: featured.sentenceId }, 'Context'));
  const vote = (v: 'up' | 'down'): ButtonState => ({
    kind: 'feedback',
    vote: v,
    answerType: answer.answerType,
    abstained: !featured,
    // The excerpts on screen, featured first: what the vote is about.
    excerptIds: answer.excerpts.slice(page, page + 1 + settings.supportingFields).map((e) => e.sentenceId),
  });
  buttons.push(button(vote('up'), '', '👍'));
  buttons.push(button(vote('down'), '', '👎'));
  return buttons.filter((b): b is APIButtonComponent => b !== null).slice(0, DISCORD_LIMITS.buttonsPerRow);
}

/**
 * The reply to a question: the featured excerpt quoted with its answer span in bold and its citation,
 * supporting excerpts as fields, how sure the match is, and the buttons. An abstention says plainly
 * that the coverage does not answer and lists the closest articles.
 */
export function formatAnswer(view: AnswerView, settings: DiscordSettings): ReplyPayload {
  const { answer } = view;
  const answered = !answer.abstained && answer.excerpts.length > 0;
  const page = answered ? Math.min(Math.max(0, view.page), answer.excerpts.length - 1) : 0;
  const embed = answered ? answeredEmbed(view, page, settings) : abstainedEmbed(answer, settings);
  const buttons = answerButtons(view, page, settings);
  return {
    embeds: [fitEmbed(embed)],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowedMentions: NO_MENTIONS,
  };
}
