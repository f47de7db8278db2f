/**
 * An error meant for the user: its message is shown to them as is (ephemeral where Discord allows)
 * and it is not logged as a failure. Anything else thrown in a handler is a bug or an outage.
 */
export class UserError extends Error {
  override name = 'UserError';
}
