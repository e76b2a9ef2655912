// Build plugin: lets index.html fetch the chunks of the screen the address opens while the
// entry chunk is still downloading. Screens are lazy chunks (app/lazyPage.ts), so without this
// their code is only asked for once the entry has run — a second round trip of downloads before
// anything shows. The chunk names carry content hashes, so the map is written at build time.
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rollup';

/** Which source modules each kind of address needs first (suffixes of the module ids). */
const ROUTES: Record<string, string[]> = {
  public: ['src/pages/public/PublicResultsPage.tsx', 'src/components/charts/echarts.ts'],
  results: ['src/app/App.tsx', 'src/pages/results/ResultsPage.tsx', 'src/components/charts/echarts.ts'],
  app: ['src/app/App.tsx'],
};

function filesOf(bundle: OutputBundle, suffixes: string[], skip: Set<string>): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk' || js.has(fileName) || skip.has(fileName)) return;
    js.add(fileName);
    for (const f of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) css.add(f);
    chunk.imports.forEach(visit);
  };
  for (const suffix of suffixes) {
    // The chunk holding the module (its facade, or one it shares with others).
    const chunk = Object.values(bundle).find((c): c is OutputChunk => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith(suffix)));
    if (chunk) visit(chunk.fileName);
  }
  return { js: [...js], css: [...css] };
}

export function routePreloads(): Plugin {
  return {
    name: 'chiso-route-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        // What the entry loads anyway is already asked for by the page.
        const entry = new Set<string>();
        const walk = (f: string) => {
          const c = bundle[f];
          if (!c || c.type !== 'chunk' || entry.has(f)) return;
          entry.add(f);
          c.imports.forEach(walk);
        };
        Object.values(bundle).forEach((c) => c.type === 'chunk' && c.isEntry && walk(c.fileName));
        const map = Object.fromEntries(Object.entries(ROUTES).map(([k, suffixes]) => [k, filesOf(bundle, suffixes, entry)]));
        const script = `(function (m) {
  var p = location.pathname, h = location.hash;
  var k = /^\\/public\\/results\\//.test(p) ? 'public' : /^#\\/periods\\/[^/?#]+\\/results$/.test(h) ? 'results' : 'app';
  var add = function (rel, f) { var l = document.createElement('link'); l.rel = rel; l.href = '/' + f; l.crossOrigin = ''; document.head.appendChild(l); };
  m[k].js.forEach(function (f) { add('modulepreload', f); });
  m[k].css.forEach(function (f) { add('stylesheet', f); });
})(${JSON.stringify(map)});`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
