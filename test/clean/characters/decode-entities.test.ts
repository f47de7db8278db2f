import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/clean/characters/decode-entities.js';

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('AT&amp;T said &ldquo;no&rdquo; &mdash; Putin&#8217;s aide&#x2019;s view &lt;3')).toBe(
      'AT&T said \u201Cno\u201D \u2014 Putin\u2019s aide\u2019s view <3',
    );
  });

  it('decodes legacy entities written without a semicolon only when no letter follows', () => {
    expect(decodeEntities('LATEST&nbsp')).toBe('LATEST ');
    expect(decodeEntities('Tom &amp Jerry')).toBe('Tom & Jerry');
    expect(decodeEntities('the &ampersand sign')).toBe('the &ampersand sign');
  });

  it('leaves unknown names, real ampersands and invalid code points alone', () => {
    const text = 'R&D; AT&T; Q&A &foo; &#0; &#xD800; &#12';
    expect(decodeEntities(text)).toBe(text);
  });
});
