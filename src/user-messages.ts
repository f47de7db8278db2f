/**
 * Every text a user reads besides the quoted articles and their citations: notices, errors, hints and help,
 * written once, so every surface says the same thing. The surfaces only lay them out (escape, bold, embed);
 * texts for operators (one line on stderr) are in src/entry.ts, each CLI's usage line in the CLI, and the titles,
 * labels and footers of a layout with the formatter that lays it out. It stands beside the steps, not in src/present/,
 * because the answering core (a question's notices) and /add say some of them too: no step imports one after it.
 */

/** Short texts shown as they are. */
export const USER_MESSAGES = {
  apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
  emptyQuestion: 'Ask a question in words, for example `/when did Trump and Putin meet`.',
  expiredButton: 'This button belongs to an older answer. Please ask the question again.',
  cannotPage: 'I can no longer page through this answer. Please ask the question again.',
  passageGone: 'That passage is no longer in the coverage. Please ask the question again.',
  unknownCommand: 'I do not know that command. It may have been removed; try `/help`.',
  // Shown only to the asker, and only when the answer might miss Discord's 3 s (src/discord/interactions/replies.ts coverageFor).
  workingOnIt: 'Working on it — your answer will follow in a moment.',
  // What that notice becomes when the bot shuts down before the answer (replies.ts tellWaitingRestarting): it never comes.
  restarting: 'The bot is restarting and could not answer; please ask again in a moment.',
  // What a private "thinking…" of /add or /reindex becomes then (replies.ts deferPrivately): the work was cut short.
  restartingUnfinished: 'The bot is restarting before this was finished; please run the command again in a moment.',
  feedbackSaved: 'Thanks, your feedback was saved.',
  // Not confirmed is not saved, on SQLite and (but for a connection lost meanwhile) on Redis: say what is known. Pressing
  // again is harmless (one vote per answer and user).
  feedbackFailed: 'I could not confirm your feedback was saved — press the button again later.',
  // What a vote's private "thinking…" (its write outlasted Discord's window: buttons.ts) becomes at a shutdown before the
  // store said whether it was saved (replies.ts tellWaitingRestarting): it may still land, and pressing again is harmless.
  feedbackRestarting: 'The bot is restarting and could not confirm your feedback was saved — press the button again in a moment.',
  reindexNotAllowed: 'Only the bot owners and members who can manage this server can re-index the coverage.',
  addNotAllowed: 'Only the bot owners and members who can manage this server can add articles.',
  reindexFailed: 'Re-indexing failed, so I still answer from the previous coverage. The error is in the bot log.',
  /** An abstention, on every surface. */
  noAnswer: 'The coverage does not answer this question.',
  /** Beside the abstention for a question with no word to look for and none before it to follow up ("And when?" alone). */
  nothingAsked: 'The question names nothing to look for, and there is no question before it to follow up: ask it in full.',
  /** Beside the abstention for a question with letters, none of them Latin (writtenInOtherScript): the reader is English. */
  englishOnly: 'Questions are read in English only, and this one is written in another alphabet: please ask it in English.',
  /** Beside an answer to a question longer than answers read (ANSWER_DEFAULTS.maxQuestionChars), cut to its start. */
  questionCut: (maxChars: number): string => `Your question was long; it was answered on its first ${maxChars} characters.`,
  /** Beside an answer to a message longer than answers read that ends its context with a question: that question. */
  lastQuestionRead: (maxChars: number): string => `Your message was longer than ${maxChars} characters; its last question was answered.`,
  /** Beside the answer to the first of the questions a message asks: the others, to ask on their own. */
  firstQuestionRead: (others: readonly string[]): string =>
    `Your message asks ${others.length + 1} questions; this answers the first. Ask ${others.map((q) => `“${q}”`).join(', ')} on ${others.length > 1 ? 'their' : 'its'} own.`,
  closestArticles: 'Closest articles:',
  seeSources: 'See what the coverage includes with `/sources`.',
  nothingGenerated: 'Nothing is generated: answers are only ever quoted from the coverage.',
  emptyCoverage: 'The coverage is empty: no articles are indexed.',
  nothingDated: 'Nothing in the coverage is dated.',
  nobodyQuoted: 'No one is quoted in the coverage.',
  /** Stand-ins for metadata an article does not state, in source lists and citations. */
  unknownOutlet: 'outlet unknown',
  unknownDate: 'date unknown',
  unknownByline: 'byline unknown',
  noLink: 'no link',
  /** How a citation names an article that states neither outlet, title nor link: its id is the file it came from. */
  untitledArticle: (id: string): string => `untitled article (${id})`,
  /** The REPL's answer to an empty line. */
  replEmpty: 'Type a question, for example: /when did they meet — or /help.',
} as const;

/** A count with its noun, `1 quote` or `3 quotes`: every noun counted in these texts takes a plain -s. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The friendly notice for a user over the question limit, with when to try again. */
export function rateLimitNotice(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You are asking quickly. Please wait ${plural(seconds, 'second')} before the next question.`;
}

/**
 * The names a question typed that no article of the coverage uses (Answer.unmentioned), said beside the abstention or the
 * answer on every surface: "No article in the coverage mentions Lara Logan."
 */
export function unmentionedNotice(names: readonly string[]): string {
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  return `No article in the coverage mentions ${list}.`;
}

/** A timeline topic that matches nothing dated, with topics to try. */
export function nothingDatedAbout(topic: string, suggestions: readonly string[]): string {
  const tries = suggestions.length > 0 ? ` Try one of: ${suggestions.join(', ')}.` : '';
  return `Nothing dated in the coverage is about "${topic}".${tries}`;
}

/** A person no quote is attributed to, with the closest speakers. */
export function nothingQuotedFrom(person: string, suggestions: readonly string[]): string {
  const tries = suggestions.length > 0 ? ` Closest speakers: ${suggestions.join(', ')}.` : '';
  return `Nothing in the coverage is quoted from "${person}".${tries}`;
}

/** A `/name` a text surface does not know (the REPL adds a pointer to /help, the `ask` CLI the help itself). */
export function unknownLineCommand(command: string): string {
  return `Unknown command /${command}.`;
}

/** What /add answers when the link or file could not be added. */
export function notAdded(reason: string): string {
  return `Not added: ${reason}`;
}

/** What /add answers when the article is already there: `article` as shown (quoted title or id). */
export function alreadyInCoverage(article: string, same: string): string {
  return `Already in the coverage: ${article} (same ${same}).`;
}

/** What /add answers once the page is saved and re-indexed: `article` as shown, with its outlet and date. */
export function articleAdded(article: string, sentences: number): string {
  return `Added ${article}: ${plural(sentences, 'sentence')} indexed.`;
}

/** What /add answers when the saved page gave no article text. */
export function savedWithoutText(article: string, file: string): string {
  return `Saved ${article} as \`${file}\`, but the re-index found no article text in it.`;
}

/** What /add answers when the page was saved but re-indexing failed. */
export function savedNotIndexed(article: string, file: string): string {
  return `Saved ${article} as \`${file}\`. ${USER_MESSAGES.reindexFailed}`;
}

/** Help on a text surface (REPL, `ask` CLI): every line command. */
export const TEXT_HELP = `Ask a question about the coverage; answers are sentences quoted from the articles, with their source.
  /ask <question>      any question            /when <question>   a date
  /who <question>      a person                /where <question>  a place
  /what <question>     a thing or a number     /why <question>    a reason
  /how <question>      a manner or a quantity  /sources           the articles indexed
  /timeline [topic]    dated events, in order  /quotes [person]   who said what
  /help                this text               /quit              leave
A plain line is asked as it is.`;

/** The parts of Discord's /help card (src/discord/format/pages.ts lays them out and lists the loaded commands). */
export const DISCORD_HELP = {
  title: 'Ask the coverage',
  about:
    'I answer questions about a fixed collection of news articles (the coverage) by quoting the ' +
    'sentences that answer them, each with its article, outlet, date and link. I never write an ' +
    'answer myself: when the coverage does not say, I tell you so.',
  /** `typed`: the answer-type commands, formatted. */
  ask: (typed: string): string =>
    '`/ask` any question.\n' + `${typed}: say what kind of answer you want, e.g. \`/when did Trump and Putin meet\`.`,
  withoutCommands:
    'Send me a direct message, or mention me in a server: `@bot who is Peskov`. ' +
    'Start with `/when`, `/who`, … to set the kind of answer.',
  underAnswer:
    '**More sources**: the next excerpt · **Context**: the sentences around the excerpt · ' + '👍 / 👎: whether the answer was right.',
  footer: (maxQuestionChars: number): string => `Questions are read up to ${maxQuestionChars} characters.`,
} as const;
