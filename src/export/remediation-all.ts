/**
 * Every unit's remediation plan of a period in one spreadsheet (issue 6, the organiser's view):
 * one table with the unit in its own column, so Excel's filter picks out a unit, an agency or a
 * status; a total row adds the points. Same cells and number formats as the per-unit plan.
 */
import { add, ZERO, type Points } from '../core/points';
import { lostOf } from './build/remediation';
import { nfc, pointsText } from './format';
import type { Cell, TableModel, TableRow } from './model/table';
import type { RemediationRow } from './types';
import { renderXlsx } from './xlsx/table-sheet';

export interface RemediationAllRow extends RemediationRow {
  unitCode: string;
  unitName: string;
  /** The row's status as people read it ("Đang thực hiện"). */
  status: string;
}

export interface RemediationAllInput {
  periodName: string;
  year: number;
  /** In the order given: callers group them by unit. */
  rows: RemediationAllRow[];
}

export const REMEDIATION_ALL_HEADERS = [
  'STT',
  'Đơn vị',
  'Tiêu chí',
  'Điểm tối đa',
  'Điểm thẩm định',
  'Điểm bị mất',
  'Giải pháp khắc phục',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Tình trạng',
  'Ghi chú',
] as const;

const WIDTHS = [5, 16, 24, 7, 7, 7, 24, 12, 12, 10, 10, 10];
const NUMERIC = new Set([3, 4, 5]);

function pts(p: Points): Cell {
  return { text: pointsText(p), value: { kind: 'points', points: p } };
}

export function remediationAllTable(rows: RemediationAllRow[]): TableModel {
  const body: TableRow[] = rows.map((r, i) => ({
    style: 'plain',
    cells: [
      { text: String(i + 1) },
      { text: nfc(r.unitName) },
      { text: nfc(r.code ? `${r.code}. ${r.name}` : r.name) },
      pts(r.max),
      pts(r.appraisal),
      pts(lostOf(r)),
      { text: nfc(r.solution ?? '') },
      { text: nfc(r.leadAgency ?? '') },
      { text: nfc(r.cooperatingAgencies ?? '') },
      { text: nfc(r.timeFrame ?? '') },
      { text: nfc(r.status) },
      { text: nfc(r.note ?? '') },
    ],
  }));
  if (rows.length > 0) {
    const terms = rows.map((_, i) => ({ row: i, sign: 1 as const }));
    const total = (pick: (r: RemediationAllRow) => Points): Points => rows.reduce((acc, r) => add(acc, pick(r)), ZERO);
    body.push({
      style: 'total',
      formulas: [...NUMERIC].map((column) => ({ column, terms })),
      cells: [{ text: '' }, { text: 'TỔNG CỘNG' }, { text: '' }, pts(total((r) => r.max)), pts(total((r) => r.appraisal)), pts(total(lostOf)), ...Array.from({ length: 6 }, () => ({ text: '' }))],
    });
  }
  return {
    columns: REMEDIATION_ALL_HEADERS.map((header, i) => ({ header, width: WIDTHS[i]!, align: i === 0 || NUMERIC.has(i) || i === 9 ? 'center' : 'left', numeric: NUMERIC.has(i) })),
    rows: body,
  };
}

export function remediationAllXlsx(input: RemediationAllInput): Promise<Buffer> {
  return renderXlsx([
    {
      name: 'Kế hoạch khắc phục',
      appendix: {
        title: ['TỔNG HỢP KẾ HOẠCH KHẮC PHỤC HẠN CHẾ, TỒN TẠI', nfc(`QUA KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${input.year}`)],
        ...(input.periodName.trim() !== '' && { note: nfc(`(${input.periodName.trim()})`) }),
        table: remediationAllTable(input.rows),
        landscape: true,
      },
    },
  ]);
}
