import { z } from 'zod';
import { SerializedError, StudyError } from './errors';

/**
 * Names shared by the browser-mode HTTP host and the page that talks to it.
 * The token arrives once in the page URL's query, comes back as a strict
 * same-site cookie for assets, and travels in a header on every API call.
 */
export const TOKEN_HEADER = 'x-studio-token';
export const TOKEN_COOKIE = 'studio_token';
export const TOKEN_QUERY_PARAM = 'token';
/** Contract calls are `POST ${API_ROUTE_PREFIX}<methodName>`. */
export const API_ROUTE_PREFIX = '/api/';

/**
 * The page address without the token, for history.replaceState once the page
 * has read it (so it does not linger in the address bar, history or a copied
 * link), or null when the address carries no token. Other query parameters
 * and the fragment stay.
 */
export function urlWithoutToken(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!url.searchParams.has(TOKEN_QUERY_PARAM)) return null;
  url.searchParams.delete(TOKEN_QUERY_PARAM);
  return url.href;
}

/**
 * What every transport (Electron IPC, HTTP) carries back for one call: the
 * value, or the error as data. Errors cross as values because Electron's
 * invoke() and fetch() both lose custom error fields.
 */
export const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: SerializedError }),
]);
export type Envelope = z.infer<typeof Envelope>;

/** Turns any thrown value into an error envelope; unexpected errors get a generic, actionable message. */
export function errorEnvelope(error: unknown): Envelope {
  if (error instanceof StudyError) return { ok: false, error: error.toJSON() };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'io', message: `Unexpected error: ${message}`, details: {} } };
}

/** Unwraps an envelope on the caller's side, rethrowing errors as StudyError. */
export function unwrapEnvelope(raw: unknown): unknown {
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) throw new StudyError('io', 'The app sent a reply this window cannot read. Reload the window.');
  if (parsed.data.ok) return parsed.data.value;
  const { code, message, details } = parsed.data.error;
  throw new StudyError(code, message, details);
}
