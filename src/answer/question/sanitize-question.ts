import { plainText, plainTextWithin } from '../../user-text/sanitize.js';
import { USER_MESSAGES } from '../../user-messages.js';
import { ASK_COMMANDS, type AskCommand } from '../types.js';
import { FOLLOW_UP_CONNECTIVES, WH_WORDS, YES_NO_OPENERS } from './answer-type.js';
import { asksLeaveToAsk, requestsQuestion, withoutDiscourse } from './request.js';

export interface SanitizedQuestion {
  /** Plain text: markup, mentions and invisible characters removed, whitespace folded, cut to `maxChars`. */
  text: string;
  /** A leading `/when`-style command, when the question starts with one. */
  command: AskCommand | null;
  notices: string[];
}

const COMMAND = new RegExp(`^/(${ASK_COMMANDS.join('|')})(?=\\s|$)`, 'i');

/**
 * A question as the core reads it: plainText, a leading `/when`-style command taken off, and within `maxChars`: a longer
 * message is read as the last question it asks when that fits (lastQuestion), else cut to its first `maxChars`; a message
 * asking two or more questions, as the first (firstQuestion).
 */
export function sanitizeQuestion(raw: string, maxChars: number): SanitizedQuestion {
  const { text, command } = withoutCommand(plainText(raw));
  const within = plainTextWithin(text, maxChars);
  if (!within.cut) return { command, ...firstQuestion(within.text) };
  const last = lastQuestion(text, maxChars);
  if (last !== null) return { text: last, command, notices: [USER_MESSAGES.lastQuestionRead(maxChars)] };
  return { text: within.text, command, notices: [USER_MESSAGES.questionCut(maxChars)] };
}

/**
 * The last sentence of a message that ends in a question mark and fits in `maxChars`, or null. A long chat message gives
 * its context first and asks last (the session 36 probe's pasted paragraph, then "so when does the lander launch?"); the
 * question mark is what ends an interrogative sentence (Chicago Manual of Style 6.70), so the sentence it closes is the
 * question, wherever the cut would have fallen.
 */
function lastQuestion(text: string, maxChars: number): string | null {
  const questions = questionsIn(text);
  const last = questions[questions.length - 1];
  return last !== undefined && [...last].length <= maxChars ? last : null;
}

/** The sentences of a message that end in a question mark and hold a word, in order (Chicago Manual of Style 6.70). */
function questionsIn(text: string): string[] {
  return sentencesOf(text).filter(isQuestion);
}
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
const isQuestion = (sentence: string) => sentence.endsWith('?') && /\p{L}/u.test(sentence);

/**
 * A message read as the one question it asks. Two questions read as one ("Who is Peskov? When did they meet?") asked for
 * both at once and got neither: the words of one weigh against the other's sentences, its type against the other's answers.
 * Taken one at a time, as a reference desk takes them, the first is answered, which the reader meets first and the ones
 * after it may follow up ("And where?"); the notice names the others, to ask on their own. A sentence with a question
 * mark that asks nothing of the coverage ("Quick question?", "Can you help?") is left out unsaid: it has no wh-word and
 * opens with no operator (the two forms of an interrogative, Quirk et al. 1985 §11.5; a wh-word may follow a greeting,
 * "hey bot, when …?", or stay in place, "… on which day?"), or its operator addresses the reader ("Can you …?", an
 * indirect request, Searle 1975), unless the request embeds or conceals a question ("Can you tell me the date of …?";
 * requestsQuestion), or it only asks leave to ask ("Can I ask you something?", a preliminary: asksLeaveToAsk). A greeting
 * or "please" before the operator is no part of it ("Hey bot, is it over?"; withoutDiscourse). The message's other
 * sentences stay, as context ("Peskov spoke on Monday. What did he say? When?").
 */
function firstQuestion(text: string): { text: string; notices: string[] } {
  const sentences = sentencesOf(text).flatMap(coordinatedQuestions);
  const questions = sentences.filter(isQuestion);
  // A message asking one question at most is read whole, whatever the question asks: asksSomething (three passes of
  // withoutDiscourse and two request patterns) is weighed only when there are two to choose from. Taken before the test
  // for every SQuAD question, it was 1.3% of answer()'s CPU (profile of SQuAD 1x, session 52).
  if (questions.length < 2) return { text, notices: [] };
  const asking = questions.filter(asksSomething);
  if (asking.length === 0) return { text, notices: [] };
  const [first, ...others] = asking;
  const kept = sentences.filter((sentence) => sentence === first || !isQuestion(sentence));
  return { text: kept.join(' '), notices: others.length > 0 ? [USER_MESSAGES.firstQuestionRead(others)] : [] };
}

/**
 * A sentence as the questions it asks: two wh-questions coordinated by "and" ("who is Slutsky and what did he say about the
 * summit") as two, each ending in a question mark. After the "and", a wh-word followed by an operator (subject-operator
 * inversion, Quirk et al. 1985 §11.14), or "how many" / "how much", opens an interrogative clause of its own, coordinated
 * with the first (ch. 13, coordination of clauses): the message asks two questions, as two sentences would, and the first
 * is answered. A wh-word after "and" with no operator ("When did they meet, and where?", "who met and when") asks a second
 * thing of one question, left whole. Any other sentence as itself.
 */
function coordinatedQuestions(sentence: string): string[] {
  const found = COORDINATED.exec(sentence);
  if (!found || !asksSomething(found[1])) return [sentence];
  return [`${found[1]}?`, found[2].endsWith('?') ? found[2] : `${found[2]}?`];
}
const COORDINATED = new RegExp(
  `^(.*?[\\p{L}\\p{N}]),?\\s+and\\s+((?:${[...WH_WORDS].join('|')})\\s+(?:${[...YES_NO_OPENERS, 'many', 'much'].join('|')})(?![\\p{L}'’]).*)$`,
  'iu',
);

function asksSomething(question: string): boolean {
  if (requestsQuestion(question)) return true;
  if (asksLeaveToAsk(question)) return false;
  const words =
    withoutDiscourse(question)
      .toLowerCase()
      .match(/[\p{L}'’]+/gu) ?? [];
  if (words.some((word) => WH_WORDS.has(word))) return true;
  const [opener = '', next = ''] = words.slice(CONNECTIVES.has(words[0] ?? '') ? 1 : 0);
  return YES_NO_OPENERS.has(opener) && !ADDRESSEE.has(next);
}
/** Words that open a follow-up before its operator ("And did they meet?", "So is it over?"). */
const CONNECTIVES: ReadonlySet<string> = new Set(FOLLOW_UP_CONNECTIVES);
/** The reader addressed: the bot. */
const ADDRESSEE = new Set(['you', 'u', 'ya']);

/**
 * Whether a question asks nothing in words: no word is left once it is made plain and its command taken off ("/who",
 * "**", "@everyone", a bare link, zero-width spaces). Every surface answers such a line as an empty one.
 */
export function asksNothing(raw: string): boolean {
  return withoutCommand(plainText(raw)).text === '';
}

function withoutCommand(plain: string): { text: string; command: AskCommand | null } {
  const m = COMMAND.exec(plain);
  return m ? { text: plain.slice(m[0].length), command: m[1].toLowerCase() as AskCommand } : { text: plain, command: null };
}
