import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The version in the project's package.json, read once. Looked up from this file upwards, since
 * it runs from src/server (tsx) or from the start-up bundle under node_modules/.cache/chiso.
 */
export const VERSION: string = (() => {
  try {
    for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'chiso') return pkg.version ?? '0.0.0';
      }
      if (dirname(dir) === dir) return '0.0.0';
    }
  } catch {
    return '0.0.0';
  }
})();
