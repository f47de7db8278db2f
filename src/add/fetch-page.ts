import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { charsetOfContentType, opensAsHtml } from '../corpus/html-charset.js';
import { ADD_DEFAULTS, type FetchSettings } from './defaults.js';
import { errorMessage } from '../entry.js';

/** A fetch that failed; the message is one line naming what went wrong, for a user. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
}

/** Media types served as articles: HTML pages and plain text (or HTML, when its bytes say so: see looksLikeHtml). */
const ACCEPTED = new Map([
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['text/plain', 'text'],
] as const);

/**
 * Whether a body served as plain text or with no media type is an HTML page (opensAsHtml): as browsers sniff a resource
 * with no type, and for text/plain too, since a misconfigured server's HTML read as text was stored as an article of markup.
 */
function looksLikeHtml(bytes: Buffer): boolean {
  return opensAsHtml(bytes.subarray(0, 1024).toString('latin1'));
}

export interface FetchedPage {
  /**
   * The address the page was finally served from, after redirects, without the user name and password a link may carry
   * (`https://user:secret@host/…`): it is stored with the page and shown in every citation, on Discord publicly.
   */
  url: string;
  bytes: Buffer;
  kind: 'html' | 'text';
  /** The charset of the Content-Type header, when it names one. */
  charset: string | null;
  /** The `Refresh` header, when the response has one (the first, when sent twice: Node would join them with ", "). */
  refresh: string | null;
}

/**
 * Addresses a fetched link may not reach: this host, private networks, link-local, carrier-grade NAT,
 * multicast and reserved ranges (IANA special-purpose registries, RFC 6890), for IPv4 and IPv6.
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/**
 * Addresses refused even with ALLOW_PRIVATE_FETCH=1, which is for tests on loopback and intranet sites: link-local
 * ranges (RFC 3927, RFC 4291 §2.5.6) hold no page anyone adds, but do hold the cloud instance-metadata services (AWS,
 * Google Cloud and Azure at 169.254.169.254, AWS's IPv6 fd00:ec2::254), whose answers include the machine's credentials:
 * the classic server-side request forgery target.
 */
const NEVER = new BlockList();
NEVER.addSubnet('169.254.0.0', 16, 'ipv4');
NEVER.addSubnet('fe80::', 10, 'ipv6');
NEVER.addAddress('fd00:ec2::254', 'ipv6');

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), -compatible (`::a.b.c.d`) or NAT64 (`64:ff9b::`) IPv6 address. */
function embeddedIpv4(ip: string): string | null {
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|::|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

function inList(list: BlockList, ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return list.check(bare, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(bare);
  return v4 !== null ? inList(list, v4) : list.check(bare, 'ipv6');
}

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(ip: string): boolean {
  return inList(PRIVATE, ip);
}

/** Why a fetch may not connect to `ip`, or null when it may: private addresses unless allowed, link-local never (NEVER). */
function refusal(host: string, ip: string, allowPrivate: boolean): FetchError | null {
  if (inList(NEVER, ip)) return new FetchError(`refused: ${host} is a link-local address (${ip}), never fetched`);
  if (allowPrivate || !isPrivateAddress(ip)) return null;
  return new FetchError(`refused: ${host} is a local or private address (${ip}); set ALLOW_PRIVATE_FETCH=1 to allow`);
}

/** A body past `maxBytes`, refused by its Content-Length or cut off while streaming. */
function tooLarge(maxBytes: number): FetchError {
  return new FetchError(`page larger than ${maxBytes / 1024 / 1024} MB`);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for the request that refuses private addresses: the check is on the address the socket
 * connects to, so a name that resolves differently the second time (DNS rebinding) is caught too.
 */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options }, (err, address: string | LookupAddress[], family?: number) => {
      if (err) return callback(err, address, family);
      const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
      const refused = all.map((ip) => refusal(hostname, ip, allowPrivate)).find((e) => e !== null);
      callback(refused ?? null, address, family);
    });
  };
}

function describe(err: unknown, url: URL): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${url.hostname}: no such host`;
    case 'ECONNREFUSED':
      return `${url.host}: connection refused`;
    case 'ECONNRESET':
      return `${url.host}: connection reset`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${url.host}: unreachable`;
    default:
      if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `${url.host}: TLS certificate not accepted (${code})`;
      // zlib's and brotli's decoder errors ("incorrect header check"), and Node's HTTP parser's ("Header overflow").
      if (code !== undefined && /^(?:Z_DATA_ERROR|Z_BUF_ERROR|ERR__ERROR_)/.test(code))
        return `${url.host}: the page's compressed body is damaged or cut short (${errorMessage(err)})`;
      if (code?.startsWith('HPE_')) return `${url.host}: not a valid HTTP answer (${errorMessage(err)})`;
      return `${url.host}: ${errorMessage(err)}`;
  }
}

/** The decoder of the body's Content-Encoding, or null when it is sent as it is. */
function decoderOf(res: IncomingMessage): Transform | null {
  switch ((res.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/** One request: its response, or the error that ended it. The caller owns the response. */
function request(url: URL, settings: FetchSettings, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      agent: false,
      signal,
      lookup: guardedLookup(settings.allowPrivate) as unknown as typeof dnsLookup,
      headers: {
        'user-agent': settings.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const connectTimer = setTimeout(
      () => req.destroy(new FetchError(`${url.host}: no connection within ${settings.connectTimeoutMs / 1000} s`)),
      settings.connectTimeoutMs,
    );
    req.on('socket', (socket) => {
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    req.on('response', (res) => {
      clearTimeout(connectTimer);
      resolve(res);
    });
    req.on('error', (err) => {
      clearTimeout(connectTimer);
      reject(err);
    });
    req.end();
  });
}

/**
 * A body that ended before its end: its Content-Length not reached, or a chunked body without its last chunk, when the
 * server closed the connection (RFC 9112 §6.3, §8: "incomplete"). Refused as undici's fetch refuses it ("terminated":
 * other side closed), never stored cut short.
 */
function cutShort(url: URL, received: number, declared: number): FetchError {
  const arrived = Number.isFinite(declared) ? ` (${received} of the ${declared} bytes it declared arrived)` : '';
  return new FetchError(`${url.host}: the connection closed before the end of the page${arrived}`);
}

/**
 * The body, decompressed and cut off past `maxBytes`. The response, its decoder and the reader are one pipeline, so a
 * response that fails mid-body fails the read: piped by hand, a gzip body cut short by the server closing the
 * connection left the decoder waiting for ever, past the fetch's deadline (faults8). Bytes past a Content-Length are
 * not read (Node's parser ends the body there, as undici's fetch does: RFC 9112 §6.3 lets a client discard them).
 */
async function readBody(res: IncomingMessage, url: URL, maxBytes: number, deadline: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let received = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(null, chunk);
    },
  });
  const decoder = decoderOf(res);
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > maxBytes) return done(tooLarge(maxBytes));
      chunks.push(chunk);
      done();
    },
  });
  try {
    await (decoder === null ? pipeline(res, counted, collect) : pipeline(res, counted, decoder, collect));
  } catch (err) {
    // Node's "aborted" (ECONNRESET): the connection closed while the body was still owed, by the server (the deadline's
    // own abort closes it too, and is said as the deadline by fetchPage).
    const closed = !res.complete && (err as NodeJS.ErrnoException).code === 'ECONNRESET';
    if (closed && !deadline.aborted && !(err instanceof FetchError))
      throw cutShort(url, received, Number(res.headers['content-length'] ?? NaN));
    throw err;
  }
  return Buffer.concat(chunks);
}

/** The address without its userinfo (RFC 3986 §3.2.1: "Use of the format user:password in the userinfo field is deprecated"). */
function withoutCredentials(url: URL): string {
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  return shown.href;
}

/** The address as a loop is recognised: without its fragment, which no server sees. */
function visitKey(url: URL): string {
  const key = new URL(url.href);
  key.hash = '';
  return key.href;
}

/**
 * Where a page served whole sends the reader instead (a link shortener's refresh), or null to keep it: fetchPage
 * follows such an address as it follows a redirect (add-article.ts decides, as it knows whether the page has an article).
 */
export type FollowPage = (page: FetchedPage) => string | null;

/**
 * Fetches a news page with the care a server-side fetch of a user's link needs: http(s) only; every
 * hop's address checked (a name's resolved IP, an IP literal) against loopback and private ranges
 * unless allowed; at most `maxRedirects` redirects, each re-checked; a connect timeout and one for
 * the whole fetch; HTML or plain text only; the body streamed and cut off past `maxBytes`. A page `follow` names
 * another address for is left for that address, as a redirect is: the same checks, the same count of hops and the
 * same deadline. A hop back to an address already fetched is refused as a loop. Every failure is a FetchError with a
 * one-line message, except a fetch its caller `stop`s, which rejects with the signal's reason at once: the request and
 * the body's read end then as at the deadline.
 */
export async function fetchPage(
  link: string,
  settings: FetchSettings = ADD_DEFAULTS.fetch,
  follow?: FollowPage,
  stop?: AbortSignal,
): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new FetchError(`not a link: ${link.slice(0, 200)}`);
  }
  const timeout = AbortSignal.timeout(settings.totalTimeoutMs);
  const deadline = stop ? AbortSignal.any([timeout, stop]) : timeout;
  const visited = new Set<string>();
  // The next hop, a redirect's or a page's: counted against maxRedirects, and refused when it comes back.
  const hop = (to: URL, redirects: number): URL => {
    if (redirects >= settings.maxRedirects) throw new FetchError(`more than ${settings.maxRedirects} redirects`);
    if (visited.has(visitKey(to))) {
      throw new FetchError(`redirected in a loop back to ${withoutCredentials(to).slice(0, 200)}`);
    }
    return to;
  };
  try {
    for (let redirects = 0; ; redirects++) {
      visited.add(visitKey(url));
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new FetchError(`only http and https links can be added (${url.protocol})`);
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      const refused = isIP(literal) ? refusal(url.hostname, literal, settings.allowPrivate) : null;
      if (refused !== null) throw refused;
      let res: IncomingMessage;
      try {
        res = await request(url, settings, deadline);
      } catch (err) {
        if (err instanceof FetchError) throw err;
        if (deadline.aborted) throw err;
        throw new FetchError(describe(err, url));
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location !== undefined) {
        res.resume();
        url = hop(new URL(res.headers.location, url), redirects);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchError(`the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
      }
      const contentType = res.headers['content-type'] ?? '';
      const mediaType = contentType.split(';')[0].trim().toLowerCase();
      const declared = mediaType === '' ? 'text' : ACCEPTED.get(mediaType as 'text/html');
      if (declared === undefined) {
        res.resume();
        throw new FetchError(`not a web page or text (${mediaType})`);
      }
      const length = Number(res.headers['content-length']);
      if (Number.isFinite(length) && length > settings.maxBytes) {
        res.destroy();
        throw tooLarge(settings.maxBytes);
      }
      const bytes = await readBody(res, url, settings.maxBytes, deadline);
      const kind = declared === 'text' && looksLikeHtml(bytes) ? 'html' : declared;
      const page: FetchedPage = {
        url: withoutCredentials(url),
        bytes,
        kind,
        charset: charsetOfContentType(contentType),
        refresh: res.headersDistinct.refresh?.[0] ?? null,
      };
      const next = follow?.(page) ?? null;
      if (next === null) return page;
      url = hop(new URL(next, url), redirects);
    }
  } catch (err) {
    // Stopped by the caller, not failed: no reason of the page's applies (a page that never ends would read as late).
    if (stop?.aborted) throw stop.reason;
    if (deadline.aborted && !(err instanceof FetchError)) {
      throw new FetchError(`${url.host}: no complete answer within ${settings.totalTimeoutMs / 1000} s`);
    }
    if (err instanceof FetchError) throw err;
    throw new FetchError(describe(err, url));
  }
}
