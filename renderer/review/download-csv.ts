/**
 * Saves a text file the way a web page can, in the browser and in Electron
 * alike: a Blob, an object URL and a click on a temporary <a download>.
 */
const REVOKE_AFTER_MS = 60_000;

export function downloadText(fileName: string, content: string, mimeType: string, doc: Document = document): void {
  const view = doc.defaultView!;
  const url = view.URL.createObjectURL(new view.Blob([content], { type: mimeType }));
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
    // Revoking at once can cancel the download in some browsers.
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
