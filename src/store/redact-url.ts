/** The URL without its credentials (`redis://:secret@host` → `redis://***@host`), safe for logs and errors. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}
