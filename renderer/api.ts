import { METHOD_NAMES, type Api, type MethodName } from '../shared/api';
import { API_ROUTE_PREFIX, TOKEN_HEADER, TOKEN_QUERY_PARAM, unwrapEnvelope } from '../shared/transport';

/**
 * The renderer's only door to the Node side. It picks its transport itself:
 * the Electron bridge (window.studio, from the preload) when present, HTTP to
 * the browser-mode host otherwise. Nothing else in the UI knows which.
 */

/** What the preload exposes: one method per contract entry, each returning an envelope. */
export type StudioBridge = { [K in MethodName]: (input: unknown) => Promise<unknown> };

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

const TOKEN_KEY = 'studio-token';

function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get(TOKEN_QUERY_PARAM);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): (name: MethodName, input: unknown) => Promise<unknown> {
  const token = browserToken();
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`${API_ROUTE_PREFIX}${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'io', message: 'The study server is not reachable. Is `npm run serve` still running?', details: {} } };
    }
    if (response.status === 403) {
      return { ok: false, error: { code: 'io', message: 'The study server refused this window (wrong or missing token). Open the link printed by the server.', details: {} } };
    }
    return response.json();
  };
}

/** Builds the typed client over whichever transport this page has. */
export function createClient(): Api {
  const bridge = typeof window !== 'undefined' ? window.studio : undefined;
  const send = bridge
    ? (name: MethodName, input: unknown) => bridge[name](input)
    : httpTransport();
  const client = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    client[name] = async (input: unknown) => unwrapEnvelope(await send(name, input));
  }
  return client as unknown as Api;
}

/** Which transport this page uses, for the About box only. */
export function transportName(): 'electron' | 'http' {
  return typeof window !== 'undefined' && window.studio ? 'electron' : 'http';
}
