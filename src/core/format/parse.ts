import type { z } from 'zod';
import type { Framework } from '../framework';
import type { Bilingual } from '../text';
import { fromFile } from './from-file';
import { formatPath, readYaml } from './read-yaml';
import type { PathKey, ReadError } from './read-yaml';
import { frameworkFileSchema } from './schema';

/**
 * Text of a criteria-set file (YAML or JSON) → a Framework, or every problem with its path in
 * the document and its line. Pure: the caller reads the file.
 */

export type ParseError = ReadError;

export type ParseResult = { ok: true; framework: Framework } | { ok: false; errors: ParseError[] };

export function parseFramework(text: string): ParseResult {
  const read = readYaml(text);
  if (!read.ok) return read;
  if (read.value === null || typeof read.value !== 'object' || Array.isArray(read.value)) {
    return {
      ok: false,
      errors: [{ path: '', line: 1, message: { vi: 'Tệp phải là một khối (object) có các trường formatVersion, id, name, nodes…', en: 'The file must be an object with formatVersion, id, name, nodes…' } }],
    };
  }
  const version = (read.value as Record<string, unknown>).formatVersion;
  if (version !== undefined && version !== 1) {
    return {
      ok: false,
      errors: [{
        path: 'formatVersion',
        line: read.lineOf(['formatVersion']),
        message: { vi: `Phiên bản định dạng ${JSON.stringify(version)} không được hỗ trợ (chỉ hỗ trợ 1)`, en: `Format version ${JSON.stringify(version)} is not supported (only 1 is)` },
      }],
    };
  }
  const checked = frameworkFileSchema.safeParse(read.value);
  if (!checked.success) {
    const errors: ParseError[] = [];
    for (const issue of preferSpecific(flatten(checked.error.issues))) {
      const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
      if (issue.code === 'unrecognized_keys') {
        // One error per unknown key, on the key's own line.
        for (const key of issue.keys) {
          errors.push({
            path: formatPath([...path, key]),
            line: read.lineOf([...path, key]),
            message: { vi: `Trường "${key}" không được hỗ trợ (gõ sai tên trường?)`, en: `Unknown field "${key}" (misspelt?)` },
          });
        }
        continue;
      }
      errors.push({ path: formatPath(path), line: read.lineOf(path), message: describe(issue, valueAt(read.value, path)) });
    }
    return { ok: false, errors: dedupe(errors) };
  }
  return { ok: true, framework: fromFile(checked.data) };
}

type Issue = z.core.$ZodIssue;

/**
 * A union whose every branch failed reports the branches' issues; for "number or text" fields
 * the branch issues only repeat one another, so keep the most specific ones.
 */
function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.discriminator === undefined) {
      // Prefer a branch that got past the type check (a string that is not a number, say).
      const best = issue.errors.find((branch) => branch.every((i) => i.code !== 'invalid_type')) ?? issue.errors[0] ?? [];
      if (best.length > 0) {
        out.push(...flatten(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }))));
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}

/** Our own messages ("not a number of points") say more than the pattern that also failed. */
function preferSpecific(issues: Issue[]): Issue[] {
  const custom = new Set(issues.filter((i) => i.code === 'custom').map((i) => i.path.map(String).join('\u0000')));
  return issues.filter((i) => i.code !== 'invalid_format' || !custom.has(i.path.map(String).join('\u0000')));
}

function dedupe(errors: ParseError[]): ParseError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}|${e.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi văn bản', number: 'số', int: 'số nguyên', boolean: 'true/false', array: 'danh sách', object: 'khối (object)', null: 'null',
};

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function describe(issue: Issue, value: unknown): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' };
      return {
        vi: `Phải là ${TYPE_VI[issue.expected] ?? issue.expected}, không phải ${TYPE_VI[kindOf(value)] ?? kindOf(value)}`,
        en: `Expected ${issue.expected}, got ${kindOf(value)}`,
      };
    case 'invalid_value':
      if (value === undefined) return { vi: `Thiếu trường bắt buộc (một trong: ${list(issue.values)})`, en: `Required field is missing (one of: ${list(issue.values)})` };
      return { vi: `Giá trị ${JSON.stringify(value)} không hợp lệ; chỉ nhận: ${list(issue.values)}`, en: `Invalid value ${JSON.stringify(value)}; expected one of: ${list(issue.values)}` };
    case 'unrecognized_keys':
      return { vi: `Trường không được hỗ trợ: ${issue.keys.join(', ')}`, en: `Unknown field(s): ${issue.keys.join(', ')}` };
    case 'invalid_union':
      if (issue.discriminator !== undefined) {
        const options = 'options' in issue ? (issue.options as readonly unknown[] | undefined) : undefined;
        return {
          vi: `Trường "${issue.discriminator}" phải là một trong: ${list(options ?? [])}`,
          en: `Field "${issue.discriminator}" must be one of: ${list(options ?? [])}`,
        };
      }
      return { vi: `Giá trị không hợp lệ: ${JSON.stringify(value)}`, en: `Invalid value: ${JSON.stringify(value)}` };
    case 'too_small':
      if (issue.origin === 'array') return { vi: `Cần ít nhất ${String(issue.minimum)} phần tử`, en: `Needs at least ${String(issue.minimum)} item(s)` };
      if (issue.origin === 'string') return { vi: 'Không được để trống', en: 'Must not be empty' };
      return { vi: `Phải từ ${String(issue.minimum)} trở lên`, en: `Must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { vi: `Phải không quá ${String(issue.maximum)}`, en: `Must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      if (issue.format === 'regex' && typeof value === 'string' && /^\d{4}/.test(value)) {
        return { vi: `"${value}" không phải ngày dạng YYYY-MM-DD`, en: `"${value}" is not a YYYY-MM-DD date` };
      }
      return { vi: `Định dạng không hợp lệ: ${JSON.stringify(value)}`, en: `Invalid format: ${JSON.stringify(value)}` };
    case 'custom': {
      const vi = (issue.params as { vi?: unknown } | undefined)?.vi;
      return { vi: typeof vi === 'string' ? vi : issue.message, en: issue.message };
    }
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return { vi: `Giá trị không hợp lệ: ${JSON.stringify(value)}`, en: issue.message };
  }
}
