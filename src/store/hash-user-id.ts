import { createHash } from 'node:crypto';

/**
 * What the store keeps instead of a user id: sha256 of it, with a prefix so the digest is not the same as a
 * plain sha256 of a public Discord id that any other table of such digests could look up.
 */
export function hashUserId(userId: string): string {
  return createHash('sha256').update(`coverage-bot:user:${userId}`).digest('hex');
}
