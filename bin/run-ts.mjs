#!/usr/bin/env node
// Runs one TypeScript file (benchmarks, scripts) with tsx's loader: `node bin/run-ts.mjs FILE …`.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: run-ts FILE [args…]');
  process.exit(2);
}
process.argv.splice(2, 1);
await import(pathToFileURL(resolve(file)).href);
