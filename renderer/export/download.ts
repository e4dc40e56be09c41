import type { Output } from '../../shared/api';

/**
 * Saves an exported file the way a web page can, in the browser and in
 * Electron alike: a Blob, an object URL, and a click on a temporary
 * <a download>. The CSP does not stand in the way: following a link is a
 * navigation (turned into a download by the `download` attribute), not a
 * fetch, and no CSP directive governs it; blob: URLs of our own origin are
 * never fetched by script here.
 */

/** How long the object URL stays valid: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/** The file's bytes: text as is (the Blob encodes it as UTF-8), base64 (a .qdpx zip) decoded. */
export function fileBody(file: Output<'exportStudy'>): string | Uint8Array<ArrayBuffer> {
  if (file.encoding !== 'base64') return file.content;
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveDownload(file: Output<'exportStudy'>, doc: Document = document): void {
  const view = doc.defaultView!;
  const url = view.URL.createObjectURL(new view.Blob([fileBody(file)], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
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
