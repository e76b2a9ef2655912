/**
 * Figures in a line of text: the run of bare numbers after a criterion's name
 * ("1.1 Kế hoạch CCHC năm 3 3 số: 67/KH-UBND…" → 3 and 3). Points never reach 1 000, so a
 * bare number token has at most three digits before the decimal mark: years (2022) and
 * document numbers (67/KH-UBND) are never figures.
 */
import { parsePoints } from '../../core/points';
import type { Points } from '../../core/points';
import { fold } from '../../vn/fold';
import { normalizeVnNumber } from '../../vn/numbers';

const FIGURE = /^\d{1,3}(?:[.,]\d{1,4})?$/;

/** Points of a bare number token ("0,5", "1.5", "12"), or null. */
export function figureOf(token: string): Points | null {
  const t = token.trim();
  if (!FIGURE.test(t)) return null;
  const s = normalizeVnNumber(t, 'decimal');
  return s === null ? null : parsePoints(s);
}

// Words after which a number is a reference, not a figure: "Điều 7", "Quý 3", "mức độ 4".
const REFERENCE_WORDS = new Set(['dieu', 'khoan', 'muc', 'so', 'quy', 'nghi', 'dinh', 'do', 'diem', 'loai', 'nhom', 'cap', 'lan', 'buoc', 'doan', 'luc', 'thang', 'ngay', 'chuong', 'phan', 'tiet', 'tu', 'den', 'duoi', 'tren', 'dat', 'gom']);

function isReference(previous: string | undefined): boolean {
  return previous !== undefined && REFERENCE_WORDS.has(fold(previous).replace(/[^a-z]/g, ''));
}

export interface Run {
  before: string;
  values: Points[];
  after: string;
}

/**
 * The first run of `want` figures in the line (a longer run that ends the line gives its last
 * `want`); a shorter run is accepted only when the line holds nothing else.
 */
export function findRun(line: string, want: number): Run | null {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  const values = tokens.map(figureOf);
  if (values.every((v) => v !== null) && tokens.length > 0 && tokens.length <= Math.max(want, 1) + 1) {
    return { before: '', values: values.slice(0, Math.max(want, 1)), after: '' };
  }
  for (let i = 0; i < tokens.length; i++) {
    if (values[i] === null) continue;
    let j = i;
    while (j < tokens.length && values[j] !== null) j++;
    const len = j - i;
    // A lone number after a reference word ("Điều 7 Thông tư …", "… nhóm 2") is not a figure.
    if (len < 2 && isReference(tokens[i - 1])) {
      i = j;
      continue;
    }
    // A full run, or at least two figures when a table has more columns than a row fills
    // (appraisal and lost still empty).
    if (len >= want || (len >= 2 && want > 2)) {
      // A longer run: the extra numbers end the name ("… nhóm 1 | 1 | Báo cáo …"), the figures are last.
      const start = len > want ? j - want : i;
      return {
        before: tokens.slice(0, start).join(' '),
        values: values.slice(start, start + Math.min(want, len)) as Points[],
        after: tokens.slice(start + Math.min(want, len)).join(' '),
      };
    }
    i = j;
  }
  return null;
}

/** A line made only of figures ("1 1", "8,0"), or null. */
export function onlyFigures(line: string): Points[] | null {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6) return null;
  const values = tokens.map(figureOf);
  return values.every((v) => v !== null) ? (values) : null;
}
