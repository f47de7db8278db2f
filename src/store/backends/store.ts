import type { z } from 'zod';
import { OperatorError } from '../../entry.js';
export type StoreBackend = 'sqlite' | 'redis' | 'memory';

/**
 * One kind of record: the namespace it lives in, the format version it is written in and how to recognise
 * valid data. A record read back with another version, or data `accepts` rejects, is ignored (a miss).
 */
export interface RecordKind<T> {
  namespace: string;
  /** Bump when the stored shape of T changes: older records then miss and are rebuilt instead of trusted. */
  version: number;
  accepts(data: unknown): data is T;
  /**
   * 'hot': read while an interaction waits (answer cache, follow-ups), so its reads are bounded by hotReadTimeoutMs;
   * 'bulk': read and written by the coverage loader, hundreds at a start (analyses, the saved index), so every
   * operation on it is bounded by bulkTimeoutMs; 'confirmed': a record whose write a user is told the outcome of (a
   * vote), so its writes are bounded by confirmedWriteTimeoutMs (SQLite; opTimeoutMs on Redis) and its reads by
   * opTimeoutMs; otherwise opTimeoutMs.
   */
  use?: 'hot' | 'bulk' | 'confirmed';
  /**
   * A string field of the record (a large one: base64 bytes) that the store keeps after the record's JSON instead of
   * inside it, so that reading the record back slices it rather than parsing it (keyv.ts).
   */
  tail?: StringField<T>;
}

/** The names of T's string fields. */
export type StringField<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** A read that tells a miss (nothing valid stored) from a failure (the store could not be asked). */
export type ReadResult<T> = { status: 'hit'; data: T } | { status: 'miss' } | { status: 'failed' };

/** The records of one kind. No method throws except `list`: a store that is down gives misses and `false`. */
export interface RecordSpace<T> {
  read(key: string): Promise<ReadResult<T>>;
  get(key: string): Promise<T | undefined>;
  /** False when the record was not saved. */
  set(key: string, data: T, ttlMs?: number): Promise<boolean>;
  delete(key: string): Promise<boolean>;
  /** Every valid record of the kind, for reports; throws a StoreError when the store cannot be read. */
  list(): Promise<Array<{ key: string; data: T }>>;
}

/** Fixed-window hit counting that every process on the same store shares. */
export interface WindowCounter {
  /**
   * Counts one hit for `key` in its current window (a window starts at its first hit and lasts `windowMs`).
   * Undefined when the store could not be asked.
   */
  hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number } | undefined>;
}

export interface Store {
  readonly backend: StoreBackend;
  /** False while the backend is unreachable; operations then miss or return false, and it reconnects by itself. */
  readonly healthy: boolean;
  records<T>(kind: RecordKind<T>): RecordSpace<T>;
  /** Present only where counts are shared across processes (Redis); elsewhere callers count in-process. */
  readonly windowCounter: WindowCounter | undefined;
  /** Releases connections; operations after close miss or return false. */
  close(): Promise<void>;
}

/** A store that cannot be used at all (bad STORE_URL, unwritable SQLite file): its message is one line for the operator. */
export class StoreError extends OperatorError {
  override name = 'StoreError';
}

/**
 * An operation not done because the store was busy with another's work: SQLite's file held by another connection past
 * the operation's bound. The store is not down (StoreGuard, notMade): nothing is saved, and reads go on.
 */
export class StoreBusyError extends Error {
  override name = 'StoreBusyError';
}

/**
 * A write the store's file could not take while the store still reads: SQLite's file on a full disk, or one that cannot be
 * written (read-only, immutable, a failing disk). The store is not down (StoreGuard, notMade): nothing is saved, reads go
 * on, and the next write is tried.
 */
export class StoreWriteRefusedError extends Error {
  override name = 'StoreWriteRefusedError';
}

/**
 * An Error's first message line (a driver's message may go on with the query or the state it was in), or the thrown
 * value as text: the reason a one-line StoreError gives.
 */
export function firstLineOf(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

/** The URL without its credentials (`redis://:secret@host` → `redis://***@host`), safe for logs and errors. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}

/**
 * `true` when A and B are assignable both ways, else `never`. A record schema states
 * `true satisfies SameShape<z.infer<typeof schema>, TheType>;` so that a field added to, removed from or
 * widened in the type (a new entity type, say) fails to compile until the schema follows: otherwise the
 * schema would reject every real record, or accept records missing a field.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

/**
 * A record kind whose data is valid when `schema` accepts it. State `true satisfies SameShape<z.infer<typeof schema>, T>`
 * beside the schema, so the two cannot drift apart.
 */
export function schemaRecord<T>(kind: Omit<RecordKind<T>, 'accepts'>, schema: z.ZodType<T>): RecordKind<T> {
  return { ...kind, accepts: (data): data is T => schema.safeParse(data).success };
}
