#!/usr/bin/env node
// The `chiso` command. Runs a bundle of the TypeScript sources compiled at the first start
// after a change (bin/compiled.mjs), so an installation needs no separate compile step and a
// restart does not recompile; falls back to tsx's loader when the bundle cannot be made.
import { pathToFileURL, fileURLToPath } from 'node:url';

// Engine built-ins as they are before any library loads: pdfjs-dist replaces some of them
// (see src/server/native-builtins.ts), and in the bundle npm packages load before our code.
globalThis[Symbol.for('chiso.nativeBuiltins')] ??= {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  toString: Function.prototype.toString,
};

const root = fileURLToPath(new URL('..', import.meta.url));
const { compiledCli } = await import('./compiled.mjs');
const bundle = await compiledCli(root);
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
