import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Bilingual } from '../text';

/**
 * Reads YAML (and therefore JSON, which is YAML) into plain values while remembering the line
 * of every value, so that schema errors can say "nodes[0].children[2].max, line 41".
 *
 * Numbers keep their written text whenever the number would lose it: `code: 1.10` must stay
 * "1.10", not become 1.1. A plain number is returned only when String(n) reads back exactly
 * as written.
 */

export type PathKey = string | number;

export interface ReadError {
  path: string;
  line?: number;
  message: Bilingual;
}

export type ReadResult =
  | { ok: true; value: unknown; lineOf: (path: readonly PathKey[]) => number | undefined }
  | { ok: false; errors: ReadError[] };

/** "nodes[0].children[2].max" */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

export function readYaml(text: string): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        path: '',
        line: e.linePos?.[0].line,
        message: {
          vi: `Lỗi cú pháp YAML/JSON: ${e.message.split('\n')[0] ?? ''}`,
          en: `YAML/JSON syntax error: ${e.message.split('\n')[0] ?? ''}`,
        },
      })),
    };
  }
  const lines = new Map<string, number>();
  const lineAt = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  const value = toPlain(doc, doc.contents, [], lines, lineAt);
  return {
    ok: true,
    value,
    // A missing field has no line of its own: fall back to the nearest enclosing value.
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const line = lines.get(formatPath(path.slice(0, n)));
        if (line !== undefined) return line;
      }
      return undefined;
    },
  };
}

function toPlain(
  doc: Document,
  node: Node | null | undefined,
  path: PathKey[],
  lines: Map<string, number>,
  lineAt: (offset: number | undefined) => number | undefined,
): unknown {
  if (node === null || node === undefined) return null;
  const here = formatPath(path);
  if (!lines.has(here)) {
    const line = lineAt(node.range?.[0]);
    if (line !== undefined) lines.set(here, line);
  }
  if (isAlias(node)) return toPlain(doc, node.resolve(doc), path, lines, lineAt);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyLine = isScalar(pair.key) ? lineAt(pair.key.range?.[0]) : undefined;
      // The key's line is where a reader looks for "max:", even when its value is on the next line.
      if (keyLine !== undefined) lines.set(formatPath([...path, key]), keyLine);
      out[key] = toPlain(doc, pair.value as Node | null, [...path, key], lines, lineAt);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item, i) => toPlain(doc, item as Node | null, [...path, i], lines, lineAt));
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'number') {
      const source = node.source?.trim();
      return source === undefined || String(v) === source ? v : source;
    }
    return v;
  }
  return null;
}
