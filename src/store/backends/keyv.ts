import type Keyv from 'keyv';
import type { DeserializedData, KeyvOptions } from 'keyv';
import type { Logger } from 'pino';
import { type Deadline, type StoreGuard, withTimeout } from './guard.js';
import { errorMessage } from '../../entry.js';
import { createThrottle } from '../../log.js';
import {
  firstLineOf,
  StoreError,
  type ReadResult,
  type RecordKind,
  type RecordSpace,
  type Store,
  type StoreBackend,
  type WindowCounter,
} from './store.js';
import type { StoreSettings } from '../defaults.js';

/**
 * Keyv options every namespace shares.
 *
 * Serialisation is plain JSON: records hold only JSON data, and native JSON.stringify is about 10× faster than
 * keyv's default serialiser (a recursive one in JavaScript) on an analysed article: under 1 ms against ~10 ms
 * for 200 sentences.
 *
 * Deserialisation never throws: a value that is not keyv's `{ value, expires }` JSON (written by something
 * else, or corrupted) comes back as the value itself, so the record envelope check rejects it with a warning
 * instead of the read failing like a down store.
 *
 * Errors are thrown (not only emitted) so that StoreGuard sees every failure: by default keyv and the Redis
 * adapter swallow a failed write and report it as saved.
 */
export function keyvOptions(namespace: string): KeyvOptions {
  return {
    namespace,
    serialize: serializeEntry,
    deserialize: <Value>(text: string): DeserializedData<Value> => deserializeEntry(text) as DeserializedData<Value>,
    throwOnErrors: true,
    // Failures reach StoreGuard as exceptions; keyv re-emitting them as events would only duplicate them.
    emitErrors: false,
  };
}

/**
 * keyv's `{ value, expires }` as JSON; a record whose kind names a tail (RecordKind.tail) has that string field written
 * after the JSON and a newline instead of inside it (JSON.stringify never writes a raw newline), so reading it back takes
 * a slice of the stored text rather than a parse of it: JSON.parse of the analysis records and the saved index, 34 MB
 * at SQuAD 10×, took 60–100 ms of CPU once warm and over 300 ms the first time in a process (scratch benchmark,
 * 12:45 UTC). Never with an expiry: the SQLite store finds expired rows by the `"expires"` at the end of their JSON.
 */
function serializeEntry(entry: { value?: unknown; expires?: number | null }): string {
  const envelope = entry.value;
  if (entry.expires == null && isEnvelope(envelope) && envelope.tail !== undefined && typeof envelope.data === 'object') {
    const data = { ...(envelope.data as Record<string, unknown>) };
    const tail = data[envelope.tail];
    if (typeof tail === 'string') {
      delete data[envelope.tail];
      return `${JSON.stringify({ value: { ...envelope, data } })}\n${tail}`;
    }
  }
  return JSON.stringify(entry);
}

function deserializeEntry(text: string): DeserializedData<unknown> {
  const newline = text.indexOf('\n');
  let parsed: unknown;
  try {
    parsed = JSON.parse(newline < 0 ? text : text.slice(0, newline));
  } catch {
    return { value: text };
  }
  if (newline >= 0) {
    const envelope = (parsed as { value?: unknown } | null)?.value;
    if (!isEnvelope(envelope) || typeof envelope.tail !== 'string' || typeof envelope.data !== 'object' || envelope.data === null) {
      return { value: text };
    }
    (envelope.data as Record<string, unknown>)[envelope.tail] = text.slice(newline + 1);
  }
  if (typeof parsed === 'object' && parsed !== null && 'value' in parsed) return parsed as DeserializedData<unknown>;
  return { value: parsed };
}

export interface KeyvStoreParts {
  backend: StoreBackend;
  log: Logger;
  guard: StoreGuard;
  /** Builds the Keyv of one namespace; called once per namespace. */
  openNamespace(namespace: string): Keyv;
  windowCounter?: WindowCounter;
  /** Releases the backend's connections, those of its namespaces included. */
  closeBackend(): Promise<void>;
  settings: StoreSettings;
  /** Runs before each write (within its timeout): SQLite checks there that its file is still the one it opened. */
  beforeWrite?: () => Promise<void>;
  /** Runs before each read (within its timeout): SQLite waits there while it reopens its file. */
  beforeRead?: () => Promise<void>;
  /**
   * Runs a write (or delete) with its caller's deadline, when the backend ends every write by it itself (StoreGuard.run's
   * boundedByBackend): SQLite drops a write whose turn has not come by then and bounds its busy timeout by what is left.
   */
  writeWithin?: <T>(deadline: Deadline, write: () => Promise<T>) => Promise<T>;
  /**
   * Set when a write given up at its bound may still be made later, and a delete sent after it is made after it: one
   * connection to one server that runs its commands in the order sent (Redis). A 'confirmed' record's write given up so
   * is then followed by the delete of its key, so that what the caller was told ("not confirmed") stays true.
   */
  undoLateConfirmedWrites?: boolean;
}

/** The versioned envelope every record is stored in; `tail` is the kind's RecordKind.tail, written after the JSON. */
interface Envelope {
  v: number;
  tail?: string;
  data: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).v === 'number' && 'data' in value;
}

/** Why a stored value is not a valid record of `kind`, or undefined when it is one. */
function rejection<T>(kind: RecordKind<T>, value: unknown): string | undefined {
  if (!isEnvelope(value)) return 'not a coverage-bot record';
  if (value.v !== kind.version) return `format version ${value.v}, current is ${kind.version}`;
  if (!kind.accepts(value.data)) return 'data does not match the record format';
  return undefined;
}

/** A Store over one Keyv per namespace, every operation run through the StoreGuard. */
export function createKeyvStore(parts: KeyvStoreParts): Store {
  const { backend, log, guard, settings } = parts;
  const namespaces = new Map<string, Keyv>();

  function keyvOf(namespace: string): Keyv {
    let keyv = namespaces.get(namespace);
    if (!keyv) {
      keyv = parts.openNamespace(namespace);
      namespaces.set(namespace, keyv);
    }
    return keyv;
  }

  function records<T>(kind: RecordKind<T>): RecordSpace<T> {
    const keyv = keyvOf(kind.namespace);
    // Writes are never on the answering path: a 'hot' record's are bounded like any other.
    const writeKind = kind.use === 'bulk' || kind.use === 'confirmed' ? kind.use : 'op';
    // Only a write's outcome is told to a user: a 'confirmed' record's reads are bounded like any other.
    const readKind = kind.use === 'confirmed' ? 'op' : (kind.use ?? 'op');
    // One throttle per kind: a format bump makes every old record miss, which deserves one line, not thousands.
    const warnIgnored = createThrottle(settings.warnIntervalMs, settings.now);
    const ignore = (key: string, reason: string): void =>
      warnIgnored((suppressed) =>
        log.warn(
          { namespace: kind.namespace, key, reason, othersNotLogged: suppressed },
          'ignored a stored record not in the current format; it will be rebuilt',
        ),
      );

    // A 'confirmed' write whose caller is told it was not saved must not be saved later (undoLateConfirmedWrites).
    const undoLate = kind.use === 'confirmed' && parts.undoLateConfirmedWrites === true;
    const write = async (what: string, change: () => Promise<boolean>, undo?: () => Promise<unknown>): Promise<boolean> => {
      const { writeWithin } = parts;
      // Whether the write was sent and has not been answered: given up by the guard's timer, not refused or failed.
      let unanswered = false;
      const sent = async (): Promise<boolean> => {
        unanswered = true;
        try {
          return await change();
        } finally {
          unanswered = false;
        }
      };
      const made = undoLate && undo !== undefined ? sent : change;
      const run = async (deadline: Deadline): Promise<boolean> => {
        await parts.beforeWrite?.();
        return writeWithin ? writeWithin(deadline, made) : made();
      };
      const saved = await guard.run(what, run, false, writeKind, { boundedByBackend: writeWithin !== undefined });
      if (!saved && unanswered && undoLate && undo !== undefined) {
        // Not awaited: it runs when the write does (a frozen Redis answers neither until it resumes). A connection lost
        // meanwhile may leave the write made and the delete not sent: logged, the one case left untold.
        undo().catch((err: unknown) =>
          log.warn({ namespace: kind.namespace, err: errorMessage(err) }, 'could not undo a write given up at its bound; it may be saved'),
        );
      }
      return saved;
    };

    const read = async (key: string): Promise<ReadResult<T>> => {
      const get = async () => {
        await parts.beforeRead?.();
        return { value: await keyv.get<unknown>(key) };
      };
      const outcome = await guard.run('read', get, undefined, readKind);
      if (!outcome) return { status: 'failed' };
      const { value } = outcome;
      if (value === undefined) return { status: 'miss' };
      const reason = rejection(kind, value);
      if (reason !== undefined) {
        ignore(key, reason);
        return { status: 'miss' };
      }
      return { status: 'hit', data: (value as Envelope).data as T };
    };

    return {
      read,
      async get(key) {
        const result = await read(key);
        return result.status === 'hit' ? result.data : undefined;
      },
      set(key, data, ttlMs) {
        const envelope: Envelope = kind.tail === undefined ? { v: kind.version, data } : { v: kind.version, tail: kind.tail, data };
        return write(
          'write',
          () => keyv.set(key, envelope, ttlMs),
          () => keyv.delete(key),
        );
      },
      delete(key) {
        return write('delete', () => keyv.delete(key));
      },
      async list() {
        const iterate = keyv.iterator;
        if (!iterate) throw new StoreError(`the ${backend} store cannot list its ${kind.namespace} records`);
        const found: Array<{ key: string; data: T }> = [];
        const collect = async (): Promise<void> => {
          for await (const [key, value] of iterate(undefined) as AsyncIterable<[string, unknown]>) {
            const reason = rejection(kind, value);
            if (reason === undefined) found.push({ key, data: (value as Envelope).data as T });
            else ignore(key, reason);
          }
        };
        if (guard.closed) throw new StoreError(`the ${backend} store is closed`);
        try {
          await withTimeout(collect(), settings.listTimeoutMs, `listing ${kind.namespace} records`);
        } catch (err) {
          guard.down(err);
          throw new StoreError(`cannot read the ${kind.namespace} records from the ${backend} store: ${firstLineOf(err)}`);
        }
        return found;
      },
    };
  }

  return {
    backend,
    get healthy() {
      return guard.healthy;
    },
    records,
    windowCounter: parts.windowCounter,
    async close() {
      if (guard.closed) return;
      guard.close();
      namespaces.clear();
      // Not keyv.disconnect(): Redis namespaces share one client, and its graceful close waits for replies a
      // down Redis never sends; each backend knows how to let go of its own connections.
      await parts.closeBackend();
    },
  };
}
