import { parseUrl } from './app-origin';

/** What to do with a link the page tried to open. */
export type ExternalLinkDecision =
  | { action: 'offer'; url: string; prompt: string }
  | { action: 'refuse'; reason: string };

const MAX_URL_LENGTH = 2048;
const WEB_SCHEMES = new Set(['http:', 'https:']);

/**
 * Decides whether a link from an article may be offered to the user for
 * opening in their browser. Only plain web addresses qualify:
 * - http: and https: only (schemes compare case-insensitively: the URL parser
 *   lowercases them). javascript:, file:, data:, smb: and every other scheme
 *   can run code, read local files or reach network shares through the OS.
 * - mailto: is refused on purpose: it starts the mail client with a recipient,
 *   subject and body chosen by whoever wrote the article, and an analyst has
 *   no need to send mail from a news article (the address can be copied).
 * - URLs with credentials (`https://bank.example@evil.example/`) are refused:
 *   the part before `@` exists to make the real host look like another one.
 * The offered URL is the parser's normalised form (punycode hosts,
 * percent-encoded spaces), so the prompt shows exactly what will be opened.
 */
export function decideExternalLink(raw: unknown): ExternalLinkDecision {
  if (typeof raw !== 'string' || raw.trim() === '') return { action: 'refuse', reason: 'The link is empty.' };
  if (raw.length > MAX_URL_LENGTH) return { action: 'refuse', reason: 'The link is too long to be a normal web address.' };
  const url = parseUrl(raw.trim());
  if (!url) return { action: 'refuse', reason: 'The link is not a valid web address.' };
  if (!WEB_SCHEMES.has(url.protocol)) {
    return { action: 'refuse', reason: `Links of type "${url.protocol}" are not opened; only http and https links are.` };
  }
  if (url.username !== '' || url.password !== '') {
    return { action: 'refuse', reason: 'The link hides its real address behind a user name; it was not opened.' };
  }
  if (url.hostname === '') return { action: 'refuse', reason: 'The link has no host name.' };
  return { action: 'offer', url: url.href, prompt: `Open ${url.href} in your browser?` };
}
