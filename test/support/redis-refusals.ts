import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createClient, type RedisClientType } from '@keyv/redis';
import { startRedisServer, type RedisServer } from './redis-server.js';

const run = promisify(execFile);

/**
 * A real redis-server of its own that refuses writes while it serves reads in one way, made and undone as an operator's
 * Redis meets it.
 */
export interface RedisRefusal {
  storeUrl: string;
  /** The first word of Redis's error reply while it refuses. */
  code: 'OOM' | 'MISCONF' | 'READONLY';
  /** From now on Redis refuses every write. */
  refuse(): Promise<void>;
  /** Redis takes writes again. */
  accept(): Promise<void>;
  /** Stops the server. */
  dispose(): Promise<void>;
}

type Admin = RedisClientType;

/** A redis-server and an operator's connection to it, apart from the store's, refusing writes as `way` makes it. */
async function refusing(
  code: RedisRefusal['code'],
  way: (redis: RedisServer, admin: Admin) => Pick<RedisRefusal, 'refuse' | 'accept'> & { undo?: () => Promise<unknown> },
): Promise<RedisRefusal> {
  const redis = await startRedisServer();
  const admin = createClient({ url: redis.url }) as RedisClientType;
  await admin.connect();
  const { refuse, accept, undo } = way(redis, admin);
  return {
    storeUrl: redis.url,
    code,
    refuse,
    accept,
    async dispose() {
      await undo?.();
      admin.destroy();
      await redis.dispose();
    },
  };
}

/**
 * Used memory over maxmemory under the noeviction policy (Redis's default): every write that may use memory is answered
 * "OOM command not allowed when used memory > 'maxmemory'", reads are not. maxmemory 1 (byte) is under any Redis's use;
 * 0 is no limit, the default.
 */
export function overMaxmemory(): Promise<RedisRefusal> {
  return refusing('OOM', (_redis, admin) => ({
    async refuse() {
      await admin.configSet({ 'maxmemory-policy': 'noeviction', maxmemory: '1' });
    },
    async accept() {
      await admin.configSet('maxmemory', '0');
    },
  }));
}

/**
 * An RDB save that fails with stop-writes-on-bgsave-error on (Redis's default) and a save point set: writes are answered
 * "MISCONF … unable to persist to disk" until a save succeeds. The save fails as a full or broken disk makes it fail: the
 * folder it writes its temporary file in is made immutable (`chattr +i`, which stops root too: CAP_LINUX_IMMUTABLE).
 * Redis 7 refuses `CONFIG SET dir` (a protected config), so the server's own folder is the one blocked.
 */
export function failedSave(): Promise<RedisRefusal> {
  return refusing('MISCONF', (redis, admin) => {
    /** Starts a save and resolves with its outcome once Redis has finished it. */
    const save = async (): Promise<string> => {
      await admin.bgSave();
      for (;;) {
        const info = await admin.info('persistence');
        if (/rdb_bgsave_in_progress:0/.test(info)) return /rdb_last_bgsave_status:(\w+)/.exec(info)?.[1] ?? 'unknown';
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    return {
      async refuse() {
        await admin.configSet('save', '3600 1');
        await run('chattr', ['+i', redis.dir]);
        const outcome = await save();
        if (outcome !== 'err') throw new Error(`the RDB save into an immutable folder did not fail (${outcome})`);
      },
      async accept() {
        await run('chattr', ['-i', redis.dir]);
        const outcome = await save();
        if (outcome !== 'ok') throw new Error(`the RDB save did not succeed once its folder could be written (${outcome})`);
      },
      // The folder is removed with the server, whatever the test reached.
      undo: () => run('chattr', ['-i', redis.dir]),
    };
  });
}

/** How long a replica is given to sync: a 4 MB RDB at most, over loopback. */
const REPLICATED_WITHIN_MS = 60_000;

/**
 * Resolves once a replica of the server `primary` is connected to holds all it holds: WAIT returns once that many
 * replicas have acknowledged every write this connection made (none: the count of replicas online, each only after its
 * sync), blocking in Redis meanwhile (redis.io/docs/latest/commands/wait).
 */
async function replicated(primary: Admin): Promise<void> {
  const online = Number(await primary.sendCommand(['WAIT', '1', String(REPLICATED_WITHIN_MS)]));
  if (online !== 1) throw new Error(`no replica had synced after ${REPLICATED_WITHIN_MS} ms (WAIT: ${online})`);
}

/** A redis-server started as a replica of another, holding what it holds, and an operator's connection to it. */
export interface Replica {
  server: RedisServer;
  admin: Admin;
  /** `REPLICAOF NO ONE`: it becomes a primary, keeping what it holds, and takes writes. */
  promote(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Starts a redis-server as a replica of `primary` (`--replicaof`, replica-read-only yes: Redis's default), resolved once
 * it holds what the primary holds. The primary's diskless sync waits 5 s by default for more replicas to join; none will.
 */
export async function startReplicaOf(primary: RedisServer): Promise<Replica> {
  const ofPrimary = createClient({ url: primary.url }) as RedisClientType;
  await ofPrimary.connect();
  try {
    await ofPrimary.configSet('repl-diskless-sync-delay', '0');
    const server = await startRedisServer({ args: ['--replicaof', '127.0.0.1', String(primary.port), '--repl-diskless-sync-delay', '0'] });
    const admin = createClient({ url: server.url }) as RedisClientType;
    await admin.connect();
    await replicated(ofPrimary);
    return {
      server,
      admin,
      async promote() {
        await admin.sendCommand(['REPLICAOF', 'NO', 'ONE']);
      },
      async dispose() {
        admin.destroy();
        await server.dispose();
      },
    };
  } finally {
    ofPrimary.destroy();
  }
}

/**
 * The store's server made a replica while the bot runs, as a failover does (Sentinel, or an operator, promotes a replica
 * and points the old primary at it): a second server is started as its replica, promoted once it holds the same records,
 * and the store's server is made its replica (replica-read-only yes, the default). Every write is then answered
 * "READONLY You can't write against a read only replica.", reads are not; promoting it back (`REPLICAOF NO ONE`) lets it
 * take writes again.
 */
export function demotedToReplica(): Promise<RedisRefusal> {
  return refusing('READONLY', (redis, admin) => {
    let newPrimary: Replica | undefined;
    return {
      async refuse() {
        newPrimary = await startReplicaOf(redis);
        await newPrimary.promote();
        await admin.configSet('repl-diskless-sync-delay', '0');
        await admin.sendCommand(['REPLICAOF', '127.0.0.1', String(newPrimary.server.port)]);
        await replicated(newPrimary.admin);
      },
      async accept() {
        await admin.sendCommand(['REPLICAOF', 'NO', 'ONE']);
      },
      undo: () => newPrimary?.dispose() ?? Promise.resolve(),
    };
  });
}
