/**
 * What recognition produces before rubrics and findings: a flat list of criterion rows in
 * document order (the tree is built from their codes afterwards), with their figures, text
 * and, for criteria sets, the scoring levels listed under them.
 */
import type { Points } from '../../core/points';
import { fold } from '../../vn/fold';
import type { ImportWarning } from '../types';
import type { Code } from './codes';
import type { NumericRole, Role, TextRole } from './header';

export interface DraftLevel {
  label: string;
  points: Points;
  line: number;
}

export interface DraftNode {
  code: Code | null;
  name: string;
  line: number;
  figures: Partial<Record<NumericRole, Points>>;
  hasFigures: boolean;
  /** Explanation / evidence text, in order. */
  texts: string[];
  fields: Partial<Record<TextRole, string[]>>;
  levels: DraftLevel[];
  children: DraftNode[];
}

export interface Draft {
  rows: DraftNode[];
  totals: Partial<Record<NumericRole, Points>> | null;
  totalsLine: number | null;
  /** Columns found in the header, in order. */
  roles: Role[];
  /** Text before the table (title, issuing body, date). */
  preamble: string[];
  warnings: ImportWarning[];
}

export function newNode(code: Code | null, name: string, line: number): DraftNode {
  return { code, name, line, figures: {}, hasFigures: false, texts: [], fields: {}, levels: [], children: [] };
}

export function setFigures(node: DraftNode, roles: NumericRole[], values: Points[]): void {
  values.forEach((v, i) => {
    const role = roles[i];
    if (role) node.figures[role] = v;
  });
  node.hasFigures = true;
}

const TOTAL = /^(tong diem|tong cong|cong diem|tong so diem|diem tong|ket qua dat duoc|tong\s*[:(]|cong\s*[:(]|tong$|cong$|tong so$|tong \(?[ivx+ ]+\)?$)/;

/** A grand-total row: "TỔNG ĐIỂM 100 93", "CỘNG ĐIỂM I + II + III", "Kết quả đạt được". */
export function isTotalText(name: string): boolean {
  return TOTAL.test(fold(name).replace(/^[\s*-]+/, ''));
}
