import type { Finding, FindingColumn } from '../findings';
import { sub, sum, toDecimalString } from '../points';
import type { Points } from '../points';
import { rowLabel, walkAll } from '../tree';
import type { Visit } from '../tree';
import { both, COLUMN, itemName } from './describe';
import { duplicateCodes } from './duplicates';

/**
 * A filled-in summary table (bảng tổng hợp tự chấm / thẩm định) as read from a report: every
 * figure as printed, null where the cell is empty. The importers build these; the validator
 * says where the printed arithmetic is wrong.
 */
export interface ReportRow {
  code: string | null;
  name: string;
  max: Points | null;
  self: Points | null;
  appraisal: Points | null;
  survey?: Points | null;
  lost: Points | null;
  children: ReportRow[];
}

export interface ReportTable {
  rows: ReportRow[];
  /** The grand-total row ("Tổng cộng"), when the table prints one. */
  stated?: { max?: Points | null; self?: Points | null; appraisal?: Points | null; lost?: Points | null };
}

const SUMMED: FindingColumn[] = ['max', 'self', 'appraisal', 'survey', 'lost'];
const SCORES: ('self' | 'appraisal' | 'survey')[] = ['self', 'appraisal', 'survey'];

function figure(row: ReportRow, column: FindingColumn): Points | null {
  return row[column] ?? null;
}

/** Sum of a column over rows, or null when any row lacks the figure (nothing to compare). */
function columnSum(rows: readonly ReportRow[], column: FindingColumn): Points | null {
  const values = rows.map((r) => figure(r, column));
  return values.every((v): v is Points => v !== null) ? sum(values) : null;
}

export function validateReport(table: ReportTable): Finding[] {
  const visits = walkAll(table.rows);
  const findings: Finding[] = [];
  for (const v of visits) findings.push(...rowSums(v), ...rowScores(v), ...rowLost(v));
  findings.push(...duplicateCodes(visits));
  findings.push(...totals(table));
  return findings;
}

function rowSums(v: Visit<ReportRow>): Finding[] {
  const row = v.node;
  if (row.children.length === 0) return [];
  const name = itemName(rowLabel(v));
  const out: Finding[] = [];
  for (const column of SUMMED) {
    const stated = figure(row, column);
    const computed = columnSum(row.children, column);
    if (stated === null || computed === null || stated === computed) continue;
    const [s, c] = [both(stated), both(computed)];
    out.push({
      rule: 'sum-mismatch',
      code: row.code,
      nodeId: v.qualified,
      column,
      stated: toDecimalString(stated),
      computed: toDecimalString(computed),
      severity: 'error',
      message: {
        vi: `${name.vi}: ${COLUMN[column].vi} ghi ${s.vi} nhưng tổng các tiêu chí con là ${c.vi}`,
        en: `${name.en}: stated ${COLUMN[column].en} is ${s.en} but its sub-criteria add up to ${c.en}`,
      },
    });
  }
  return out;
}

function exceeds(where: Pick<Finding, 'code' | 'nodeId'>, name: { vi: string; en: string }, max: Points | null | undefined, scores: Partial<Record<FindingColumn, Points | null | undefined>>): Finding[] {
  if (max === null || max === undefined) return [];
  const out: Finding[] = [];
  for (const column of SCORES) {
    const score = scores[column];
    if (score === null || score === undefined || score <= max) continue;
    const [s, m] = [both(score), both(max)];
    out.push({
      rule: 'score-exceeds-max',
      ...where,
      column,
      stated: toDecimalString(score),
      computed: toDecimalString(max),
      severity: 'error',
      message: {
        vi: `${name.vi}: ${COLUMN[column].vi} ${s.vi} vượt điểm tối đa ${m.vi}`,
        en: `${name.en}: ${COLUMN[column].en} ${s.en} exceeds the max ${m.en}`,
      },
    });
  }
  return out;
}

function rowScores(v: Visit<ReportRow>): Finding[] {
  const row = v.node;
  const name = itemName(rowLabel(v));
  const out = exceeds({ code: row.code, nodeId: v.qualified }, name, row.max, row);
  for (const column of SUMMED) {
    const value = figure(row, column);
    if (value === null || value >= 0) continue;
    out.push({
      rule: 'invalid-value',
      code: row.code,
      nodeId: v.qualified,
      column,
      stated: toDecimalString(value),
      computed: null,
      severity: 'error',
      message: { vi: `${name.vi}: ${COLUMN[column].vi} không được âm (${both(value).vi})`, en: `${name.en}: ${COLUMN[column].en} must not be negative (${both(value).en})` },
    });
  }
  return out;
}

function lostFinding(where: Pick<Finding, 'code' | 'nodeId'>, name: { vi: string; en: string }, max: Points | null | undefined, appraisal: Points | null | undefined, lost: Points | null | undefined): Finding[] {
  if (max === null || max === undefined || appraisal === null || appraisal === undefined || lost === null || lost === undefined) return [];
  const expected = sub(max, appraisal);
  if (expected === lost) return [];
  const [l, m, a, e] = [both(lost), both(max), both(appraisal), both(expected)];
  return [{
    rule: 'lost-mismatch',
    ...where,
    column: 'lost',
    stated: toDecimalString(lost),
    computed: toDecimalString(expected),
    severity: 'error',
    message: {
      vi: `${name.vi}: điểm bị trừ ghi ${l.vi} nhưng điểm tối đa ${m.vi} − điểm thẩm định ${a.vi} = ${e.vi}`,
      en: `${name.en}: points lost stated as ${l.en} but max ${m.en} − appraisal ${a.en} = ${e.en}`,
    },
  }];
}

function rowLost(v: Visit<ReportRow>): Finding[] {
  const row = v.node;
  return lostFinding({ code: row.code, nodeId: v.qualified }, itemName(rowLabel(v)), row.max, row.appraisal, row.lost);
}

function totals(table: ReportTable): Finding[] {
  const stated = table.stated;
  if (!stated) return [];
  const name = { vi: 'Tổng cộng', en: 'Grand total' };
  const out: Finding[] = [];
  for (const column of ['max', 'self', 'appraisal', 'lost'] as const) {
    const s = stated[column];
    const computed = columnSum(table.rows, column);
    if (s === null || s === undefined || computed === null || s === computed) continue;
    const [sv, cv] = [both(s), both(computed)];
    out.push({
      rule: 'total-mismatch',
      code: null,
      column,
      stated: toDecimalString(s),
      computed: toDecimalString(computed),
      severity: 'error',
      message: {
        vi: `Tổng cộng ${COLUMN[column].vi} ghi ${sv.vi} nhưng tổng các mục cấp cao nhất là ${cv.vi}`,
        en: `The stated total ${COLUMN[column].en} is ${sv.en} but the top-level items add up to ${cv.en}`,
      },
    });
  }
  out.push(...exceeds({ code: null }, name, stated.max, stated));
  out.push(...lostFinding({ code: null }, name, stated.max, stated.appraisal, stated.lost));
  return out;
}
