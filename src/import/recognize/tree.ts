/**
 * The tree from the flat rows: a Roman code opens a part; a dotted code goes under the
 * nearest open code it extends (1.2 under 1, 1.2.3 under 1.2); "1" right after a part goes
 * under the part. Rows whose parent is missing are kept at the nearest sensible level, with
 * a warning, rather than dropped.
 */
import type { ImportWarning } from '../types';
import type { DraftNode } from './draft';

export function buildTree(rows: DraftNode[], warnings: ImportWarning[]): DraftNode[] {
  const roots: DraftNode[] = [];
  const stack: DraftNode[] = [];
  for (const row of rows) {
    row.children = [];
    const code = row.code;
    if (!code) {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(row);
      else roots.push(row);
      continue;
    }
    if (code.roman) {
      stack.length = 0;
      roots.push(row);
      stack.push(row);
      continue;
    }
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (!top.code) {
        stack.pop();
        continue;
      }
      if (top.code.roman) break;
      if (top.code.parts.length < code.parts.length && top.code.parts.every((p, i) => code.parts[i] === p)) break;
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.code?.roman && code.parts.length > 1) {
        warnings.push({ line: row.line, message: { vi: `Không tìm thấy mục cha của "${code.text}"`, en: `No parent row found for "${code.text}"` } });
      }
      parent.children.push(row);
    } else {
      if (code.parts.length > 1 && roots.length > 0) {
        warnings.push({ line: row.line, message: { vi: `Không tìm thấy mục cha của "${code.text}"`, en: `No parent row found for "${code.text}"` } });
      }
      roots.push(row);
    }
    stack.push(row);
  }
  return roots;
}
