/**
 * Every unit's remediation plan of a period in one spreadsheet (issue 6, the organiser's view):
 * one table with the unit in its own column, so Excel's filter picks out a unit, an agency or a
 * status; a total row adds the points. Same cells and number formats as the per-unit plan.
 */
import { PLAN_COLUMNS, planTable, textColumn, type PlanColumn } from './build/remediation-table';
import { nfc } from './format';
import type { TableModel } from './model/table';
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

const c = PLAN_COLUMNS;

/** The unit's plan columns with the unit after the number and the status before the note. */
const COLUMNS: PlanColumn<RemediationAllRow>[] = [
  c.no,
  textColumn<RemediationAllRow>('Đơn vị', 16, (r) => r.unitName),
  c.criterion,
  c.max,
  c.appraisal,
  c.lost,
  c.solution,
  c.lead,
  c.cooperating,
  c.timeFrame,
  textColumn<RemediationAllRow>('Tình trạng', 10, (r) => r.status),
  c.note,
];

export function remediationAllTable(rows: RemediationAllRow[]): TableModel {
  return planTable(COLUMNS, rows);
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
