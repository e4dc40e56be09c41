import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP_DIRECTIVES } from './shared/csp';

/**
 * The renderer build: renderer/ -> dist/renderer, relative asset paths (the
 * page is served from app:// in Electron and from the browser-mode host), and
 * nothing inlined that the CSP (no inline scripts or styles) would block.
 */

/** Directives a <meta> CSP may carry (frame-ancestors only works as a header). */
const META_CSP = Object.entries(CSP_DIRECTIVES)
  .filter(([name]) => name !== 'frame-ancestors')
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Repeats the CSP in the built page, so it holds even where no server sends the header. */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill is an inline script; every browser we target has modulepreload.
    modulePreload: { polyfill: false },
    // Inlined assets would be data: URLs; only images may use those under the CSP.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
