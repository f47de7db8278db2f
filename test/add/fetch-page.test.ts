import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { TextDecoder } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADD_DEFAULTS } from '../../src/add/defaults.js';
import { fetchPage, FetchError, isPrivateAddress } from '../../src/add/fetch-page.js';
import { decodeHtml } from '../../src/corpus/html-charset.js';
import { startPageServer, type PageServer, type Route } from '../support/page-server.js';

const LOOPBACK = { ...ADD_DEFAULTS.fetch, allowPrivate: true };
const PAGE = '<!DOCTYPE html><html><head><title>Talks</title></head><body><p>The talks ended on Tuesday.</p></body></html>';

let server: PageServer;
beforeEach(async () => {
  server = await startPageServer();
});
afterEach(async () => {
  await server.stop();
});

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  const message = (err as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('fetchPage', () => {
  it('fetches an HTML page with its final address, kind and the charset of its Content-Type', async () => {
    server.route('/a', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(PAGE));
    const page = await fetchPage(server.url('/a'), LOOPBACK);
    expect(page).toMatchObject({ url: server.url('/a'), kind: 'html', charset: 'ISO-8859-1' });
    expect(page.bytes.toString()).toBe(PAGE);
  });

  it('reads plain text as text', async () => {
    server.route('/t', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('Just text.'));
    expect(await fetchPage(server.url('/t'), LOOPBACK)).toMatchObject({ kind: 'text', charset: null });
  });

  it('follows five redirects, relative ones too, and reports the address it ended at', async () => {
    for (let i = 0; i < 5; i++) server.route(`/r${i}`, (_req, res) => res.writeHead(302, { location: `/r${i + 1}` }).end());
    server.route('/r5', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    expect((await fetchPage(server.url('/r0'), LOOPBACK)).url).toBe(server.url('/r5'));
  });

  it('refuses a sixth redirect', async () => {
    for (let i = 0; i < 6; i++) server.route(`/r${i}`, (_req, res) => res.writeHead(301, { location: server.url(`/r${i + 1}`) }).end());
    server.route('/r6', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    expect(await failure(fetchPage(server.url('/r0'), LOOPBACK))).toBe('more than 5 redirects');
  });

  it('refuses a redirect to anything but http(s)', async () => {
    server.route('/r', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect(await failure(fetchPage(server.url('/r'), LOOPBACK))).toBe('only http and https links can be added (file:)');
  });

  it('refuses links that are not http(s) or not links', async () => {
    expect(await failure(fetchPage('ftp://example.org/a', LOOPBACK))).toBe('only http and https links can be added (ftp:)');
    expect(await failure(fetchPage('not a link', LOOPBACK))).toBe('not a link: not a link');
  });

  it('stops reading a body past the size cap, without a Content-Length', async () => {
    server.route('/big', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 50; i++) res.write('x'.repeat(1024));
      res.end();
    });
    const message = await failure(fetchPage(server.url('/big'), { ...LOOPBACK, maxBytes: 10 * 1024 }));
    expect(message).toMatch(/^page larger than .* MB$/);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    server.route('/big', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 20_000 }).end('x'.repeat(20_000)),
    );
    expect(await failure(fetchPage(server.url('/big'), { ...LOOPBACK, maxBytes: 10_000 }))).toMatch(/larger than/);
  });

  it('counts the cap on the decompressed body, so a small gzip cannot expand without bound', async () => {
    const bomb = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
    server.route('/gz', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await failure(fetchPage(server.url('/gz'), { ...LOOPBACK, maxBytes: 100_000 }))).toMatch(/larger than/);
  });

  it('decompresses a gzip body', async () => {
    server.route('/gz', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)));
    expect((await fetchPage(server.url('/gz'), LOOPBACK)).bytes.toString()).toBe(PAGE);
  });

  it('refuses content that is neither HTML nor text', async () => {
    server.route('/pdf', (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'));
    server.route('/bin', (_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(PAGE));
    expect(await failure(fetchPage(server.url('/pdf'), LOOPBACK))).toBe('not a web page or text (application/pdf)');
    expect(await failure(fetchPage(server.url('/bin'), LOOPBACK))).toBe('not a web page or text (application/octet-stream)');
  });

  it('reads an HTML page served as plain text or with no media type as HTML, and other text as text', async () => {
    const untyped =
      (body: string): Route =>
      (_req, res) => {
        res.removeHeader('content-type');
        res.writeHead(200).end(body);
      };
    server.route('/plain-html', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`\n  ${PAGE}`));
    server.route('/none-html', untyped(`\uFEFF<html lang="en"><body><p>The talks ended.</p></body></html>`));
    server.route('/none-text', untyped('The talks ended on Tuesday. <b> is a tag.'));
    server.route('/plain-text', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('<bold> claims, in text.'));
    expect(await fetchPage(server.url('/plain-html'), LOOPBACK)).toMatchObject({ kind: 'html', charset: 'utf-8' });
    expect(await fetchPage(server.url('/none-html'), LOOPBACK)).toMatchObject({ kind: 'html', charset: null });
    expect(await fetchPage(server.url('/none-text'), LOOPBACK)).toMatchObject({ kind: 'text' });
    expect(await fetchPage(server.url('/plain-text'), LOOPBACK)).toMatchObject({ kind: 'text' });
  });

  it('says in words when a compressed body is damaged or the answer is not HTTP', async () => {
    server.route('/not-gzip', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(PAGE));
    server.route('/cut', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE).subarray(0, 30)),
    );
    server.route('/headers', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'x-padding': 'a'.repeat(64 * 1024) }).end(PAGE),
    );
    const host = `127.0.0.1:${server.port}`;
    expect(await failure(fetchPage(server.url('/not-gzip'), LOOPBACK))).toBe(
      `${host}: the page's compressed body is damaged or cut short (incorrect header check)`,
    );
    expect(await failure(fetchPage(server.url('/cut'), LOOPBACK))).toBe(
      `${host}: the page's compressed body is damaged or cut short (unexpected end of file)`,
    );
    expect(await failure(fetchPage(server.url('/headers'), LOOPBACK))).toBe(
      `${host}: not a valid HTTP answer (Parse Error: Header overflow)`,
    );
  });

  it('names the status of an error answer', async () => {
    expect(await failure(fetchPage(server.url('/missing'), LOOPBACK))).toBe('the server answered 404 Not Found');
  });

  it('gives up on a page that does not arrive within the total timeout', async () => {
    server.route('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>The start of a page that never ends');
    });
    const message = await failure(fetchPage(server.url('/slow'), { ...LOOPBACK, totalTimeoutMs: 300 }));
    expect(message).toBe(`127.0.0.1:${server.port}: no complete answer within 0.3 s`);
  });

  describe('connect timeout', () => {
    let silent: TcpServer;
    const sockets = new Set<Socket>();
    beforeEach(async () => {
      // Accepts TCP but never answers the TLS handshake, so the connection is never established.
      silent = createTcpServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    });
    afterEach(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    it('gives up on a server that does not complete the connection in time', async () => {
      const port = (silent.address() as AddressInfo).port;
      const message = await failure(fetchPage(`https://127.0.0.1:${port}/`, { ...LOOPBACK, connectTimeoutMs: 200 }));
      expect(message).toBe(`127.0.0.1:${port}: no connection within 0.2 s`);
    });
  });

  describe('a body not as long as its Content-Length', () => {
    let raw: TcpServer;
    const sockets = new Set<Socket>();
    let answer: (socket: Socket) => void;
    beforeEach(async () => {
      // A server that writes its answer by hand, as no HTTP server library lets one lie about a body's length.
      raw = createTcpServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.once('data', () => answer(socket));
      });
      await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    });
    afterEach(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => raw.close(resolve));
    });
    const head = (headers: string) => `HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n${headers}\r\n`;
    const link = () => `http://127.0.0.1:${(raw.address() as AddressInfo).port}/story`;

    it('refuses a body the server cut short by closing the connection, saying how much of it arrived', async () => {
      answer = (socket) => socket.end(head(`content-length: ${PAGE.length + 100}\r\n`) + PAGE);
      expect(await failure(fetchPage(link(), LOOPBACK))).toBe(
        `127.0.0.1:${(raw.address() as AddressInfo).port}: the connection closed before the end of the page ` +
          `(${PAGE.length} of the ${PAGE.length + 100} bytes it declared arrived)`,
      );
    });

    it('refuses a gzip body cut short by the connection closing, at once rather than never', async () => {
      const gz = gzipSync(PAGE);
      answer = (socket) => {
        socket.write(head(`content-encoding: gzip\r\ncontent-length: ${gz.length}\r\n`));
        socket.end(gz.subarray(0, 20));
      };
      // Piped by hand into the decoder, the cut left the read waiting past the fetch's own deadline, for ever.
      const message = await failure(fetchPage(link(), { ...LOOPBACK, totalTimeoutMs: 5_000 }));
      expect(message).toMatch(/: the connection closed before the end of the page \(20 of the \d+ bytes it declared arrived\)$/);
    }, 15_000);

    it('refuses a chunked body whose last chunk never came', async () => {
      answer = (socket) => socket.end(head('transfer-encoding: chunked\r\n') + `${PAGE.length.toString(16)}\r\n${PAGE}\r\n`);
      expect(await failure(fetchPage(link(), LOOPBACK))).toMatch(/: the connection closed before the end of the page$/);
    });

    it('reads a body longer than its Content-Length only to that length, and stops reading a server that goes on', async () => {
      let written = 0;
      let closed = false;
      answer = (socket) => {
        socket.write(head('content-length: 40\r\n') + PAGE);
        socket.on('close', () => (closed = true));
        // Then a flood, as a hostile server could send: never read, the connection closed once the 40 bytes are in.
        const flood = setInterval(() => {
          if (socket.destroyed || written > 50 * 1024 * 1024) return clearInterval(flood);
          written += 64 * 1024;
          socket.write(Buffer.alloc(64 * 1024, 0x78));
        }, 1);
      };
      const page = await fetchPage(link(), LOOPBACK);
      expect(page.bytes.toString()).toBe(PAGE.slice(0, 40));
      await expect.poll(() => closed, { timeout: 2_000 }).toBe(true);
      expect(written).toBeLessThan(ADD_DEFAULTS.fetch.maxBytes);
    });
  });

  it('says when nothing listens', async () => {
    const port = server.port;
    await server.stop();
    expect(await failure(fetchPage(`http://127.0.0.1:${port}/`, LOOPBACK))).toBe(`127.0.0.1:${port}: connection refused`);
    server = await startPageServer();
  });

  describe('private addresses', () => {
    let requests = 0;
    beforeEach(() => {
      requests = 0;
      server.route('/a', (_req, res) => {
        requests++;
        res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      });
    });

    it('refuses a loopback IP without ALLOW_PRIVATE_FETCH, before any request', async () => {
      const message = await failure(fetchPage(server.url('/a'), ADD_DEFAULTS.fetch));
      expect(message).toBe('refused: 127.0.0.1 is a local or private address (127.0.0.1); set ALLOW_PRIVATE_FETCH=1 to allow');
      expect(requests).toBe(0);
    });

    it('refuses a name that resolves to loopback, checked on the resolved address', async () => {
      const message = await failure(fetchPage(`http://localhost:${server.port}/a`, ADD_DEFAULTS.fetch));
      expect(message).toMatch(/^refused: localhost is a local or private address \((127\.0\.0\.1|::1)\)/);
      expect(requests).toBe(0);
    });

    it('refuses IPv6 loopback and IPv4-mapped loopback literals', async () => {
      expect(await failure(fetchPage(`http://[::1]:${server.port}/a`, ADD_DEFAULTS.fetch))).toMatch(/^refused: \[::1\]/);
      expect(await failure(fetchPage(`http://[::ffff:127.0.0.1]:${server.port}/a`, ADD_DEFAULTS.fetch))).toMatch(/^refused:/);
      expect(requests).toBe(0);
    });

    it('fetches loopback when allowed', async () => {
      await fetchPage(server.url('/a'), LOOPBACK);
      expect(requests).toBe(1);
    });

    it('refuses link-local addresses, where cloud metadata services answer, even when private addresses are allowed', async () => {
      for (const link of [
        'http://169.254.169.254/latest/meta-data/',
        'http://[::ffff:169.254.169.254]/computeMetadata/v1/',
        'http://[fe80::1]/',
        'http://[fd00:ec2::254]/latest/meta-data/',
      ])
        expect(await failure(fetchPage(link, LOOPBACK))).toMatch(/^refused: .* is a link-local address .*, never fetched$/);
    });
  });
});

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    'fe80::1%eth0',
    'not-an-ip',
  ])('%s is private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34'])(
    '%s is public',
    (ip) => {
      expect(isPrivateAddress(ip)).toBe(false);
    },
  );
});

describe('charset of fetched pages', () => {
  it('decodes by the Content-Type charset, and by <meta charset> when the header names none', async () => {
    const japanese = '<html><head><title>東京</title></head><body><p>東京で会談が行われた。</p></body></html>';
    const sjis = encodeLegacy(japanese, 'shift_jis');
    server.route('/sjis', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }).end(sjis));
    const cyrillic = '<html><head><meta charset="windows-1251"></head><body><p>Москва</p></body></html>';
    server.route('/cp1251', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(encodeLegacy(cyrillic, 'windows-1251')));
    const a = await fetchPage(server.url('/sjis'), LOOPBACK);
    expect(decodeHtml(a.bytes, a.charset).html).toBe(japanese);
    const b = await fetchPage(server.url('/cp1251'), LOOPBACK);
    expect(decodeHtml(b.bytes, b.charset)).toMatchObject({ html: cyrillic, encoding: 'windows-1251', source: 'meta' });
  });
});

/** Encodes text in a legacy encoding by searching the decoder's table (TextEncoder only writes UTF-8). */
function encodeLegacy(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), [b]);
  const out: number[] = [];
  for (const ch of text) {
    let bytes = table.get(ch);
    if (!bytes) {
      for (let hi = 0x81; hi <= 0xfc && !bytes; hi++) {
        for (let lo = 0x40; lo <= 0xfc; lo++) {
          if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
            bytes = [hi, lo];
            break;
          }
        }
      }
    }
    if (!bytes) throw new Error(`cannot encode ${ch} in ${encoding}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}
