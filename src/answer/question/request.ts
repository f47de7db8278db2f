import { readWords, type Nlp } from '../../analyse/nlp.js';
import { FOLLOW_UP_CONNECTIVES, HOW_QUANTIFIERS, WH_WORDS, YES_NO_OPENERS } from './answer-type.js';

/**
 * The question a chat message asks, as the reader reads it: the words that address the reader rather than ask
 * (withoutDiscourse: "hi,", "hey bot,", "please", "thanks") taken off, and a request or a statement of ignorance that embeds
 * the question ("tell me when they met", "do you know who Fico is?", "I wonder why …") read as the direct question it
 * embeds ("when did they meet?"), a request for a noun phrase as the what-question it conceals ("give me the date of …").
 * A message with none of these is read as typed.
 */
export function askedQuestion(nlp: Nlp, text: string): string {
  const plain = withoutFocusingAdverb(withoutDiscourse(text));
  const request = requested(plain);
  if (request === null) return plain;
  // A request for a noun phrase ("give me the date of the summit", "can you tell me the name of the reporter") conceals a
  // question: such a noun phrase stands for the answer to one ("tell me the time" for "tell me what the time is": Baker
  // 1968; Heim 1979), so the question asks what its head noun names, as a what-question does, and the verb of the request
  // is no word to search for.
  return request.concealed ? `what is ${request.clause}` : directQuestion(nlp, request.clause);
}

/**
 * Whether a message, its discourse elements aside, is a request or a statement of ignorance that embeds or conceals a
 * question ("any idea where they met?", "can you tell me the date of the festival?"): it asks that question.
 */
export function requestsQuestion(text: string): boolean {
  return requested(withoutDiscourse(text)) !== null;
}

/**
 * The clause a request frame opening the message takes as its object, and whether it is a concealed question: a noun phrase
 * with a determiner, the whole object, after a verb of telling ("tell me about …" names a topic, not an answer). Null when
 * no frame opens the message or its object is neither that nor a wh-, "whether" or "if" clause.
 */
function requested(plain: string): { clause: string; concealed: boolean } | null {
  const frame = REQUEST_FRAME.exec(plain);
  if (!frame) return null;
  const clause = plain.slice(frame[0].length);
  if (EMBEDDED_OPENER.test(clause)) return { clause, concealed: false };
  // A request about a topic ("tell me about the festival", "explain tidal locking") asks for what its object is: the
  // definition question, "what is X?" / "who is X?", which TREC's question answering track set for that need, "a
  // definition of, or interesting facts about, the target" (Voorhees 2003, Overview of the TREC 2003 QA track).
  if (frame[1] !== undefined) return { clause, concealed: true };
  return frame[2] !== undefined && CONCEALED_OBJECT.test(clause) ? { clause, concealed: true } : null;
}

/**
 * A message without the discourse elements that open or close it: greetings and the vocative after one ("hi,", "hey bot,",
 * "hello there!"), interjections ("um,", "oh,"), markers that announce or excuse the question ("btw", "sorry", "quick
 * question"), "please" and thanks. Universal Dependencies sets these apart from the clause: greetings, interjections and
 * "please" are INTJ attached as `discourse`, "elements not clearly linked to the structure of the sentence", and the one
 * addressed is a `vocative` (UD v2 relations); Searle (1975) reads "please" as the marker of a request, which adds nothing
 * to what is asked. So none of them is a word to look for. An opening word is taken only when punctuation sets it off or a
 * question's first word follows it ("hi who is …"), so a name that begins with one ("Hello Kitty") stays; a closing one
 * after punctuation ("…? thanks", "…, please?", "…, bot?") or, with none, where it cannot be the question's own word
 * (CLOSING_WORD).
 * The vocative after a greeting: with punctuation after it, up to VOCATIVE_WORDS words but a question's first word ("hey
 * news bot,"); with none, only the words one addresses somebody by ("hey bot who …", "hi guys where …"), so that "hello
 * Kitty who …" keeps its name.
 */
export function withoutDiscourse(text: string): string {
  let rest = text;
  for (let m = DISCOURSE_OPENING.exec(rest); m !== null; m = DISCOURSE_OPENING.exec(rest)) {
    const after = rest.slice(m[0].length);
    if (!/\p{L}/u.test(after)) break;
    rest = after;
  }
  // The closing pattern, unanchored at its start, is tried at every position of the text: ~10 µs a question, spent only
  // on a text that ends as a closing element does.
  const closed = mayEndInDiscourse(rest) ? rest.replace(DISCOURSE_CLOSING, '$1') : rest;
  return /\p{L}/u.test(closed) ? closed : rest;
}

/**
 * A message without the "exactly" or "precisely" right after a wh-word ("and where exactly?", "what exactly did he say"):
 * there it focuses the wh-phrase (an exclusive among the restrictive subjuncts, Quirk et al. 1985 §8.116–8.117) and names nothing the
 * answer holds, so it is no word to search for. Searched, it is missing from the article that answers (askseeds3's probe,
 * session 49: "and where exactly" after "when did putin and trump meet in alaska" abstained, where "and where?" names
 * the base), and a follow-up whose only content word it is reads as asking about it. Not after "how", which asks the degree
 * of an adverb after it ("how precisely can the clock measure time?": how + adverb, §11.14); nor before a hyphen or apostrophe, where
 * the adverb is part of a word ("what precisely-timed …").
 */
export function withoutFocusingAdverb(text: string): string {
  return text.replace(FOCUSED_WH, '$1');
}

/** The wh-words a focusing "exactly" or "precisely" may follow (all of WH_WORDS but "how"). */
const FOCUSABLE_WH = [...WH_WORDS].filter((w) => w !== 'how');
const FOCUSED_WH = new RegExp(`\\b(${FOCUSABLE_WH.join('|')})\\s+(?:exactly|precisely)\\b(?![-'’])`, 'giu');

/**
 * Whether a sentence, its discourse elements aside, only asks leave to ask or announces a question ("Hi, can I ask you
 * something?", "Quick question?"): a preliminary, which asks nothing of the coverage itself.
 */
export function asksLeaveToAsk(sentence: string): boolean {
  return PRELIMINARY.test(withoutDiscourse(sentence));
}

/** Greetings (UD INTJ: "hi", "hello"; "good morning", "hi there" and "hello again" are one as a whole). */
const GREETINGS = [
  '(?:hi|hello|hey) (?:there|again)',
  'hi',
  'hello',
  'hey',
  'heya',
  'hiya',
  'howdy',
  'yo',
  'greetings',
  'good (?:morning|afternoon|evening|day)',
];
/** Interjections of hesitation and assent that open a chat line (UD INTJ). */
const INTERJECTIONS = ['oh', 'ah', 'um+', 'uh+', 'er+m?', 'hm+', 'ok', 'okay', 'alright', 'well'];
/**
 * Laughter and emoticons, which chat adds before or after a question ("lol where …", "who is X haha", "… :D"): UD's
 * `discourse` relation takes interjections "and also emoticons" (UD v2 relations), and UD English-EWT, built from web
 * and chat text, tags "lol" and "haha" INTJ attached as `discourse`. The laughter forms are those of Tagliamonte & Denis
 * 2008 (Linguistic ruin? LOL! Instant messaging and teen language), with their lengthened spellings; the emoticons are
 * Western ones (eyes, an optional nose, a mouth: Schnoebelen 2012, Do you smile with your nose?) and "xD".
 */
const LAUGHTER = ['lo+l(?:ol)*', 'lmf?a+o+', 'rofl', '(?:ha){2,}h?', '(?:he){2,}h?', 'xd+'];
const EMOTICONS = ["[:;=][-'^o]?[)(\\]\\[dpo3/|*]+"];
/**
 * Preliminaries: a question announced, or leave asked to ask it, before it is asked ("quick question", "can I ask you
 * something?"). Schegloff (1980, "Preliminaries to preliminaries: 'Can I ask you a question?'") shows that such a turn
 * projects the question to come and asks nothing itself.
 */
const PRELIMINARIES = [
  '(?:a |one )?quick question',
  '(?:one more|another) question',
  '(?:can|could|may) (?:i|we) ask(?: (?:you|u))?(?: (?:a |one )?(?:quick )?question| something)?',
];
/** The marker of a change of topic ("by the way": Fraser 1999, discourse markers) and its abbreviation in chat. */
const BTW = 'btw';
const TOPIC_CHANGE = ['by the way', BTW];
/**
 * Markers that open a question without being part of it: an apology or call for attention before an imposition ("sorry",
 * "excuse me": Brown & Levinson 1987, negative politeness, apologize), a marker of a change of topic (TOPIC_CHANGE) and the
 * preliminaries.
 */
const MARKERS = ['sorry', 'excuse me', 'pardon(?: me)?', ...TOPIC_CHANGE, ...PRELIMINARIES];
/**
 * Response tokens that acknowledge the answer before the next question ("cool, and where …?", "got it. who …?"): the
 * acknowledgement and assessment tokens of Gardner 2001 (Listener talk), UD INTJ. Taken only when punctuation or thanks
 * follows: bare, several are words of a question ("right", "sure"); "nice" is not one of them, being a city ("Nice,
 * France").
 */
const ACKNOWLEDGEMENTS = ['cool', 'great', 'awesome', 'perfect', 'got it', 'i see', 'right', 'sure', 'yes', 'yeah', 'yep', 'no', 'nope'];
/**
 * Asides that follow a question and say why or how it is asked, not what: comment clauses and style disjuncts ("asking
 * for a friend", "just curious", "out of curiosity"), which comment on the speaker's act of saying and stand outside the
 * clause's content (Quirk et al. 1985 §8.124-8.127, style disjuncts; §15.53-15.55, comment clauses), and the change-of-topic
 * marker (Fraser 1999) that chat puts after the question as well as before it ("who runs the depot, btw"). Taken only
 * after punctuation, which sets a parenthesis off (Quirk et al. 1985 §15.53): with none, "curious" or "by the way" may be
 * the question's own words ("who is curious", "what stood by the way"). "btw", an abbreviation of chat, is no word of a
 * question but where it is mentioned, as laughter is (LAUGHTER_MENTIONED_AFTER), and is taken with none too.
 */
const ASIDES = [
  ...TOPIC_CHANGE,
  'asking for a friend',
  "(?:i(?:'|’)?m |i am )?just (?:asking|curious|wondering)",
  "(?:i(?:'|’)?m |i am )?curious",
  'out of curiosity',
];
/** The markers of politeness: "please" (UD INTJ, Searle 1975) and its chat spellings, and thanks. */
const PLEASE = ['please', 'pls', 'plz'];
const POLITENESS = [...PLEASE, 'kindly'];
const THANK = ['thanks(?: a lot| so much)?', 'thank you(?: so much| very much)?', 'thx', 'many thanks'];
const THANKS = [...THANK, 'ty', 'cheers'];
/** How many words a vocative after a greeting may take ("hey bot,", "hi there!", "hello news bot,"). */
const VOCATIVE_WORDS = 3;
/**
 * The words one addresses somebody by, which follow a greeting as its vocative with no comma after them in chat, open the
 * message before punctuation ("bot, who …") or close the question after a comma ("…, bot?"): the bot itself, and the
 * general nouns of address and "everybody" that Quirk et al. 1985 (ch. 10, vocatives) list beside names.
 */
const ADDRESS_WORDS = ['bot', 'guys', 'folks', 'all', 'everyone', 'everybody', 'friends?', 'mate', 'buddy', 'pal', 'dude'];
/**
 * The words a question or a request opens with, before which an opening word is taken with no punctuation after it: the
 * wh-words and operators of the interrogative (Quirk et al. 1985 §11.5), the first words of a request frame ("tell me",
 * "I'd like to know", "any idea"), and the connectives a chat follow-up opens with ("ok so what …", "oh and where …").
 */
const QUESTION_OPENERS = [
  ...WH_WORDS,
  ...YES_NO_OPENERS,
  'whether',
  'if',
  'tell',
  'give',
  'show',
  'i',
  'any',
  'have',
  ...FOLLOW_UP_CONNECTIVES,
];

const alternatives = (words: readonly string[]) => words.join('|');
/**
 * The labels that number a question or mark it as one, before its first word: an ordered list's marker ("1.", "2)": one
 * or more digits and a full stop or parenthesis, CommonMark 0.31 §5.2, which Discord's markdown renders as a list) and the
 * "Q:" of the question-and-answer layout of interviews and FAQs. Before a question's first word neither can be a word of
 * it; two digits at most, so that a year fronted as the topic ("2019. who won?") stays.
 */
const LABELS = '\\d{1,2}[.)]|q(?:uestion)?\\s*[:.]';
/**
 * An opening discourse element and what sets it off: punctuation, or a question's first word, "please" or thanks after it
 * ("ok thanks and when …"). A word of address with no greeting before it ("bot, who …") or an acknowledgement is taken
 * only before punctuation or thanks ("great thanks!"): before a wh-word it may head a relative clause ("everyone who …").
 */
const DISCOURSE_OPENING = new RegExp(
  `^\\s*(?:(?:${LABELS})\\s+(?=(?:${alternatives(QUESTION_OPENERS)})\\b)|(?:(?:${alternatives(GREETINGS)})(?:\\s+(?!(?:${alternatives(QUESTION_OPENERS)})\\b)[\\p{L}'’]+){0,${VOCATIVE_WORDS}}(?=\\s*[,!.:;—–])` +
    `|(?:${alternatives(GREETINGS)})(?:\\s+(?:${alternatives(ADDRESS_WORDS)})\\b){0,${VOCATIVE_WORDS}}` +
    `|(?:${alternatives([...ADDRESS_WORDS, ...ACKNOWLEDGEMENTS])})(?=\\s*[,!?.:;—–]|\\s+(?:${alternatives(THANK)})\\b)` +
    `|${alternatives([...INTERJECTIONS, ...LAUGHTER, ...EMOTICONS, ...MARKERS, ...POLITENESS, ...THANKS])})` +
    `(?:\\s*[,!?.:;—–]+\\s*|\\s+(?=(?:${alternatives([...QUESTION_OPENERS, ...POLITENESS, ...THANK])})\\b)))`,
  'iu',
);
/**
 * A closing "please" or thanks with no punctuation before it is the marker unless the words before make it the question's
 * own: the verb "please" (to like, to wish) of "as they please", "if you please", "whatever they please" (Merriam-Webster,
 * please, intransitive verb), its subject between the subordinator and it, or of a free relative, "where they please",
 * "what you please", its subject a pronoun (a wh-word and a noun before "please" are the question's: "where is the depot
 * please"); the noun "thanks" after a determiner or preposition ("a vote of thanks") or a verb that takes it as object
 * ("give thanks", "express thanks": Oxford Collocations Dictionary, thanks), and the verb "thank" after an operator that
 * takes a bare infinitive, with its pronoun subject when inverted ("did he thank you", "will thank you": the modal and
 * do-support operators, Quirk et al. 1985 §3.21, §3.37). "ty", "cheers" and "kindly" are words of their own there ("Ty
 * Cobb", "to greet with cheers") and are taken only after punctuation.
 */
const PLEASE_VERB_CLAUSE = ['as', 'if', 'whatever', 'whoever', 'whichever', 'wherever', 'whenever', 'however'];
const SUBJECT_PRONOUNS = ['i', 'you', 'he', 'she', 'it', 'we', 'they', 'one'];
const THANKS_NOUN_BEFORE = [
  ...['a', 'the', 'my', 'our', 'your', 'his', 'her', 'its', 'their', 'no', 'many', 'special', 'sincere'],
  ...['of', 'in', 'with', 'for', 'to', 'as', 'without', 'by'],
  ...['give', 'gives', 'gave', 'given', 'giving', 'say', 'says', 'said', 'saying', 'express(?:es|ed|ing)?', 'offer(?:s|ed|ing)?'],
  ...['receive[sd]?', 'receiving', 'send(?:s|ing)?', 'sent', 'owe[sd]?', 'owing', 'extend(?:s|ed|ing)?', 'convey(?:s|ed|ing)?'],
];
/**
 * The words after which a closing laughter word is the one the question asks about, mentioned rather than used ("what
 * does lol mean", "what is lol", "the meaning of lol": the use-mention distinction), and so is kept.
 */
const LAUGHTER_MENTIONED_AFTER = ['is', 'are', 'was', 'were', 'be', 'mean', 'means', 'meant', 'by', 'of', 'about', 'called'];
const BARE_INFINITIVE_OPERATORS = ['do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'];
const THANK_VERB_BEFORE = `(?:${alternatives(BARE_INFINITIVE_OPERATORS)})(?:\\s+(?:${alternatives(SUBJECT_PRONOUNS)}))?`;
const CLOSING_WORD =
  `\\s*(?:,\\s*|(?<=[.!?;:])\\s*)(?:${alternatives([...POLITENESS, ...THANKS])})\\b` +
  `|(?<!\\b(?:${alternatives(LAUGHTER_MENTIONED_AFTER)}))(?:\\s*,\\s*|(?<=[.!?;:])\\s*|\\s+)(?:${alternatives([...LAUGHTER, BTW])})\\b` +
  `|\\s*(?:,\\s*|(?<=[.!?;:])\\s*)(?:${alternatives(ASIDES)})\\b` +
  `|(?:\\s*,\\s*|(?<=[.!?])\\s*|\\s+)(?:${alternatives(EMOTICONS)})(?![\\p{L}\\p{N}])` +
  `|\\s*,\\s*(?:${alternatives(ADDRESS_WORDS)})\\b` +
  `|(?<!\\b(?:${alternatives(PLEASE_VERB_CLAUSE)})(?:\\s+[\\p{L}'’]+){1,3}|\\b(?:${alternatives([...WH_WORDS])})\\s+(?:${alternatives(SUBJECT_PRONOUNS)}))` +
  `\\s+(?:${alternatives(PLEASE)})\\b` +
  `|(?<!\\b(?:${alternatives(THANKS_NOUN_BEFORE)}|${THANK_VERB_BEFORE}))\\s+(?:${alternatives(THANK)})\\b`;
/** The closing "please", thanks and vocative, and a question mark after them, which the question keeps. */
const DISCOURSE_CLOSING = new RegExp(`(?:${CLOSING_WORD})+[\\s.!]*([?]?)[\\s.!]*$`, 'iu');
/**
 * A closing element at the end of a text (any of CLOSING_WORD's alternatives ends with one of these): the test the
 * closing pattern needs to pass before it is worth trying, at its every start position (withoutDiscourse).
 */
const CLOSING_END = new RegExp(
  `(?:\\b(?:${alternatives([...POLITENESS, ...THANKS, ...ADDRESS_WORDS, ...LAUGHTER, ...ASIDES])})|(?<!\\S)(?:${alternatives(EMOTICONS)}))$`,
  'iu',
);
/** Longer than any of CLOSING_END's alternatives ("thank you very much"), with the word boundary before it. */
const CLOSING_END_CHARS = 24;

/**
 * Whether the text, its closing punctuation aside, ends with a closing element's last words (CLOSING_END). The punctuation
 * and spaces are stepped over from the end, one character each: a pattern anchored only at its end (`/[\s.!?]+$/u`) is
 * tried from every position of the text, 1-2 µs a question of 4-5 calls (micro-benchmark over SQuAD dev's questions,
 * session 51), where the loop takes a tenth of it. A character outside the BMP is neither a space nor one of the marks, in
 * either form.
 */
function mayEndInDiscourse(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSING_PUNCTUATION.test(text[end - 1])) end--;
  return CLOSING_END.test(text.slice(Math.max(0, end - CLOSING_END_CHARS), end));
}
const CLOSING_PUNCTUATION = /[\s.!?]/u;
/** A sentence that is nothing but a preliminary. */
const PRELIMINARY = new RegExp(`^\\s*(?:${alternatives(PRELIMINARIES)})[\\s.!?]*$`, 'iu');

/**
 * A request to tell the asker something, or a statement that the asker does not know it, whose object is the question
 * (Quirk et al. 1985 §15.3-15.6, nominal wh-clauses as the object of "tell", "know", "wonder", "idea"; Searle 1975,
 * indirect requests: "can you tell me …", "would you mind telling me …", "I'd like to know …"), or a question put to the
 * coverage, the subject of a verb of saying ("do the articles say where …": Quirk et al. 1985 §15.5, "say" with a nominal
 * wh-clause). The first group is set for a request about a topic ("tell me about …", "explain …"), the second for the verbs
 * of telling, which take a concealed question too.
 */
const REQUEST_FRAME = new RegExp(
  '^\\s*(?:' +
    [
      `(?:(?:can|could|would|will) (?:you|u) (?:please )?|would you mind |please )?(?:(tell me (?:more )?about|explain(?: to me)?|what (?:can|do) (?:you|u) (?:tell me|know) about)` +
        `|(tell|give|show|telling|giving|showing) me)`,
      `(?:do|does|did) (?:the |your )?(?:articles?|stories|story|coverage|news|reports?|sources?) (?:say|mention|tell (?:me|us))`,
      `(?:do|did) (?:you|u) (?:happen to )?know`,
      `(?:(?:do you have|have you got|have you) )?any idea`,
      `i(?:'d| would) like to know|i (?:want|need) to know|i wanna know`,
      `i(?: was|'m| am)? wonder(?:ing)?`,
    ].join('|') +
    `)(?: please)?\\s+`,
  'iu',
);
/** The determiners of a concealed question's noun phrase. */
const CONCEALED_OBJECT = /^(?:the|a|an|this|that|his|her|its|their)\s/iu;
/** The words that open a nominal wh-clause or a nominal yes/no clause (Quirk et al. 1985 §15.3-15.6). */
const EMBEDDED_OPENER = new RegExp(`^(?:${alternatives([...WH_WORDS])}|whether|if)\\b`, 'iu');

/**
 * A nominal wh-clause or yes/no clause ("when they met", "who Fico is", "whether the talks produced a deal") as the direct
 * question it stands for ("when did they meet", "who is Fico", "did the talks produce a deal"). The embedded clause keeps
 * the declarative order, its subject before its verb (Quirk et al. 1985 §15.4-15.5); the direct question inverts subject
 * and operator, "do" standing as the operator of a verb that has none (§11.14; do-support, §3.37), and drops "whether" or
 * "if", which a direct yes/no question lacks. A wh-phrase that is its clause's subject ("who won the race") stands in the
 * same order either way; an adverbial one ("when", "where", "why", "how long") never is the subject. A clause whose finite
 * verb is not found is read as written.
 */
function directQuestion(nlp: Nlp, clause: string): string {
  const { value, precedingSpaces, pos, lemma } = readWords(nlp, clause);
  const words = value.map((v) => v.toLowerCase());
  const isVerb = (i: number) => pos[i] === 'AUX' || pos[i] === 'VERB';
  const polar = !WH_WORDS.has(words[0]);
  let end = words[0] === 'how' && (pos[1] === 'ADJ' || pos[1] === 'ADV') ? 2 : 1;
  if (NOMINAL_WH.has(words[0]) || HOW_QUANTIFIERS.has(words[1])) end = whPhraseEnd(words[0], pos, end);
  let last = words.length - 1;
  while (last > 0 && pos[last] === 'PUNCT') last--;
  // "What X is": "be" wants its complement (Quirk et al. 1985 §10.8, the copula), and a clause that ends with it has that
  // complement in the wh-word, so the noun phrase after "what" is the subject, not part of the wh-phrase.
  if (end > 1 && end === last && lemma[end] === 'be') end = 1;
  const subjectAsked = !polar && !ADVERBIAL_WH.has(words[0]) && end === 1 ? isVerb(1) : !polar && NOMINAL_WH.has(words[0]) && isVerb(end);
  if (subjectAsked) return clause;
  let verb = end + 1;
  while (verb <= last && !isVerb(verb)) verb++;
  if (verb > last) return clause;
  const moved = pos[verb] === 'AUX' || lemma[verb] === 'be';
  const operator = moved ? value[verb] : doSupport(words[verb], lemma[verb]);
  const pieces = [
    ...(polar ? [] : value.slice(0, end).map((v, i) => precedingSpaces[i] + v)),
    ` ${operator}`,
    ...value.slice(end, verb).map((v, i) => (i === 0 ? ' ' : precedingSpaces[end + i]) + v),
    ...(moved ? [] : [` ${lemma[verb]}`]),
    ...value.slice(verb + 1).map((v, i) => precedingSpaces[verb + 1 + i] + v),
  ];
  return pieces.join('').trim();
}

/**
 * Where the wh-phrase of "what/which/whose/how many + noun phrase" ends: after the words of the noun phrase, up to a
 * determiner, which opens the next one ("which countries | the survey covered"), or a proper noun after a common noun, which
 * is no modifier of it ("which outlet | Trump told"). After "what" a proper noun opens the subject ("what | Trump said"):
 * "what" before a name is the pronoun.
 */
function whPhraseEnd(wh: string, pos: readonly string[], from: number): number {
  let end = from;
  let noun = false;
  while (WH_NOUNS.has(pos[end]) && !(pos[end] === 'PROPN' && (noun || wh === 'what'))) {
    noun ||= pos[end] === 'NOUN';
    end++;
  }
  return end;
}
/** The wh-words that take a noun phrase after them ("which countries", "whose plan"; Quirk et al. 1985 §6.36). */
const NOMINAL_WH = new Set(['what', 'which', 'whose']);
/** The wh-words of adjuncts, never a clause's subject (Quirk et al. 1985 §11.14): "when", "where", "why", "how". */
const ADVERBIAL_WH = new Set(['when', 'where', 'why', 'how']);
/** The words of a noun phrase a wh-word's phrase may take: adjectives, nouns, names, numerals. */
const WH_NOUNS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The form of "do" that is the operator of a lexical verb with none (do-support, Quirk et al. 1985 §3.37), by the verb's
 * inflection: the base form takes "do", the -s form "does", any other finite form (the past) "did".
 */
function doSupport(word: string, base: string): string {
  if (word === base) return 'do';
  return word === `${base}s` || word === `${base}es` || word === `${base.replace(/y$/, '')}ies` ? 'does' : 'did';
}
