#!/usr/bin/env node
// The `chiso` command. Runs the TypeScript sources directly through tsx's loader so an
// installation needs no separate compile step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
