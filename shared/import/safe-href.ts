/** Schemes a link in an imported article may keep; everything else loses its link but keeps its text. */
export const ALLOWED_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Longest href we keep; longer ones are almost always tracking blobs or data smuggled into a URL. */
const MAX_HREF_LENGTH = 2048;

/**
 * The href to store for a link, or null when it must not become a link:
 * resolved against `base` when relative, and only http, https and mailto.
 * The WHATWG URL parser strips the whitespace and control characters that
 * browsers ignore, so `java\tscript:` and ` javascript:` are caught too.
 */
export function safeHref(raw: string | null | undefined, base?: string): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_LINK_PROTOCOLS.includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  if (url.username || url.password) return null;
  const href = url.href;
  return href.length > MAX_HREF_LENGTH ? null : href;
}

/**
 * An article's own address as we store it: http or https with a host, no
 * credentials, at most 2048 characters; null for anything else
 * (`javascript:`, `data:`, `file:`, relative paths). The UI renders it as a
 * link, so only web addresses may get in.
 */
export function webAddress(raw: string | null | undefined, base?: string): string | null {
  const href = safeHref(raw?.trim(), base);
  return href && /^https?:/.test(href) ? href : null;
}
