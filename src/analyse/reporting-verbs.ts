import type { Tokens } from './types.js';

/**
 * Lemmas of the verbs that attribute speech in news, the frequent cue verbs of quotation-attribution
 * corpora (PARC 3.0, Pareti 2016): "said", "told", "added", "warned", "acknowledged", … Verbs of
 * contact ("spoke with", "called") are left out: they report that people talked, not what they said.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'add',
  'remark',
  'reply',
  'respond',
  'note',
  'write',
  'claim',
  'declare',
  'explain',
  'emphasize',
  'emphasise',
  'stress',
  'announce',
  'ask',
  'comment',
  'argue',
  'insist',
  'warn',
  'acknowledge',
  'admit',
  'concede',
  'disclose',
  'mention',
  'confirm',
  'deny',
  'reiterate',
  'suggest',
  'describe',
  'report',
  'maintain',
  'assert',
  'recall',
  'predict',
  'promise',
  'vow',
  'urge',
]);

/** A verb (not a noun: "member states") whose lemma attributes speech. */
export function isReportingVerb(tokens: Tokens, i: number): boolean {
  return tokens.pos[i] === 'VERB' && REPORTING_VERBS.has(tokens.lemma[i]);
}
