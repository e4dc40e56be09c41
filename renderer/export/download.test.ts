// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fileBody, saveDownload } from './download';

describe('saveDownload', () => {
  it('clicks a temporary <a download> on a blob URL holding the content, then removes it', async () => {
    const clicks: { href: string; download: string; inDocument: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
    });
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:http://127.0.0.1/abc';
    });
    try {
      saveDownload({ fileName: 'gaza-2026-11-22.csv', mimeType: 'text/csv;charset=utf-8', content: '\uFEFFquote,“x”\r\n' });
      expect(clicks).toEqual([{ href: 'blob:http://127.0.0.1/abc', download: 'gaza-2026-11-22.csv', inDocument: true }]);
      expect(document.querySelectorAll('a').length).toBe(0);
      expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(await blobs[0]!.text()).toContain('quote,“x”');
    } finally {
      click.mockRestore();
      create.mockRestore();
    }
  });

  it('decodes a base64 file (a .qdpx zip) to its bytes, and leaves text alone', () => {
    // "PK\x03\x04" is how every zip starts.
    expect([...(fileBody({ fileName: 's.qdpx', mimeType: 'application/zip', content: 'UEsDBA==', encoding: 'base64' }) as Uint8Array)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(fileBody({ fileName: 's.md', mimeType: 'text/markdown', content: '# Study' })).toBe('# Study');
  });
});
