import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const __dirname = dirname(fileURLToPath(import.meta.url));

/**
 * Chromium reads WOFF2, so the @fontsource CSS's WOFF fallbacks would only double the shipped font files:
 * drop them before Vite copies what the CSS references.
 */
function woff2Only(): Plugin {
  return {
    name: 'kiosk-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

/**
 * electron-vite forces base './' for production renderers; the kiosk needs '/': a deep link such as
 * /gallery/heroes or /curator/exhibits/5 (index.html from the serve shell's SPA fallback, or app://kiosk/...
 * under Electron) must still find /assets/*. Runs after electron-vite's own preset.
 */
function absoluteBase(): Plugin {
  return {
    name: 'kiosk-absolute-base',
    enforce: 'post',
    config(config) {
      config.base = '/';
    },
  };
}

// One build for all three processes: main and preload for Electron, the renderer for Electron and the serve shell.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import/backup worker thread is its own entry: archive/import/worker/run-job.ts loads it as
      // import-worker.js beside the main bundle.
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/main.ts'), 'import-worker': resolve(__dirname, 'archive/import/worker/entry.ts') } },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle the contract and zod into it, never externalize.
      externalizeDeps: false,
      minify: true,
      // Sandboxed preloads cannot load ES modules: emit one CommonJS file.
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), woff2Only(), absoluteBase()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      sourcemap: false,
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
