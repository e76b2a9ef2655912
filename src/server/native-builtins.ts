// Keeps the engine's own JSON and Array.prototype.push in the server process.
//
// pdfjs-dist's legacy build (loaded by the PDF import converter) bundles core-js polyfills that
// REPLACE some built-ins on Node 20 because a newer proposal is missing (JSON.rawJSON) or an
// edge case fails a feature test: JSON.stringify and JSON.parse become JavaScript re-implementations
// and Array.prototype.push a checked wrapper. Correct, but many times slower, and they run on
// every request (body parsing, response serialisation, every query builder). The server only
// needs pdfjs to read text out of PDFs, which the native built-ins serve just as well.
//
// This module must be imported FIRST by src/server/app.ts: it records the built-ins before any
// module that loads pdfjs is evaluated; `restoreNativeBuiltins()` puts them back afterwards.
interface Builtins {
  stringify: typeof JSON.stringify;
  parse: typeof JSON.parse;
  push: unknown[]['push'];
  toString: typeof Function.prototype.toString;
}

// bin/chiso.mjs records them before anything loads (in its bundle npm packages, pdfjs
// included, are evaluated before any module of ours); otherwise this module's evaluation does.
const recorded = (globalThis as Record<symbol, Builtins | undefined>)[Symbol.for('chiso.nativeBuiltins')];
const saved: Builtins = recorded ?? {
  stringify: JSON.stringify,
  parse: JSON.parse,
  // Read as plain values (not method references): they are only ever put back on their prototypes.
  push: Reflect.get<unknown[], 'push'>(Array.prototype, 'push'),
  toString: Reflect.get<typeof Function.prototype, 'toString'>(Function.prototype, 'toString'),
};

/** Puts back any built-in that was replaced since this module loaded; returns the names. */
export function restoreNativeBuiltins(): string[] {
  const restored: string[] = [];
  const put = <T extends object, K extends keyof T>(target: T, key: K, value: T[K], name: string) => {
    if (target[key] === value) return;
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
    restored.push(name);
  };
  put(JSON, 'stringify', saved.stringify, 'JSON.stringify');
  put(JSON, 'parse', saved.parse, 'JSON.parse');
  put(Array.prototype, 'push', saved.push, 'Array.prototype.push');
  put(Function.prototype, 'toString', saved.toString, 'Function.prototype.toString');
  return restored;
}

/** The built-ins as they were when the process started (for a test). */
export const nativeBuiltins: Readonly<Builtins> = saved;
