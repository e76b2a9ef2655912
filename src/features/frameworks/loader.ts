// Reads the bundled criteria sets (frameworks/*.yaml). Parsing and validation belong to the
// core (`parseFramework` in src/core/format); this file only finds the files and hands over text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework } from '../../core/framework';
import { parseFramework } from '../../core/format/parse';

export interface LoadedFramework {
  file: string;
  framework: Framework;
}

export interface LoadProblem {
  file: string;
  message: string;
}

export function loadFrameworkDirectory(dir: string): { loaded: LoadedFramework[]; problems: LoadProblem[] } {
  const loaded: LoadedFramework[] = [];
  const problems: LoadProblem[] = [];
  if (!existsSync(dir)) return { loaded, problems };
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort()) {
    const file = join(dir, name);
    try {
      loaded.push({ file: name, framework: parseFrameworkText(readFileSync(file, 'utf8')) });
    } catch (error) {
      problems.push({ file: name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { loaded, problems };
}

function parseFrameworkText(text: string): Framework {
  const result = parseFramework(text);
  if (result.ok) return result.framework;
  const lines = result.errors.slice(0, 5).map((e) => `${e.path}${e.line ? ` (line ${e.line})` : ''}: ${e.message.en}`);
  throw new Error(`criteria set rejected / bộ tiêu chí không hợp lệ: ${lines.join('; ')}`);
}
