import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A real redis-server on 127.0.0.1, private to one test file. */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** The folder it runs in, where an RDB save writes. */
  readonly dir: string;
  /** Kills the server (SIGKILL: a crash, not a polite shutdown) and waits until it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: it saves nothing) and waits until it answers PING. */
  restart(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open but nothing answers, like a hung host. */
  pause(): void;
  resume(): void;
  /** Stops the server and removes its folder. */
  dispose(): Promise<void>;
}

const READY_WITHIN_MS = 10_000;
const START_ATTEMPTS = 3;

/** Fails (never skips) with a message saying what to install when redis-server is missing. */
function assertInstalled(binary: string): void {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `redis-server is needed by these tests and could not be run as "${binary}" ` +
        `(${probe.error?.message ?? probe.stderr.trim()}): ` +
        'install it (Debian/Ubuntu: apt-get install redis-server) or set REDIS_SERVER_BIN',
    );
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not get a free port');
  return address.port;
}

/** One PING over a raw socket: true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

function launch(binary: string, port: number, dir: string, extra: string[]): { child: ChildProcess; output: () => string } {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...extra];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitUntilReady(child: ChildProcess, port: number, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited at start (code ${child.exitCode}, signal ${child.signalCode}):\n${output()}`);
    }
    if (await ping(port)) return;
    await sleep(20);
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server on port ${port} did not answer PING within ${READY_WITHIN_MS} ms:\n${output()}`);
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/**
 * Starts a redis-server at a free port in its own temporary folder, saving nothing to disk. The binary is
 * `redis-server` on the PATH unless REDIS_SERVER_BIN (or `binary`) names another; `args` are more of its options
 * (`--replicaof HOST PORT`), given at every start.
 */
export async function startRedisServer({
  binary = process.env.REDIS_SERVER_BIN ?? 'redis-server',
  args = [],
}: { binary?: string; args?: string[] } = {}): Promise<RedisServer> {
  // `npm test` must pass with Node and npm alone (the README's quick start): its project sets this, so a file that
  // needs a server and is not named *.redis.test.ts fails here, on any machine, rather than only where none is installed.
  if (process.env.COVERAGE_BOT_UNIT_TESTS) {
    throw new Error('this test starts a redis-server, which `npm test` never needs: name its file *.redis.test.ts (npm run test:redis)');
  }
  assertInstalled(binary);
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-redis-'));
  let port = await freePort();
  let current = launch(binary, port, dir, args);
  // A test process that dies without dispose() must not leave a server behind.
  const killOnExit = (): void => void current.child.kill('SIGKILL');
  process.once('exit', killOnExit);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await waitUntilReady(current.child, port, current.output);
      break;
    } catch (err) {
      // Another test file's server may have taken the port between probing it and binding it: try another.
      await kill(current.child);
      if (attempt === START_ATTEMPTS) {
        process.off('exit', killOnExit);
        await rm(dir, { recursive: true, force: true });
        throw err;
      }
      port = await freePort();
      current = launch(binary, port, dir, args);
    }
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop: () => kill(current.child),
    async restart() {
      await kill(current.child);
      current = launch(binary, port, dir, args);
      await waitUntilReady(current.child, port, current.output);
    },
    pause: () => void current.child.kill('SIGSTOP'),
    resume: () => void current.child.kill('SIGCONT'),
    async dispose() {
      await kill(current.child);
      process.off('exit', killOnExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
