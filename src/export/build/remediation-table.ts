/**
 * The task table of a remediation plan, shared by the unit's plan (build/remediation.ts) and the
 * organiser's all-plans spreadsheet (remediation-all.ts): the same columns, cells, number formats
 * and total row; the all-plans table only adds the unit and the status columns.
 */
import { add, sub, ZERO, type Points } from '../../core/points';
import { nfc, pointsText } from '../format';
import type { Align, Cell, TableModel, TableRow } from '../model/table';
import type { RemediationRow } from '../types';

export function lostOf(r: RemediationRow): Points {
  return r.lost ?? sub(r.max, r.appraisal);
}

function pts(p: Points): Cell {
  return { text: pointsText(p), value: { kind: 'points', points: p } };
}

export interface PlanColumn<R> {
  header: string;
  width: number;
  align: Align;
  cell: (row: R, index: number) => Cell;
  /** A points column: summed in the total row (a formula in spreadsheets). */
  points?: (row: R) => Points;
}

/** A column of words (agencies, a time frame); empty when the row leaves it out. */
export function textColumn<R>(header: string, width: number, pick: (row: R) => string | undefined, align: Align = 'left'): PlanColumn<R> {
  return { header, width, align, cell: (r) => ({ text: nfc(pick(r) ?? '') }) };
}

function pointsColumn(header: string, pick: (row: RemediationRow) => Points): PlanColumn<RemediationRow> {
  return { header, width: 7, align: 'center', cell: (r) => pts(pick(r)), points: pick };
}

/** The unit plan's columns, in its order; the all-plans table adds its own between them. */
export const PLAN_COLUMNS = {
  no: { header: 'STT', width: 5, align: 'center', cell: (_, i) => ({ text: String(i + 1) }) },
  criterion: textColumn('Tiêu chí', 24, (r) => (r.code ? `${r.code}. ${r.name}` : r.name)),
  max: pointsColumn('Điểm tối đa', (r) => r.max),
  appraisal: pointsColumn('Điểm thẩm định', (r) => r.appraisal),
  lost: pointsColumn('Điểm bị mất', lostOf),
  solution: textColumn('Giải pháp khắc phục', 24, (r) => r.solution),
  lead: textColumn('Cơ quan chủ trì', 12, (r) => r.leadAgency),
  cooperating: textColumn('Cơ quan phối hợp', 12, (r) => r.cooperatingAgencies),
  timeFrame: textColumn('Thời gian thực hiện', 10, (r) => r.timeFrame, 'center'),
  note: textColumn('Ghi chú', 10, (r) => r.note),
} satisfies Record<string, PlanColumn<RemediationRow>>;

/** One row per plan row in the order given, then (when there are rows) a total row. */
export function planTable<R>(columns: PlanColumn<R>[], rows: R[]): TableModel {
  const body: TableRow[] = rows.map((r, i) => ({ style: 'plain', cells: columns.map((c) => c.cell(r, i)) }));
  if (rows.length > 0) {
    const terms = rows.map((_, i) => ({ row: i, sign: 1 as const }));
    body.push({
      style: 'total',
      formulas: columns.flatMap((c, column) => (c.points ? [{ column, terms }] : [])),
      cells: columns.map((c, column) => {
        const pick = c.points;
        if (pick) return pts(rows.reduce((acc, r) => add(acc, pick(r)), ZERO));
        // The label stands in the column after the number (the criterion's, or the unit's).
        return { text: column === 1 ? 'TỔNG CỘNG' : '' };
      }),
    });
  }
  return {
    columns: columns.map((c) => ({ header: c.header, width: c.width, align: c.align, numeric: c.points !== undefined })),
    rows: body,
  };
}
