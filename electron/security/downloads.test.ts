import { describe, expect, it } from 'vitest';
import { isAllowedDownload } from './downloads';

describe('isAllowedDownload', () => {
  it('lets through blobs the app page made', () => {
    expect(isAllowedDownload('blob:app://studio/5b0c6a43-2f6e-4a8e-9d3b-0f1e2d3c4b5a')).toBe(true);
    expect(isAllowedDownload('blob:app://STUDIO/5b0c6a43')).toBe(true);
  });

  it('refuses remote files, data: URLs, other origins and look-alikes', () => {
    for (const url of [
      'https://example.org/report.html',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://example.org/5b0c6a43',
      'blob:app://studio.evil/5b0c6a43',
      'blob:app://studio:8080/5b0c6a43',
      'blob:app://user@studio/5b0c6a43',
      'blob:file:///etc/passwd',
      'app://studio/index.html',
      'blob:',
      '',
      undefined,
    ]) {
      expect(isAllowedDownload(url), String(url)).toBe(false);
    }
  });
});
