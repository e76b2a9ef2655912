import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { routePreloads } from './route-preloads';

// The web app is plain React compiled by esbuild's automatic JSX runtime: no React plugin
// (no fast refresh) keeps the build dependency-free. `npm run build` or bin/ensure-web.mjs
// writes web/dist, which the server serves at /; the API lives under /api on the same origin.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
  plugins: [routePreloads()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // antd and react-query mark modules "use client" (for React Server Components), and zod
      // has comments rollup cannot place: harmless in a client bundle, and hundreds of lines.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
      output: {
        // Screens are lazy chunks (app/lazyPage.ts), so the libraries are not forced into one
        // vendor chunk: what the shell needs loads first, each antd component with the screens
        // that use it. React changes rarely and stays cached apart; the charts (echarts +
        // zrender, the largest library) load only with a screen that draws one.
        manualChunks: (id) => {
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'charts';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
    // The shared zod schemas live in src/shared/api, outside web/.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
