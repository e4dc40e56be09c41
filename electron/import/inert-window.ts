import { Window, type IOptionalBrowserSettings } from 'happy-dom';

/**
 * happy-dom settings for reading untrusted pages: no script runs, nothing is
 * fetched (scripts, styles, images, frames), no navigation happens, and no
 * styles are computed. Each setting is spelled out even where happy-dom 21's
 * default already matches, so an upgrade that flips a default cannot open a hole.
 */
export function inertWindowSettings(): IOptionalBrowserSettings {
  return {
    enableJavaScriptEvaluation: false,
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    enableCSSFileLoading: false,
    disableCSSFileLoading: true,
    enableImageFileLoading: false,
    enableIframePageLoading: false,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true,
    handleDisabledFileLoadingAsSuccess: false,
    enableFileSystemHttpRequests: false,
    navigation: {
      disableMainFrameNavigation: true,
      disableChildFrameNavigation: true,
      disableChildPageNavigation: true,
      disableFallbackToSetURL: true,
    },
    fetch: {
      // Last line of defence: any request that still gets made is answered locally with an error.
      interceptor: {
        beforeAsyncRequest: async ({ window }) => window.Response.error(),
        beforeSyncRequest: ({ request, window }) => ({
          status: 0,
          statusText: 'blocked',
          ok: false,
          url: request.url,
          redirected: false,
          headers: new window.Headers(),
          body: null,
        }),
      },
    },
  };
}

/** A happy-dom window for one untrusted page. The caller must closeInertWindow it. */
export function openInertWindow(url?: string): Window {
  return new Window({ ...(url ? { url } : {}), settings: inertWindowSettings() });
}

/** Closes a window from openInertWindow. Nothing is loading, so there is nothing to wait for; errors are irrelevant. */
export function closeInertWindow(window: Window): void {
  window.happyDOM.close().catch(() => undefined);
}
