import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeHtml, isHtmlPath } from '../../src/corpus/html-charset.js';
import { LEGACY_TEXTS, ODYSSEY } from '../support/legacy-text.js';

describe('decodeHtml', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);

  it('decodes by BOM first, then the header charset, then <meta charset> or http-equiv, else UTF-8', () => {
    const cafe1252 = new Uint8Array([...ascii('<meta charset="windows-1252"><p>caf'), 0xe9, ...ascii('</p>')]);
    expect(decodeHtml(cafe1252)).toMatchObject({ html: '<meta charset="windows-1252"><p>café</p>', source: 'meta' });
    const equiv = new Uint8Array([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'), 0xe9]);
    expect(decodeHtml(equiv)).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    const utf8 = ascii('<meta charset="windows-1252"><p>café</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({
      html: '<meta charset="windows-1252"><p>café</p>',
      source: 'bom',
    });
    expect(decodeHtml(ascii('<p>café</p>'), 'utf-8')).toMatchObject({ html: '<p>café</p>', source: 'header' });
    expect(decodeHtml(ascii('<p>café</p>'))).toMatchObject({ html: '<p>café</p>', source: 'default', problems: [] });
  });

  it('reads a page written in UTF-8 as UTF-8 though it declares a legacy charset, with a warning', () => {
    const page = new TextEncoder().encode('<meta charset="windows-1252"><p>Café owners said it was “too much”.</p>');
    const result = decodeHtml(page);
    expect(result).toMatchObject({ html: '<meta charset="windows-1252"><p>Café owners said it was “too much”.</p>', encoding: 'utf-8' });
    expect(result.problems).toEqual(['declared windows-1252 (<meta>) but written in UTF-8; read as UTF-8']);
    expect(decodeHtml(page, 'ISO-8859-1').problems).toEqual(['declared windows-1252 (HTTP header) but written in UTF-8; read as UTF-8']);
    // Legacy bytes are no valid UTF-8: the declaration stands.
    const legacy = new Uint8Array([...ascii('<meta charset="windows-1252"><p>Caf'), 0xe9, ...ascii(' owners said so.</p>')]);
    expect(decodeHtml(legacy)).toMatchObject({
      html: '<meta charset="windows-1252"><p>Café owners said so.</p>',
      source: 'meta',
      problems: [],
    });
  });

  it('reads windows-1252 curly quotes, dashes and the euro sign as the Encoding Standard does, declared or as the fallback', () => {
    // "“Too much” – €5" in windows-1252: 0x93 and 0x94 quotes, 0x96 en dash, 0x80 euro sign.
    const quoted = [0x93, ...ascii('Too much'), 0x94, ...ascii(' '), 0x96, ...ascii(' '), 0x80, ...ascii('5')];
    const declared = new Uint8Array([...ascii('<meta charset="iso-8859-1"><p>'), ...quoted]);
    expect(decodeHtml(declared)).toMatchObject({ html: '<meta charset="iso-8859-1"><p>“Too much” – €5', encoding: 'windows-1252' });
    const lying = new Uint8Array([...ascii('<meta charset="utf-8"><p>'), ...quoted]);
    expect(decodeHtml(lying)).toMatchObject({ html: '<meta charset="utf-8"><p>“Too much” – €5', source: 'detected' });
    // Too few bytes for the detector to name an encoding: the fallback reads them so.
    const euro = new Uint8Array([...ascii('<meta charset="utf-8"><p>'), 0x80, ...ascii('5')]);
    expect(decodeHtml(euro)).toMatchObject({ html: '<meta charset="utf-8"><p>€5', source: 'fallback' });
  });

  it('warns about an unknown charset label and decodes as UTF-8', () => {
    const result = decodeHtml(ascii('<meta charset="x-klingon"><p>café</p>'));
    expect(result).toMatchObject({ html: '<meta charset="x-klingon"><p>café</p>', encoding: 'utf-8' });
    expect(result.problems).toEqual(['unknown charset "x-klingon" (<meta>), ignored']);
  });

  it('decodes a Latin-1 page that declares UTF-8 as windows-1252, with a warning, so no byte is lost', () => {
    const latin = new Uint8Array([
      ...ascii('<meta charset="utf-8"><p>'),
      ...Array.from({ length: 20 }, () => [0x63, 0x61, 0x66, 0xe9, 0x20]).flat(),
    ]);
    const result = decodeHtml(latin);
    expect(result).toMatchObject({ encoding: 'windows-1252', source: 'detected' });
    expect(result.html).toContain('café café');
    expect(result.problems).toEqual(['declared utf-8 (<meta>) but not UTF-8; read as windows-1252, the encoding its bytes suggest']);
  });
});

describe('decodeHtml with no charset declared', () => {
  const page = (title: string, text: string) =>
    // A page's head holds long English scripts and styles, as news pages do: the detector weighs its text alone.
    `<html><head><title>${title}</title><style>${'.article-body p { margin: 0 0 1em; font-family: Georgia, serif; } '.repeat(20)}</style>` +
    `<script>${'window.dataLayer = window.dataLayer || []; function track(event) { dataLayer.push({ event: event }); } '.repeat(40)}</script>` +
    `</head><body><article>${text
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;

  it('reads a page that declares no charset and is no UTF-8 in the legacy encoding its bytes suggest, with a warning', () => {
    for (const { text, encodings } of LEGACY_TEXTS) {
      for (const encoding of encodings) {
        const html = page(text.split('\n')[0].slice(0, 30), text);
        const result = decodeHtml(iconv.encode(html, encoding));
        expect(result).toEqual({
          html,
          encoding,
          source: 'detected',
          problems: [`no charset declared and not UTF-8; read as ${encoding}, the encoding its bytes suggest`],
        });
      }
    }
  });

  it('reads an undeclared Greek page as windows-1253 when its one windows-only byte is a dash in a meta, not as ISO-8859-7', () => {
    // The page's text holds no byte of 0x80–0x9F (what the detector weighs); its description's en dash (0x96) is one.
    const html = page('Οδύσσεια', ODYSSEY).replace('<title>', '<meta name="description" content="Ομήρου Οδύσσεια – ραψωδία α"><title>');
    expect(decodeHtml(iconv.encode(html, 'windows-1253'))).toEqual({
      html,
      encoding: 'windows-1253',
      source: 'detected',
      problems: ['no charset declared and not UTF-8; read as windows-1253, the encoding its bytes suggest'],
    });
    // Without such a byte, ISO-8859-7 it stays: the same letters, and its Ά where ISO-8859-7 has it.
    const plain = page('Οδύσσεια', ODYSSEY);
    expect(decodeHtml(iconv.encode(plain, 'iso-8859-7'))).toMatchObject({ html: plain, encoding: 'iso-8859-7', source: 'detected' });
  });

  it('reads a page that declares UTF-8 and is no UTF-8 in the legacy encoding its bytes suggest, naming the declaration', () => {
    for (const { text, encodings } of LEGACY_TEXTS) {
      for (const encoding of encodings) {
        const html = `<meta charset="utf-8">${page(text.split('\n')[0].slice(0, 30), text)}`;
        expect(decodeHtml(iconv.encode(html, encoding))).toEqual({
          html,
          encoding,
          source: 'detected',
          problems: [`declared utf-8 (<meta>) but not UTF-8; read as ${encoding}, the encoding its bytes suggest`],
        });
        expect(decodeHtml(iconv.encode(html, encoding), 'UTF-8').problems).toEqual([
          `declared utf-8 (HTTP header) but not UTF-8; read as ${encoding}, the encoding its bytes suggest`,
        ]);
      }
    }
  });

  it('does not guess past a legacy declaration, which bytes cannot show false: a windows-1251 page declared windows-1252 stays so', () => {
    const [tolstoy] = LEGACY_TEXTS;
    const lying = iconv.encode(`<meta charset="windows-1252">${page('Анна Каренина', tolstoy.text)}`, 'windows-1251');
    expect(decodeHtml(lying)).toMatchObject({ encoding: 'windows-1252', source: 'meta', problems: [] });
  });
});

describe('isHtmlPath', () => {
  it('recognises .html and .htm in any case', () => {
    expect(['a.html', 'b.HTM', 'c.Html'].map(isHtmlPath)).toEqual([true, true, true]);
    expect(['a.txt', 'html', 'a.html.gz'].map(isHtmlPath)).toEqual([false, false, false]);
  });
});
