// Start-up without compiling TypeScript on every start: the CLI (src/cli/main.ts and all of
// src it reaches) is bundled once with esbuild (already installed, it is what tsx uses) into
// node_modules/.cache/chiso/cli-<key>.mjs, where <key> changes whenever any file under src/
// changes (path, size, modification time) or esbuild does. npm packages stay external and load
// as Node loads them. Profiled: through tsx's loader hooks a start spent most of its CPU
// resolving and loading ~400 modules one by one on the hook thread, even with tsx's cache.
//
// Returns the bundle's path, or null when it cannot be made (no esbuild, read-only
// node_modules, build error): the caller then falls back to tsx.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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

export async function compiledCli(root) {
  if (process.env.CHISO_NO_BUNDLE === '1') return null;
  try {
    const require = createRequire(join(root, 'package.json'));
    const esbuildVersion = require('esbuild/package.json').version;
    const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n`);
    for (const f of ['package.json', 'tsconfig.json']) if (existsSync(join(root, f))) hash.update(`${f}\0${statSync(join(root, f)).mtimeMs}\n`);
    collect(join(root, 'src'), hash);
    const dir = join(root, 'node_modules', '.cache', 'chiso');
    const name = `cli-${hash.digest('hex').slice(0, 16)}.mjs`;
    const file = join(dir, name);
    if (existsSync(file)) return file;
    mkdirSync(dir, { recursive: true });
    const esbuild = await import('esbuild');
    // Written aside and renamed: two processes starting at once never import a half file.
    const tmp = join(dir, `.build-${randomUUID()}.mjs`);
    await esbuild.build({
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'silent',
    });
    renameSync(`${tmp}.map`, `${file}.map`);
    renameSync(tmp, file);
    for (const old of readdirSync(dir)) {
      if (/^cli-[0-9a-f]+\.mjs(\.map)?$/.test(old) && old !== name && old !== `${name}.map`) {
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
