import { describe, expect, it } from 'vitest';
import { closeInertWindow, inertWindowSettings, openInertWindow } from './inert-window';

describe('inertWindowSettings', () => {
  it('turns off script evaluation, every kind of loading, and navigation', () => {
    const settings = inertWindowSettings();
    expect(settings).toMatchObject({
      enableJavaScriptEvaluation: false,
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      disableCSSFileLoading: true,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    });
    expect(settings.fetch?.interceptor?.beforeAsyncRequest).toBeTypeOf('function');
    expect(settings.fetch?.interceptor?.beforeSyncRequest).toBeTypeOf('function');
  });

  it('makes a window whose fetch is answered locally with a network error', async () => {
    const window = openInertWindow('https://example.com/');
    try {
      const response = await window.fetch('https://example.com/data.json');
      expect(response.type).toBe('error');
      expect(response.status).toBe(0);
    } finally {
      closeInertWindow(window);
    }
  });

  it('does not run inline event handlers or scripts it parses', () => {
    const window = openInertWindow();
    try {
      const doc = window.document;
      doc.body.innerHTML = '<img src="x" onerror="globalThis.__inertPwned = 1"><script>globalThis.__inertPwned = 2</script>';
      expect((globalThis as Record<string, unknown>).__inertPwned).toBeUndefined();
      expect((window as unknown as Record<string, unknown>).__inertPwned).toBeUndefined();
    } finally {
      closeInertWindow(window);
    }
  });
});
