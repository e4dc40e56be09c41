import type { Output } from '../../shared/api';
import { saveFile } from '../app';

/** The file's bytes: text as is (the Blob encodes it as UTF-8), base64 (a .qdpx zip) decoded. */
export function fileBody(file: Output<'exportStudy'>): string | Uint8Array<ArrayBuffer> {
  if (file.encoding !== 'base64') return file.content;
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves an exported file (a .qdpx decoded to its bytes). */
export function saveDownload(file: Output<'exportStudy'>, doc: Document = document): void {
  saveFile(file.fileName, fileBody(file), file.mimeType, doc);
}
