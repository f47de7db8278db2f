import { describe, expect, it } from 'vitest';
import { HELP, parseLine } from '../../src/dispatch/line.js';

describe('parseLine', () => {
  it('asks a plain line as it is, trimmed', () => {
    expect(parseLine('  Who is the Kremlin spokesman?  ')).toEqual({ kind: 'ask', question: 'Who is the Kremlin spokesman?', command: null });
  });

  it('reads an answer-type command as a hint on the rest of the line', () => {
    expect(parseLine('/when did they meet')).toEqual({ kind: 'ask', question: 'did they meet', command: 'when' });
    expect(parseLine('/HOW many calls did they have')).toEqual({ kind: 'ask', question: 'many calls did they have', command: 'how' });
    expect(parseLine('/ask Putin Trump Alaska')).toEqual({ kind: 'ask', question: 'Putin Trump Alaska', command: 'ask' });
  });

  it('reads an answer-type command with nothing after it as empty', () => {
    expect(parseLine('/who')).toEqual({ kind: 'empty' });
    expect(parseLine('/when   ')).toEqual({ kind: 'empty' });
  });

  it('reads /sources, /help, /quit and /exit', () => {
    expect(parseLine('/sources')).toEqual({ kind: 'sources' });
    expect(parseLine('/help')).toEqual({ kind: 'help' });
    expect(parseLine('/quit')).toEqual({ kind: 'quit' });
    expect(parseLine('/exit')).toEqual({ kind: 'quit' });
  });

  it('names an unknown command', () => {
    expect(parseLine('/weather in Moscow')).toEqual({ kind: 'unknown', command: 'weather' });
  });

  it('reads a blank line as empty', () => {
    expect(parseLine('')).toEqual({ kind: 'empty' });
    expect(parseLine(' \t ')).toEqual({ kind: 'empty' });
  });
});

describe('HELP', () => {
  it('names every command', () => {
    for (const command of ['/ask', '/when', '/who', '/where', '/what', '/why', '/how', '/sources', '/help', '/quit']) expect(HELP).toContain(command);
  });
});
