/**
 * Shared by `chiso framework validate` and `chiso framework show`: reads a criteria-set file
 * and parses it, turning every failure into bilingual text instead of a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { parseFramework } from '../../core/format/parse';
import type { ParseError } from '../../core/format/parse';
import type { Framework } from '../../core/framework';
import type { Bilingual } from '../../core/text';

export type LoadResult =
  | { status: 'ok'; framework: Framework }
  | { status: 'invalid'; errors: ParseError[] }
  | { status: 'unreadable'; message: Bilingual };

export async function loadFrameworkFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why: Bilingual =
      code === 'ENOENT' ? { vi: 'không có tệp này', en: 'no such file' }
      : code === 'EISDIR' ? { vi: 'đây là thư mục, không phải tệp', en: 'it is a directory, not a file' }
      : code === 'EACCES' ? { vi: 'không có quyền đọc', en: 'permission denied' }
      : { vi: String(code ?? error), en: String(code ?? error) };
    return { status: 'unreadable', message: { vi: `Không đọc được tệp ${file}: ${why.vi}`, en: `Cannot read file ${file}: ${why.en}` } };
  }
  const parsed = parseFramework(text);
  return parsed.ok ? { status: 'ok', framework: parsed.framework } : { status: 'invalid', errors: parsed.errors };
}

/** "nodes[0].max, dòng 12" / "nodes[0].max, line 12". */
export function whereText(e: ParseError): Bilingual {
  const path = e.path === '' ? { vi: '(cả tệp)', en: '(whole file)' } : { vi: e.path, en: e.path };
  if (e.line === undefined) return path;
  return { vi: `${path.vi}, dòng ${e.line}`, en: `${path.en}, line ${e.line}` };
}

/** Parses `FILE [--flag] [--opt value]` with the flags a command knows; rejects the rest. */
export function parseArgs(args: string[], flags: string[], options: string[]): { file?: string; flags: Set<string>; options: Map<string, string>; unknown: string[] } {
  const out = { flags: new Set<string>(), options: new Map<string, string>(), unknown: [] as string[], file: undefined as string | undefined };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (flags.includes(a)) out.flags.add(a);
    else if (options.includes(a) && i + 1 < args.length) out.options.set(a, args[++i]!);
    else if (!a.startsWith('--') && out.file === undefined) out.file = a;
    else out.unknown.push(a);
  }
  return out;
}
