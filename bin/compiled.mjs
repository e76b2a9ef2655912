// Start-up without compiling TypeScript on every start: the CLI (src/cli/main.ts and all of
// src it reaches) is bundled once with esbuild (already installed, it is what tsx uses) into
// node_modules/.cache/chiso/cli-<key>.mjs, where <key> changes whenever any file under src/
// changes (path, size, modification time) or esbuild does. npm packages stay external and load
// as Node loads them. Profiled: through tsx's loader hooks a start spent most of its CPU
// resolving and loading ~400 modules one by one on the hook thread, even with tsx's cache.
//
// A second bundle, import-worker-<content hash>.mjs, is the import worker thread
// (src/features/imports/import-worker.ts); the CLI bundle learns where it is through the esbuild
// `define` CHISO_IMPORT_WORKER and starts it through bin/import-worker.mjs (worker-pool.ts).
//
// Returns the bundle's path, or null when it cannot be made (no esbuild, read-only
// node_modules, build error): the caller then falls back to tsx.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function collect(dir, hash) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collect(path, hash);
    else if (/\.(ts|mts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
      const s = statSync(path);
      hash.update(`${path}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
}

const DAY_MS = 24 * 3600 * 1000;

/** One entry bundled in memory: the code (its source map comment names `outfile`'s map) and the map. */
async function bundle(esbuild, entry, outfile, define) {
  const out = await esbuild.build({
    entryPoints: [entry],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'silent',
    define,
  });
  const text = (suffix) => out.outputFiles.find((f) => f.path.endsWith(suffix)).text;
  return { js: text('.mjs'), map: text('.mjs.map') };
}

/** Written aside and renamed: two processes starting at once never import a half file. */
function writeAside(dir, file, text) {
  const tmp = join(dir, `.build-${randomUUID()}`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export async function compiledCli(root) {
  if (process.env.CHISO_NO_BUNDLE === '1') return null;
  try {
    const require = createRequire(join(root, 'package.json'));
    const esbuildVersion = require('esbuild/package.json').version;
    const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n`);
    for (const f of ['package.json', 'tsconfig.json']) if (existsSync(join(root, f))) hash.update(`${f}\0${statSync(join(root, f)).mtimeMs}\n`);
    collect(join(root, 'src'), hash);
    const dir = join(root, 'node_modules', '.cache', 'chiso');
    const key = hash.digest('hex').slice(0, 16);
    const name = `cli-${key}.mjs`;
    const file = join(dir, name);
    if (existsSync(file)) return file;
    mkdirSync(dir, { recursive: true });
    const esbuild = await import('esbuild');
    const worker = await bundle(esbuild, join(root, 'src', 'features', 'imports', 'import-worker.ts'), join(dir, 'import-worker.mjs'), {});
    // Named by its content: a change outside what the worker reaches makes no new worker file.
    const workerName = `import-worker-${createHash('sha256').update(worker.js).digest('hex').slice(0, 16)}.mjs`;
    const workerFile = join(dir, workerName);
    if (!existsSync(workerFile)) {
      writeAside(dir, `${workerFile}.map`, worker.map);
      writeAside(dir, workerFile, worker.js.replace(/sourceMappingURL=import-worker\.mjs\.map\s*$/, `sourceMappingURL=${workerName}.map\n`));
    }
    const cli = await bundle(esbuild, join(root, 'src', 'cli', 'main.ts'), file, {
      CHISO_IMPORT_WORKER: JSON.stringify({ loader: pathToFileURL(join(root, 'bin', 'import-worker.mjs')).href, entry: pathToFileURL(workerFile).href }),
    });
    writeAside(dir, `${file}.map`, cli.map);
    // Last: when the CLI bundle exists, its worker does too.
    writeAside(dir, file, cli.js);
    const now = Date.now();
    for (const old of readdirSync(dir)) {
      // A running server loads its CLI bundle at start but its worker only on the first
      // import, possibly hours later: an old worker bundle stays for a day.
      const stale =
        (/^cli-[0-9a-f]+\.mjs(\.map)?$/.test(old) && !old.startsWith(name)) ||
        (/^import-worker-[0-9a-f]+\.mjs(\.map)?$/.test(old) && !old.startsWith(workerName) && now - statSync(join(dir, old)).mtimeMs > DAY_MS);
      if (stale) {
        try {
          unlinkSync(join(dir, old));
        } catch {
          // another process may be replacing it too
        }
      }
    }
    return file;
  } catch (error) {
    if (process.env.CHISO_DEBUG_BUNDLE === '1') console.error(error);
    return null;
  }
}
