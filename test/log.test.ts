import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalLogger, plainLine } from '../src/log.js';

describe('plainLine', () => {
  it('words a warning as the CLIs do: the message, the error it carries, then the fields logged with it', () => {
    const json = JSON.stringify({
      level: 40,
      time: 1,
      pid: 2,
      hostname: 'host',
      err: { type: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:6390', stack: 'Error: …' },
      backend: 'redis',
      failuresNotLogged: 0,
      msg: 'store unavailable',
    });
    expect(plainLine(json)).toBe('warning: store unavailable: connect ECONNREFUSED 127.0.0.1:6390 (backend=redis, failuresNotLogged=0)\n');
  });

  it('words an error or worse as an error, and leaves out objects logged beside it', () => {
    const json = JSON.stringify({ level: 60, msg: 'index could not be built', detail: { ids: ['a', 'b'] } });
    expect(plainLine(json)).toBe('error: index could not be built\n');
  });
});

describe('plainLine and what a terminal acts on', () => {
  it("writes a logged file's escape sequence and line break as their escapes, so the warning stays one shown line", () => {
    const json = JSON.stringify({ level: 40, msg: 'could not read a page', file: 'x\x1b]0;title\x07.html', err: { message: 'bad\nform' } });
    expect(plainLine(json)).toBe('warning: could not read a page: bad\\u000aform (file=x\\u001b]0;title\\u0007.html)\n');
  });
});

describe('createLocalLogger', () => {
  let written: string[];
  afterEach(() => vi.restoreAllMocks());
  const capture = () => {
    written = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  };

  it('writes a warning to stderr as one plain line, with the secrets it was given redacted', () => {
    capture();
    const log = createLocalLogger({ level: 'info', secrets: ['s3cret-token'] });
    log.warn({ err: new Error('refused for s3cret-token') }, 'store unavailable');
    expect(written).toEqual(['warning: store unavailable: refused for [Redacted]\n']);
  });

  it('keeps the info lines LOG_LEVEL asks for as JSON, for tools to read', () => {
    capture();
    const log = createLocalLogger({ level: 'info' });
    log.info({ analysed: 5 }, 'coverage loaded');
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0])).toMatchObject({ level: 30, analysed: 5, msg: 'coverage loaded' });
  });
});
