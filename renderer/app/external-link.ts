/**
 * Opens a link from an article outside the app. Only web links leave; the
 * Electron main process decides again (its window-open handler), so this is
 * the browser-mode half of the rule.
 */
export function openExternal(href: string): void {
  if (!/^https?:\/\//i.test(href)) return;
  window.open(href, '_blank', 'noopener,noreferrer');
}
