#!/usr/bin/env node
// Builds the web app (web/ → web/dist) when web/dist/index.html is missing or older than any
// source it is made from (web/src, src/shared, src/core, src/vn), so `npm install && npm start`
// works on a fresh clone. Runs as `prestart`; a no-op when the build is current. `--force`
// rebuilds anyway.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const built = join(web, 'dist', 'index.html');

/** Newest modification time under `dir` (files only), 0 when it does not exist. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

function sourcesTime() {
  // The web imports the shared API schemas and parts of the pure core (formats, text), so
  // those count as sources too; tests beside them change the time harmlessly.
  const files = [join(web, 'index.html'), join(web, 'vite.config.ts')].filter(existsSync).map((f) => statSync(f).mtimeMs);
  const dirs = [join(web, 'src'), join(root, 'src', 'shared'), join(root, 'src', 'core'), join(root, 'src', 'vn')];
  return Math.max(...dirs.map(newest), ...files);
}

export function webIsCurrent() {
  return existsSync(built) && statSync(built).mtimeMs >= sourcesTime();
}

export async function ensureWeb({ force = false, quiet = false } = {}) {
  if (!force && webIsCurrent()) return false;
  const started = Date.now();
  if (!quiet) console.log('Building the web app (web/dist)…');
  // Test runners set NODE_ENV=test, which would make Vite bundle React's development build.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: join(web, 'vite.config.ts'), mode: 'production', logLevel: quiet ? 'error' : 'warn' });
  if (!quiet) console.log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await ensureWeb({ force: process.argv.includes('--force') });
  } catch (err) {
    console.error('Building the web app failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
