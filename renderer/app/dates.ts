/** A publication date for the article header: ISO dates localised, free text ("December 2025") as given. */
export function formatPublished(published: string | undefined, locale?: string): string | null {
  if (!published) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(published)) return published;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return published;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(published);
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
}

/** The host of a URL for display ("www.okaz.com.sa"), or the text itself when it is not a URL. */
export function displayHost(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
