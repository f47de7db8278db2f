import { normaliseQuestion } from './normalise-question.js';

/** A vote as stored: the user only as a hash. */
export interface StoredVote {
  vote: 'up' | 'down';
  question: string;
  answerType: string;
  abstained: boolean;
  excerptIds: string[];
  userHash: string;
  /** ISO 8601. */
  at: string;
}

export interface StoredAsk {
  question: string;
  answerType: string;
  abstained: boolean;
  at: string;
}

export interface AskedCount {
  /** The latest phrasing of the question. */
  question: string;
  count: number;
  lastAt: string;
}

export interface DislikedAnswer {
  question: string;
  answerType: string;
  /** The excerpts the answer showed (empty: the bot abstained). */
  excerptIds: string[];
  down: number;
  up: number;
  lastAt: string;
}

export interface FeedbackSummary {
  totals: { asked: number; abstained: number; up: number; down: number };
  /** Most asked questions, most first. */
  mostAsked: AskedCount[];
  /** Answers with down votes, most down votes first. */
  mostDisliked: DislikedAnswer[];
  /** Questions the coverage could not answer (the bot abstained), most asked first: the coverage gaps. */
  gaps: AskedCount[];
}

function countQuestions(asks: readonly StoredAsk[], top: number): AskedCount[] {
  const groups = new Map<string, AskedCount>();
  for (const ask of asks) {
    const key = normaliseQuestion(ask.question);
    const group = groups.get(key);
    if (!group) groups.set(key, { question: ask.question, count: 1, lastAt: ask.at });
    else {
      group.count += 1;
      if (ask.at >= group.lastAt) Object.assign(group, { question: ask.question, lastAt: ask.at });
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
    .slice(0, top);
}

function dislikedAnswers(votes: readonly StoredVote[], top: number): DislikedAnswer[] {
  // An answer is the question with the excerpts shown: the same question answered from other excerpts (after a
  // re-index) is another answer.
  const groups = new Map<string, DislikedAnswer>();
  for (const vote of votes) {
    const key = JSON.stringify([normaliseQuestion(vote.question), vote.excerptIds]);
    let group = groups.get(key);
    if (!group) {
      const { question, answerType, excerptIds, at } = vote;
      group = { question, answerType, excerptIds, down: 0, up: 0, lastAt: at };
      groups.set(key, group);
    }
    group[vote.vote] += 1;
    if (vote.at >= group.lastAt) Object.assign(group, { question: vote.question, lastAt: vote.at });
  }
  return [...groups.values()]
    .filter((group) => group.down > 0)
    .sort((a, b) => b.down - a.down || a.up - b.up || b.lastAt.localeCompare(a.lastAt))
    .slice(0, top);
}

/** Aggregates stored votes and asked questions into the report `npm run feedback` prints. */
export function summariseFeedback(votes: readonly StoredVote[], asks: readonly StoredAsk[], top: number): FeedbackSummary {
  const unanswered = asks.filter((ask) => ask.abstained);
  return {
    totals: {
      asked: asks.length,
      abstained: unanswered.length,
      up: votes.filter((vote) => vote.vote === 'up').length,
      down: votes.filter((vote) => vote.vote === 'down').length,
    },
    mostAsked: countQuestions(asks, top),
    mostDisliked: dislikedAnswers(votes, top),
    gaps: countQuestions(unanswered, top),
  };
}
