import { escapeText } from './escape.js';
import { truncate } from './truncate.js';

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
  for (let budget = max; budget > 2; ) {
    const out = render(h, budget);
    if (out.length <= max) return out;
    budget -= out.length - max;
  }
  return '';
}
