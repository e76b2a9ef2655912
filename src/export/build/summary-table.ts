/**
 * The self-assessment summary table (bảng tổng hợp): STT | Lĩnh vực/Tiêu chí/Tiêu chí thành
 * phần | Điểm tối đa | Điểm tự đánh giá | Điểm thẩm định | Nội dung giải trình; Tài liệu kiểm
 * chứng, with a "TỔNG CỘNG" row. Shared by the .docx report, the .xlsx table and the PDFs.
 */
import { add, indexOf, sub, ZERO, type Points } from '../../core/points';
import { nfc, pointsText } from '../format';
import type { Cell, RowStyle, TableColumn, TableModel, TableRow } from '../model/table';
import type { SummaryRow, SummaryTotals } from '../types';

export interface ResolvedTotals {
  max: Points;
  self: Points | null;
  appraisal: Points | null;
  selfIndex: number | undefined;
  appraisalIndex: number | undefined;
  /** Which totals equal the plain sum of the top rows (a spreadsheet may then use a formula). */
  summed: { max: boolean; self: boolean; appraisal: boolean };
}

/** Top-level rows: the shallowest level present (fields, or parts when a set has them). */
export function topRowIndexes(rows: SummaryRow[]): number[] {
  const top = Math.min(...rows.map((r) => r.level));
  return rows.flatMap((r, i) => (r.level === top ? [i] : []));
}

function sumTop(rows: SummaryRow[], top: number[], pick: (r: SummaryRow) => Points | null | undefined, withPenalty: boolean): Points | null {
  let total: Points = ZERO;
  let any = false;
  for (const i of top) {
    const r = rows[i]!;
    const v = pick(r);
    if (v === null || v === undefined) continue;
    if (r.penalty && !withPenalty) continue;
    any = true;
    total = r.penalty ? sub(total, v) : add(total, v);
  }
  return any ? total : null;
}

/**
 * Totals: the caller's when given (N/A rules or rescaling make them differ from a plain sum),
 * else the signed sum of the top rows. A penalty section's max is a cap on deductions, not
 * part of the achievable maximum, so it stays out of the max total.
 */
export function resolveTotals(rows: SummaryRow[], given?: SummaryTotals): ResolvedTotals {
  const top = topRowIndexes(rows);
  const max = sumTop(rows, top, (r) => r.max, false) ?? ZERO;
  const self = sumTop(rows, top, (r) => r.self, true);
  const appraisal = sumTop(rows, top, (r) => r.appraisal, true);
  const t = {
    max: given?.max ?? max,
    self: given?.self !== undefined ? given.self : self,
    appraisal: given?.appraisal !== undefined ? given.appraisal : appraisal,
  };
  return {
    ...t,
    selfIndex: given?.selfIndex ?? (t.self === null ? undefined : indexOf(t.self, t.max)),
    appraisalIndex: given?.appraisalIndex ?? (t.appraisal === null ? undefined : indexOf(t.appraisal, t.max)),
    summed: { max: t.max === max, self: t.self === self, appraisal: t.appraisal === appraisal },
  };
}

function pointsCell(p: Points | null | undefined): Cell {
  return p === null || p === undefined ? { text: '' } : { text: pointsText(p), value: { kind: 'points', points: p } };
}

function styleOf(level: number, top: number): RowStyle {
  if (level === top) return 'field';
  if (level === top + 1) return 'criterion';
  return 'sub';
}

/** Explanation first, then one "- " line per evidence citation. */
export function explanationText(r: SummaryRow): string {
  const lines: string[] = [];
  if (r.explanation?.trim()) lines.push(nfc(r.explanation.trim()));
  for (const e of r.evidence ?? []) if (e.trim()) lines.push(`- ${nfc(e.trim())}`);
  return lines.join('\n');
}

export const SUMMARY_HEADERS = [
  'STT',
  'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
  'Điểm tối đa',
  'Điểm tự đánh giá',
  'Điểm thẩm định',
  'Nội dung giải trình; Tài liệu kiểm chứng',
] as const;

export function summaryTable(rows: SummaryRow[], totals: ResolvedTotals, showAppraisal = true): TableModel {
  const top = Math.min(...rows.map((r) => r.level));
  const columns: TableColumn[] = [
    { header: SUMMARY_HEADERS[0], width: 7, align: 'center' },
    { header: SUMMARY_HEADERS[1], width: 42, align: 'left' },
    { header: SUMMARY_HEADERS[2], width: 9, align: 'center', numeric: true },
    { header: SUMMARY_HEADERS[3], width: 9, align: 'center', numeric: true },
    ...(showAppraisal ? [{ header: SUMMARY_HEADERS[4], width: 9, align: 'center', numeric: true } as const] : []),
    { header: SUMMARY_HEADERS[5], width: showAppraisal ? 40 : 49, align: 'left' },
  ];
  const body: TableRow[] = rows.map((r) => ({
    style: styleOf(r.level, top),
    indent: Math.max(0, r.level - top - 1),
    cells: [
      { text: nfc(r.code) },
      { text: nfc(r.name) },
      pointsCell(r.max),
      pointsCell(r.self),
      ...(showAppraisal ? [pointsCell(r.appraisal)] : []),
      { text: explanationText(r) },
    ],
  }));
  const terms = topRowIndexes(rows).map((i) => ({ row: i, sign: rows[i]!.penalty ? (-1 as const) : (1 as const) }));
  const formulas: NonNullable<TableRow['formulas']> = [];
  if (totals.summed.max) formulas.push({ column: 2, terms: terms.filter((t) => t.sign === 1) });
  if (totals.summed.self && totals.self !== null) formulas.push({ column: 3, terms });
  if (showAppraisal && totals.summed.appraisal && totals.appraisal !== null) formulas.push({ column: 4, terms });
  body.push({
    style: 'total',
    formulas,
    cells: [
      { text: '' },
      { text: 'TỔNG CỘNG' },
      pointsCell(totals.max),
      pointsCell(totals.self),
      ...(showAppraisal ? [pointsCell(totals.appraisal)] : []),
      { text: '' },
    ],
  });
  return { columns, rows: body };
}
