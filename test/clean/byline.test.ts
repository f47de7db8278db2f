import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/clean/byline.js';

describe('readByline', () => {
  it('reads an author box (name line, then e-mail line) and removes both', () => {
    expect(readByline('He claimed he would end the war.\n\nDaniel Kim\ncontent@example.com\n\nComments0')).toEqual({
      byline: 'Daniel Kim',
      rest: 'He claimed he would end the war.\n\n\nComments0',
    });
  });

  it('reads a "By" line, with several authors or an outlet after a comma', () => {
    expect(readByline('By Maria Tsvetkova and Guy Faulconbridge\nText.').byline).toBe('Maria Tsvetkova and Guy Faulconbridge');
    expect(readByline('By Ursula von der Leyen, Reuters\nText.').byline).toBe('Ursula von der Leyen');
  });

  it('removes e-mail lines even without a name above them', () => {
    expect(readByline('Send tips to the newsroom.\nEmail: tips@example.org\nMore text.')).toEqual({
      byline: null,
      rest: 'Send tips to the newsroom.\nMore text.',
    });
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const text = 'By Sunday, the troops had left the border area.\nBy Monday Morning Russia had responded.';
    expect(readByline(text)).toEqual({ byline: null, rest: text });
  });
});
