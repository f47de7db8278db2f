import type { APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { ArticleRef, Answer, AskCommand, Excerpt } from '../../answer/types.js';
import {
  escapeText,
  truncate,
  DISCORD_LIMITS,
  questionTitle,
  titleHoldsQuestion,
  fitEmbed,
  NO_MENTIONS,
  type ReplyPayload,
} from './text.js';
import { matchStrength, type MatchStrength } from '../../answer/confidence.js';
import { renderDisagreements, type SentenceContext } from '../../present/answer.js';
import { button, buttonRow, encodeButton, questionHash, type ButtonState } from './buttons.js';
import type { DiscordSettings } from '../defaults.js';
import { unmentionedNotice, USER_MESSAGES } from '../../user-messages.js';

/** The article's URL when it is a plain http(s) link that fits; parentheses encoded so the markdown link holds. */
function safeUrl(url: string | null, urlMax: number): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return href.length <= urlMax ? href : null;
}

/** The article's title, linked when its URL is known: `[Title](url)`. */
export function articleLink(article: ArticleRef, settings: DiscordSettings): string {
  const title = article.title ? escapeText(truncate(article.title, settings.titleMax)) : null;
  const url = safeUrl(article.url, settings.urlMax);
  if (url) return `[${title ?? 'link'}](${url})`;
  return title ?? escapeText(USER_MESSAGES.untitledArticle(article.id));
}

/** `Outlet · 2025-09-08 · [Title](url)`, leaving out what is not known. */
export function formatCitation(article: ArticleRef, settings: DiscordSettings): string {
  const parts: string[] = [];
  if (article.outlet) parts.push(`**${escapeText(truncate(article.outlet, settings.titleMax))}**`);
  if (article.published) parts.push(escapeText(article.published));
  parts.push(articleLink(article, settings));
  return parts.join(' · ');
}

export interface Highlighted {
  before: string;
  /** Shown in bold; empty for no highlight. */
  highlight: string;
  after: string;
}

/** Quoted text is one blockquote paragraph: a newline inside would end the quote. */
function flat(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Moves whitespace at the edges of the highlight outside it: Discord does not bold `** text **`. */
function tidy(h: Highlighted): Highlighted {
  const lead = /^\s*/.exec(h.highlight)![0];
  const trail = /\s*$/.exec(h.highlight)![0];
  if (lead.length === h.highlight.length) return { before: h.before + h.highlight, highlight: '', after: h.after };
  return {
    before: h.before + lead,
    highlight: h.highlight.slice(lead.length, h.highlight.length - trail.length),
    after: trail + h.after,
  };
}

function render(h: Highlighted, budget: number): string {
  const markup = h.highlight ? 6 : 2; // '> ' and the two '**'
  const avail = Math.max(0, budget - markup);
  const highlight = truncate(h.highlight, avail);
  const rest = avail - highlight.length;
  // Context on both sides of the highlight, shared evenly; a short side gives its unused share away.
  const beforeShare = Math.min(h.before.length, Math.max(rest - h.after.length, Math.floor(rest / 2)));
  const before = truncate(h.before, beforeShare, 'start');
  const after = truncate(h.after, rest - before.length);
  const bold = highlight ? `**${escapeText(highlight)}**` : '';
  return `> ${escapeText(before)}${bold}${escapeText(after)}`;
}

/**
 * Quotes `before + highlight + after` as a blockquote with the highlight in bold, escaped, in at most
 * `max` characters: when it is too long the highlight is kept and the context around it is cut.
 * Escaping lengthens text unpredictably, so the raw budget shrinks by the overshoot until it fits.
 */
export function formatHighlighted(parts: Highlighted, max: number): string {
  const h = tidy({ before: flat(parts.before), highlight: flat(parts.highlight), after: flat(parts.after) });
  for (let budget = max; budget > 2;) {
    const out = render(h, budget);
    if (out.length <= max) return out;
    budget -= out.length - max;
  }
  return '';
}

/** Embed colours: green, amber, orange for the match strengths, grey for no answer. */
const COLOUR: Record<MatchStrength | 'none', number> = { strong: 0x2e9e5b, fair: 0xd4a017, weak: 0xd9792b, none: 0x8a8f98 };

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
    span ? { before: text.slice(0, s), highlight: text.slice(s, e), after: text.slice(e) } : { before: text, highlight: '', after: '' },
    max,
  );
}

function noticeLines(notices: string[], settings: DiscordSettings): string {
  return notices.map((n) => `ℹ️ ${escapeText(truncate(n, settings.sideLineMax))}`).join('\n');
}

/** The names no article of the coverage uses, worded as on every surface; none when the question named none. */
function unmentionedLines(answer: Answer): string[] {
  return answer.unmentioned.length > 0 ? [unmentionedNotice(answer.unmentioned)] : [];
}

/** Where outlets state different numbers or dates, worded as on every surface. */
function disagreementLines(answer: Answer, settings: DiscordSettings): string {
  return renderDisagreements(answer.disagreements, answer.excerpts)
    .map((line) => `⚖️ ${escapeText(truncate(line, settings.sideLineMax))}`)
    .join('\n');
}

function joinBlocks(blocks: string[]): string {
  return blocks.filter((b) => b.length > 0).join('\n\n');
}

function supportingField(excerpt: Excerpt, settings: DiscordSettings): APIEmbedField {
  const source = excerpt.article.outlet ?? excerpt.article.title ?? 'another article';
  const citation = `— ${formatCitation(excerpt.article, settings)}`;
  const quote = excerptQuote(excerpt, DISCORD_LIMITS.embedFieldValue - citation.length - 1);
  return { name: `Also reported: ${escapeText(source)}`, value: `${quote}\n${citation}` };
}

/** The button for `state`, or none when its custom id would not fit. */
function stateButton(state: ButtonState, look: { label?: string; emoji?: string }): APIButtonComponent | null {
  const customId = encodeButton(state);
  return customId ? button(customId, look) : null;
}

function answeredEmbed(view: AnswerView, page: number, settings: DiscordSettings): APIEmbed {
  const { answer } = view;
  const featured = answer.excerpts[page];
  const strength = matchStrength(answer.confidence);
  const citation = `— ${formatCitation(featured.article, settings)}`;
  const date = featured.date ? `📅 Date referred to: ${escapeText(featured.date)}` : '';
  const notices = noticeLines([...unmentionedLines(answer), ...answer.notices], settings);
  const disagreements = disagreementLines(answer, settings);
  const fixed = joinBlocks([citation, date, disagreements, notices]).length + 2;
  const quote = excerptQuote(featured, DISCORD_LIMITS.embedDescription - fixed);
  const total = answer.excerpts.length;
  return {
    title: questionTitle(answer.question) || undefined,
    description: joinBlocks([`${quote}\n${citation}`, date, disagreements, notices]),
    fields: answer.excerpts.slice(page + 1, page + 1 + settings.supportingFields).map((e) => supportingField(e, settings)),
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
    .map((a) => `• ${formatCitation(a, settings)}`)
    .join('\n');
  return {
    title: questionTitle(answer.question) || undefined,
    description: joinBlocks([
      [USER_MESSAGES.noAnswer, ...unmentionedLines(answer).map((l) => escapeText(truncate(l, settings.sideLineMax)))].join('\n'),
      closest ? `**${USER_MESSAGES.closestArticles}**\n${closest}` : '',
      USER_MESSAGES.seeSources,
      noticeLines(answer.notices, settings),
    ]),
    color: COLOUR.none,
    footer: { text: USER_MESSAGES.nothingGenerated },
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
    if (page > 0) buttons.push(stateButton(more(page - 1), { label: '◀ Back' }));
    const left = answer.excerpts.length - page - 1;
    if (left > 0) buttons.push(stateButton(more(page + 1), { label: `More sources (${left})` }));
  }
  if (featured) buttons.push(stateButton({ kind: 'context', sentenceId: featured.sentenceId }, { label: 'Context' }));
  const vote = (v: 'up' | 'down'): ButtonState => ({
    kind: 'feedback',
    vote: v,
    answerType: answer.answerType,
    abstained: !featured,
    // The excerpts on screen, featured first: what the vote is about.
    excerptIds: answer.excerpts.slice(page, page + 1 + settings.supportingFields).map((e) => e.sentenceId),
  });
  buttons.push(stateButton(vote('up'), { emoji: '👍' }));
  buttons.push(stateButton(vote('down'), { emoji: '👎' }));
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
    components: buttonRow(buttons),
    allowedMentions: NO_MENTIONS,
  };
}

/** The excerpt in bold among the sentences around it, with the article it comes from. */
export function formatContext(context: SentenceContext, settings: DiscordSettings): ReplyPayload {
  const citation = `— ${formatCitation(context.article, settings)}`;
  const quote = formatHighlighted(
    {
      before: context.before.map((s) => `${s} `).join(''),
      highlight: context.sentence,
      after: context.after.map((s) => ` ${s}`).join(''),
    },
    DISCORD_LIMITS.embedDescription - citation.length - 1,
  );
  return {
    embeds: [fitEmbed({ title: 'Context', description: `${quote}\n${citation}` })],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
