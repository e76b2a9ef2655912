import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The web app is plain React compiled by esbuild's automatic JSX runtime: no React plugin
// (no fast refresh) keeps the build dependency-free. `npm run build` or bin/ensure-web.mjs
// writes web/dist, which the server serves at /; the API lives under /api on the same origin.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
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
        // antd and React change rarely: a separate chunk stays cached between releases. The
        // charts (echarts + zrender, the largest library) get their own, fetched in parallel.
        manualChunks: (id) => {
          if (!id.includes('node_modules')) return undefined;
          return /node_modules\/(echarts|zrender)\//.test(id) ? 'charts' : 'vendor';
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
