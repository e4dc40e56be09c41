/**
 * Who may talk to the browser-mode HTTP host, as plain functions: the host
 * (host/server.ts) calls them on every request. The host listens on
 * 127.0.0.1 only, but any web page the user opens can still send requests
 * there, so each rule is strict and exact.
 */

/** The Host header values that name us: DNS rebinding sends another name. */
export function allowedHostHeaders(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Whether an Origin header is exactly our own origin (scheme, host and port; nothing else). */
export function isOwnOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/**
 * Whether a Content-Type header says JSON: exactly `application/json`, with
 * at most a UTF-8 charset parameter (the body is decoded as UTF-8). Look-alikes
 * such as `application/jsonx` are not JSON.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  return /^application\/json[ \t]*(;[ \t]*charset=("?)utf-8\2[ \t]*)?$/i.test(header.trim());
}

/** Whether a Sec-Fetch-Site header (when the browser sends one) allows the request. */
export function isSameSiteFetch(site: string | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}
