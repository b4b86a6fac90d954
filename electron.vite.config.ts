import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const __dirname = dirname(fileURLToPath(import.meta.url));

// One build for all three processes: main and preload for Electron, the renderer for Electron and the serve shell.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/main.ts') } },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot load ES modules: emit one CommonJS file.
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      sourcemap: false,
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
