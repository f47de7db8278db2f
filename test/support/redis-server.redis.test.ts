import { createConnection } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startRedisServer } from './redis-server.js';

/** Sends one command over a raw socket; the reply, or the connection error's code. */
function send(port: number, command: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().trim());
    });
  });
}

describe('the redis-server test harness', () => {
  it('serves on 127.0.0.1, stops, and restarts empty on the same port', async () => {
    const redis = await startRedisServer();
    try {
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
      expect(await send(redis.port, 'SET k v')).toBe('+OK');
      await redis.stop();
      expect(await send(redis.port, 'PING')).toBe('ECONNREFUSED');
      await redis.restart();
      expect(await send(redis.port, 'EXISTS k')).toBe(':0');
    } finally {
      await redis.dispose();
    }
  });

  it('fails with a message saying what to install when redis-server is missing', async () => {
    await expect(startRedisServer({ binary: '/nonexistent/redis-server' })).rejects.toThrow(
      /redis-server is needed by these tests.*apt-get install redis-server/,
    );
  });
});
