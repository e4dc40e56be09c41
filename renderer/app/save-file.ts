/**
 * Saves a file the way a web page can, in the browser and in Electron alike:
 * a Blob, an object URL, and a click on a temporary <a download>. The CSP
 * does not stand in the way: following a link is a navigation (turned into a
 * download by the `download` attribute), not a fetch, and no CSP directive
 * governs it; blob: URLs of our own origin are never fetched by script here.
 */

/** How long the object URL stays valid: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/** Offers `body` as a download named `fileName`. */
export function saveFile(fileName: string, body: string | Uint8Array<ArrayBuffer>, mimeType: string, doc: Document = document): void {
  const view = doc.defaultView!;
  const url = view.URL.createObjectURL(new view.Blob([body], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute later is safe.
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
