// Checks every row of a survey file against the period (its units, its survey-scored criteria)
// and collects ALL problems, each naming the row and the column, before anything is applied.
import { parsePoints, tryParsePoints } from '../../core/points';
import type { SurveyRowError } from '../../shared/api/surveys';
import type { LeafInfo } from '../assessments/prepared';
import { COLUMN_NAME, type SheetTable, type SurveyColumn } from './spreadsheet';

export interface ParsedFigure {
  row: number;
  unitId: string;
  nodeId: string;
  group: string;
  kind: 'percent' | 'score';
  /** 1/10 000 of a percent, or points units. */
  value: number;
}

export interface Lookups {
  unitsByCode: ReadonlyMap<string, { id: string; finalised: boolean }>;
  /** Survey-scored leaves by code (and by id). */
  leavesByCode: ReadonlyMap<string, LeafInfo>;
}

const HUNDRED = parsePoints('100');

export function validateTable(table: SheetTable, lookups: Lookups): { figures: ParsedFigure[]; errors: SurveyRowError[] } {
  const errors: SurveyRowError[] = [];
  const err = (row: number, column: string, vi: string, en: string) => errors.push({ row, column, message: { vi: `Dòng ${row}, cột "${column}": ${vi}`, en: `Row ${row}, column "${column}": ${en}` } });
  const where = new Map<SurveyColumn, number>();
  table.header.forEach((h, i) => {
    if (h.column === null) {
      if (h.text !== '') err(1, h.text, 'cột không được hỗ trợ (cần unit_code, criterion_code, group, score hoặc percent)', 'unknown column (expected unit_code, criterion_code, group, score or percent)');
      return;
    }
    if (where.has(h.column)) err(1, h.text, 'cột bị lặp', 'column appears twice');
    else where.set(h.column, i);
  });
  for (const need of ['unit', 'criterion', 'group'] as const) {
    if (!where.has(need)) err(1, COLUMN_NAME[need], 'thiếu cột ở dòng tiêu đề', 'missing from the header row');
  }
  if (!where.has('score') && !where.has('percent')) err(1, 'score | percent', 'cần cột điểm (score) hoặc tỷ lệ (percent)', 'a score or percent column is needed');
  if (errors.length > 0) return { figures: [], errors };
  if (table.rows.length === 0) err(2, COLUMN_NAME.unit, 'tệp không có dòng số liệu nào', 'the file has no data rows');

  const figures: ParsedFigure[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (c: SurveyColumn) => (where.has(c) ? (cells[where.get(c)!] ?? '').trim() : '');
    const unitCode = cell('unit');
    const unit = lookups.unitsByCode.get(unitCode.toUpperCase());
    if (unitCode === '') err(row, COLUMN_NAME.unit, 'thiếu mã đơn vị', 'the unit code is missing');
    else if (!unit) err(row, COLUMN_NAME.unit, `không có đơn vị mã "${unitCode}" trong đợt đánh giá`, `no unit with code "${unitCode}" takes part in the period`);
    else if (unit.finalised) err(row, COLUMN_NAME.unit, `kết quả của đơn vị "${unitCode}" đã được chốt`, `the results of unit "${unitCode}" are finalised`);
    const code = cell('criterion');
    const leaf = lookups.leavesByCode.get(code);
    if (code === '') err(row, COLUMN_NAME.criterion, 'thiếu mã tiêu chí', 'the criterion code is missing');
    else if (!leaf) err(row, COLUMN_NAME.criterion, `không có tiêu chí "${code}" chấm bằng điều tra xã hội học trong bộ tiêu chí`, `no survey-scored criterion "${code}" in the criteria set`);
    const group = cell('group');
    if (group === '') err(row, COLUMN_NAME.group, 'thiếu nhóm đối tượng khảo sát', 'the respondent group is missing');
    const score = cell('score');
    const percent = cell('percent').replace(/%$/, '').trim();
    let value: { kind: 'percent' | 'score'; value: number } | null = null;
    if (score !== '' && percent !== '') err(row, COLUMN_NAME.score, 'chỉ ghi điểm hoặc tỷ lệ, không cả hai', 'give a score or a percent, not both');
    else if (score === '' && percent === '') err(row, 'score | percent', 'thiếu điểm hoặc tỷ lệ', 'the score or percent is missing');
    else if (percent !== '') {
      const p = tryParsePoints(percent);
      if (p === undefined) err(row, COLUMN_NAME.percent, `"${percent}" không phải là số`, `"${percent}" is not a number`);
      else if (p < 0 || p > HUNDRED) err(row, COLUMN_NAME.percent, 'tỷ lệ phải từ 0 đến 100', 'the percent must be between 0 and 100');
      else value = { kind: 'percent', value: p };
    } else {
      const p = tryParsePoints(score);
      if (p === undefined) err(row, COLUMN_NAME.score, `"${score}" không phải là số`, `"${score}" is not a number`);
      else if (leaf && (p < 0 || p > leaf.node.max)) err(row, COLUMN_NAME.score, `điểm phải từ 0 đến điểm tối đa của tiêu chí`, `the score must be between 0 and the criterion's maximum`);
      else value = { kind: 'score', value: p };
    }
    if (unit && leaf && group !== '') {
      const key = `${unit.id}|${leaf.node.id}|${group.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) err(row, COLUMN_NAME.group, `trùng với dòng ${first} (cùng đơn vị, tiêu chí, nhóm)`, `duplicates row ${first} (same unit, criterion and group)`);
      else seen.set(key, row);
      if (value && first === undefined) figures.push({ row, unitId: unit.id, nodeId: leaf.node.id, group, ...value });
    }
  }
  return { figures: errors.length > 0 ? [] : figures, errors };
}
