import { isAppUrl } from './app-origin';

/**
 * Which downloads the session lets through: only files the page built
 * itself, as a blob: URL of our own origin (the Export dialog's
 * `blob:app://studio/<uuid>`). Remote files, data: URLs and blobs of any
 * other origin stay refused. Electron shows its Save dialog for an allowed
 * download, so the analyst picks where the export goes.
 *
 * Wiring (electron/main/main.ts):
 *   ses.on('will-download', (event, item) => { if (!isAllowedDownload(item.getURL())) event.preventDefault(); });
 */
export function isAllowedDownload(raw: unknown): boolean {
  if (typeof raw !== 'string' || !raw.startsWith('blob:')) return false;
  return isAppUrl(raw.slice('blob:'.length));
}
