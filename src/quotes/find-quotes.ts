import { addressWhole } from '../analyse/address-cuts.js';
import { articleRef } from '../answer/article-ref.js';
import type { Coverage } from '../coverage/types.js';
import { firstTokenAt } from '../analyse/entities-in.js';
import { articleView, type ArticleView } from './article-view.js';
import { QUOTES_DEFAULTS } from './defaults.js';
import { resolveDescription, roleIndex, rolesOf, type RoleIndex } from './descriptions.js';
import { personNamer } from './person-namer.js';
import type { QuoteSpan } from './quote-spans.js';
import { isReportingVerb } from '../analyse/reporting-verbs.js';
import { isSubjectPosition, subjectFollowing, subjectOf, type Subject } from './subject-of.js';
import type { Quote } from './types.js';

const { maxVerbToQuoteTokens, maxPronounReach } = QUOTES_DEFAULTS;

interface DirectCandidate {
  span: QuoteSpan;
  /** Sentence ordinals of the opening mark and of the end of the quotation. */
  first: number;
  last: number;
  /** The reporting verb and its subject, when an attribution was found. */
  verb: number | null;
  subject: Subject | null;
  /** The sentence where the speaker is decided: the attribution's, or the first one of an unattributed quotation. */
  anchor: number;
}

/**
 * Direct and reported speech in the coverage, attributed to its speakers. Direct: a quotation with an
 * attribution after it (`"…," Peskov said`; `"…," said the Kremlin spokesman`) or before it (`Peskov
 * stated: "…"`, `Putin said, "…"`), or an unattributed one opening the sentence right after a
 * quotation, which continues it. Reported: a reporting verb with a person as its subject (`Trump told
 * reporters …`, `X said that …`) or `according to X`. Speakers are named as coverage.people names
 * them; "he" and "she" are the speaker of the sentence before, else the subject of the nearest
 * preceding sentence naming someone (the speaker-continuity baseline of quote attribution, O'Keefe et
 * al. 2012); "the Kremlin spokesman" is whoever the coverage names with that role. Quotes whose
 * speaker cannot be told are left out, and the same words of the same speaker an article repeats are quoted once. In coverage
 * order.
 */
export function findQuotes(coverage: Coverage): Quote[] {
  const namer = personNamer(coverage);
  const views = coverage.articles.map((a) => articleView(a, namer));
  const roles = roleIndex(views.flatMap(rolesOf));
  return views.flatMap((v) => quotesIn(v, roles));
}

function quotesIn(view: ArticleView, roles: RoleIndex): Quote[] {
  const { article } = view;
  const { tokens, sentences } = article;
  const ref = articleRef(article);
  const isVerb = (i: number) => i < tokens.value.length && !view.inQuote[i] && isReportingVerb(tokens, i);

  const candidates = view.spans.map((span) => attribute(view, span, isVerb)).filter((c): c is DirectCandidate => c !== null);
  const usedVerbs = new Set(candidates.map((c) => c.verb));
  const byAnchor = new Map<number, DirectCandidate[]>();
  for (const c of candidates) {
    const list = byAnchor.get(c.anchor);
    if (list) list.push(c);
    else byAnchor.set(c.anchor, [c]);
  }
  const out: Quote[] = [];
  /** The latest speaker and the sentence they spoke in; and the last sentence of the latest quotation. */
  let latest: { speaker: string; sentence: number } | null = null;
  let latestDirect: { speaker: string; sentence: number } | null = null;

  const resolve = (subject: Subject, sentence: number): string | null => {
    if (subject.kind === 'name') return subject.name;
    if (subject.kind === 'description') return resolveDescription(view, subject.description, roles);
    if (latest && latest.sentence >= sentence - 1) return latest.speaker;
    return namedBefore(view, sentence);
  };

  for (let k = 0; k < sentences.length; k++) {
    const directHere = new Set<string>();
    for (const c of byAnchor.get(k) ?? []) {
      let speaker: string | null = null;
      if (c.subject) speaker = resolve(c.subject, k);
      else if (opensSentence(view, c) && latestDirect && latestDirect.sentence === c.first - 1) speaker = latestDirect.speaker;
      if (speaker === null) continue;
      out.push({
        speaker,
        text: article.text.slice(c.span.start, c.span.end),
        kind: 'direct',
        start: c.span.start,
        end: c.span.end,
        article: ref,
      });
      directHere.add(speaker);
      latest = { speaker, sentence: Math.max(k, c.last) };
      latestDirect = { speaker, sentence: c.last };
    }

    const s = sentences[k];
    const reported = new Set<string>();
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      let subject: Subject | null = null;
      if (isVerb(i) && !usedVerbs.has(i)) subject = subjectOf(view, i);
      else if (tokens.value[i].toLowerCase() === 'according' && tokens.lemma[i + 1] === 'to' && !view.inQuote[i]) {
        const source = view.mentionStartingAt.get(i + 2);
        if (source) subject = { kind: 'name', name: source.name };
      }
      const speaker = subject ? resolve(subject, k) : null;
      if (speaker !== null && !directHere.has(speaker)) reported.add(speaker);
    }
    // The sentence is quoted whole across a cut wink made inside a web address ("… according to Moneycontrol." | "com
    // …": continuesAddress); the cut's two sides quoting one speaker are then the same quote, kept once below.
    const [from, to] = addressWhole(article, k, k);
    const [start, end] = [sentences[from].start, sentences[to].end];
    for (const speaker of reported) {
      out.push({ speaker, text: article.text.slice(start, end), kind: 'reported', start, end, article: ref });
      latest = { speaker, sentence: k };
    }
  }
  // The same words of the same speaker printed again by the page (a pull quote repeating the body, a paragraph repeated)
  // are one quote: /quotes counted and listed a line a page repeated 500 times as 500 quotes.
  const quoted = new Set<string>();
  return out
    .sort((a, b) => a.start - b.start)
    .filter((q) => {
      const key = `${q.speaker}\n${q.text}`;
      if (quoted.has(key)) return false;
      quoted.add(key);
      return true;
    });
}

/** A quotation with its attribution, if it has one; null when it lies outside the sentences. */
function attribute(view: ArticleView, span: QuoteSpan, isVerb: (i: number) => boolean): DirectCandidate | null {
  const { tokens, text } = view.article;
  const openToken = firstTokenAt(tokens.start, span.open);
  const closeToken = span.close === null ? firstTokenAt(tokens.start, span.end) - 1 : firstTokenAt(tokens.start, span.close);
  const first = view.sentenceOf[openToken];
  const last = view.sentenceOf[closeToken];
  if (first < 0 || last < 0) return null;
  const unattributed: DirectCandidate = { span, first, last, verb: null, subject: null, anchor: first };

  // After: `"…," Peskov said` — the quotation hands over with a comma (or ends in ? or !). A verb
  // going on with "that" reports something else: `In an interview with "The Post," Trump said that …`.
  if (span.close !== null && handsOver(text, span)) {
    let at = closeToken + 1;
    if (tokens.value[at] === ',') at++;
    const found = view.sentenceOf[at] === last ? subjectFollowing(view, at, isVerb) : null;
    if (found && tokens.lemma[found.verb + 1] !== 'that')
      return { ...unattributed, verb: found.verb, subject: found.subject, anchor: last };
  }
  // Before: `Peskov stated: "…"`, `Putin said, "…"`, and the second half of `"…," said the director, "…"`.
  let k = span.open - 1;
  while (k >= 0 && /[ \t]/.test(text[k])) k--;
  if (text[k] === ',' || text[k] === ':') {
    const mark = firstTokenAt(tokens.start, k);
    for (let v = mark - 1; v >= 0 && mark - v <= maxVerbToQuoteTokens && view.sentenceOf[v] === first && !view.inQuote[v]; v--) {
      if (!isVerb(v)) continue;
      const subject = subjectOf(view, v) ?? subjectFollowing(view, v, isVerb)?.subject ?? null;
      return subject ? { ...unattributed, verb: v, subject, anchor: first } : unattributed;
    }
  }
  return unattributed;
}

/** Whether the quotation gives way to an attribution: a comma inside or right after the closing mark, or a closing ? or !. */
function handsOver(text: string, span: QuoteSpan): boolean {
  const close = span.close!;
  return (
    /[,?!]/.test(text.slice(span.end, close + 1)) ||
    /^\s*,/.test(text.slice(close + 1, close + 4)) ||
    /[?!]$/.test(text.slice(span.start, span.end))
  );
}

function opensSentence(view: ArticleView, c: DirectCandidate): boolean {
  const { tokens, sentences } = view.article;
  return firstTokenAt(tokens.start, c.span.open) === sentences[c.first].tokenStart;
}

/** The subject of the nearest earlier sentence naming a person (else its first person not after a preposition or possessive). */
function namedBefore(view: ArticleView, sentence: number): string | null {
  const { tokens } = view.article;
  for (let k = sentence - 1; k >= 0 && sentence - k <= maxPronounReach; k--) {
    const named = view.mentions.filter(
      (m) => m.sentence === k && tokens.pos[m.tokenStart - 1] !== 'ADP' && tokens.pos[m.tokenEnd] !== 'PART',
    );
    if (named.length === 0) continue;
    return (named.find((m) => isSubjectPosition(view, m.tokenEnd)) ?? named[0]).name;
  }
  return null;
}
