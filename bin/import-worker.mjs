// Starts an import worker thread (src/features/imports/worker-pool.ts). Plain JavaScript so it
// runs the same whether the server is the esbuild bundle (workerData.entry = the bundled worker
// beside the CLI bundle) or the TypeScript sources under tsx or vitest (entry = import-worker.ts,
// loaded through tsx's hooks registered here: a worker does not inherit the parent's hooks).
import { workerData } from 'node:worker_threads';

// As in bin/chiso.mjs: the engine's built-ins before any library loads, since in the bundle
// pdfjs-dist is evaluated before our code and replaces some of them (src/server/native-builtins.ts).
globalThis[Symbol.for('chiso.nativeBuiltins')] ??= {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  toString: Function.prototype.toString,
};

const boot = /** @type {{ entry: string, tsx: boolean }} */ (workerData);
if (boot.tsx) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(boot.entry);
