/** Short texts shown to users, worded once so every surface says the same thing. */
export const USER_MESSAGES = {
  apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
  emptyQuestion: 'Ask a question in words, for example `/when did Trump and Putin meet`.',
  expiredButton: 'This button belongs to an older answer. Please ask the question again.',
  cannotPage: 'I can no longer page through this answer. Please ask the question again.',
  passageGone: 'That passage is no longer in the coverage. Please ask the question again.',
  unknownCommand: 'I do not know that command. It may have been removed; try `/help`.',
  feedbackSaved: 'Thanks, your feedback was recorded.',
  feedbackFailed: 'Sorry, your feedback could not be saved right now.',
  reindexNotAllowed: 'Only the bot owners and members who can manage this server can re-index the coverage.',
  reindexFailed: 'Re-indexing failed, so I still answer from the previous coverage. The error is in the bot log.',
} as const;

/** The friendly notice for a user over the question limit, with when to try again. */
export function rateLimitNotice(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You are asking quickly. Please wait ${seconds} second${seconds === 1 ? '' : 's'} before the next question.`;
}
