/**
 * The column header of a table read as lines: it may be spread over several lines ("Điểm tối"
 * / "đa" / "Điểm đơn" / "vị tự đánh" / "giá"), and is repeated on every page. The first block
 * found gives the column roles; later copies of its lines are dropped.
 */
import { fold } from '../../vn/fold';
import { splitLeadingCode } from './codes';
import { findRun } from './figures';
import { looksLikeHeader, rolesInText } from './header';
import type { Role } from './header';

interface Line {
  line: number;
  text: string;
  marker: boolean;
}

export interface HeaderBlock {
  start: number;
  end: number;
  lines: string[];
  roles: Role[];
}

const START = /^(stt|tt|so tt|ma so|ma)\b/;
const MAX_LINES = 16;

export function findHeaderBlock(lines: Line[]): HeaderBlock | null {
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (first.marker) continue;
    const f = fold(first.text);
    if (!START.test(f) && !(f.length < 60 && /^(noi dung|linh vuc|tieu chi|ten tieu chi)/.test(f))) continue;
    const block: Line[] = [];
    let j = i;
    for (; j < lines.length && block.length < MAX_LINES; j++) {
      const l = lines[j]!;
      if (l.marker) continue;
      if (j > i) {
        const sc = splitLeadingCode(l.text);
        if (sc && (sc.code.roman || sc.code.parts[0] === 1)) break;
        if (findRun(l.text, 1) && /^\d/.test(l.text)) break;
      }
      block.push(l);
    }
    const text = block.map((l) => l.text).join(' ');
    if (looksLikeHeader(text)) return { start: i, end: j, lines: block.map((l) => l.text), roles: rolesInText(text) };
  }
  return null;
}

/**
 * Drops later copies of the header: wherever its first line reappears, the following lines
 * that repeat the header's lines in order; and anywhere, a line equal to a distinctive
 * (long) header line.
 */
export function dropRepeatedHeaders<T extends Line>(lines: T[], header: string[]): T[] {
  if (header.length === 0) return lines;
  const h = header.map((t) => fold(t));
  const distinctive = new Set(h.filter((t) => t.length >= 15));
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.marker && fold(l.text) === h[0]) {
      let k = 1;
      let j = i + 1;
      while (j < lines.length && k < h.length) {
        const m = lines[j]!;
        if (m.marker) {
          j++;
          continue;
        }
        if (fold(m.text) !== h[k]) break;
        k++;
        j++;
      }
      i = j - 1;
      continue;
    }
    if (!l.marker && distinctive.has(fold(l.text))) continue;
    out.push(l);
  }
  return out;
}
