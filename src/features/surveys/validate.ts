// Checks every row of a survey file against the period (its units, its survey-scored criteria,
// each criterion's answer scale and respondent groups from the criteria set) and collects ALL
// problems, each naming the row and the column, before anything is applied.
import { parsePoints, tryParsePoints } from '../../core/points';
import type { AnswerShare, ResolvedSurvey } from '../../core/survey';
import type { SurveyRowError } from '../../shared/api/surveys';
import type { LeafInfo } from '../assessments/prepared';
import { checkGroup, convertAnswers } from './rules';
import { COLUMN_NAME, type SheetTable, type SurveyColumn } from './spreadsheet';

export interface ParsedFigure {
  row: number;
  unitId: string;
  nodeId: string;
  group: string;
  /** 'answers': counts converted with the criterion's shares; `value` is the percent they came to. */
  kind: 'percent' | 'score' | 'answers';
  /** 1/10 000 of a percent, or points units. */
  value: number;
  counts?: Record<string, number>;
  shares?: AnswerShare[];
}

export interface Lookups {
  unitsByCode: ReadonlyMap<string, { id: string; finalised: boolean }>;
  /** Survey-scored leaves by code (and by id). */
  leavesByCode: ReadonlyMap<string, LeafInfo>;
  /** The criterion's survey rule (answer shares, groups). */
  ruleOf: (leaf: LeafInfo) => ResolvedSurvey;
}

const HUNDRED = parsePoints('100');

/** The required columns in words, and their Vietnamese heading. */
const REQUIRED_LABEL = {
  unit: { vi: 'mã đơn vị', en: 'unit code', heading: 'Mã đơn vị' },
  criterion: { vi: 'mã tiêu chí', en: 'criterion code', heading: 'Mã tiêu chí' },
  group: { vi: 'nhóm đối tượng', en: 'respondent group', heading: 'Nhóm đối tượng' },
} as const;

export function validateTable(table: SheetTable, lookups: Lookups): { figures: ParsedFigure[]; errors: SurveyRowError[] } {
  const errors: SurveyRowError[] = [];
  const err = (row: number, column: string, vi: string, en: string) => errors.push({ row, column, message: { vi: `Dòng ${row}, cột "${column}": ${vi}`, en: `Row ${row}, column "${column}": ${en}` } });
  const where = new Map<SurveyColumn, number>();
  const answerCols: { key: string; answer: string; text: string; index: number }[] = [];
  table.header.forEach((h, i) => {
    if (h.column === null) {
      if (h.text !== '') err(1, h.text, 'cột không được hỗ trợ (cần unit_code, criterion_code, group, score, percent hoặc answer_A, answer_B …)', 'unknown column (expected unit_code, criterion_code, group, score, percent or answer_A, answer_B …)');
      return;
    }
    if (h.column === 'answer') {
      const key = (h.answer ?? '').toUpperCase();
      if (answerCols.some((a) => a.key === key)) err(1, h.text, 'cột bị lặp', 'column appears twice');
      else answerCols.push({ key, answer: h.answer ?? '', text: h.text, index: i });
      return;
    }
    if (where.has(h.column)) err(1, h.text, 'cột bị lặp', 'column appears twice');
    else where.set(h.column, i);
  });
  for (const need of ['unit', 'criterion', 'group'] as const) {
    const l = REQUIRED_LABEL[need];
    if (!where.has(need)) err(1, COLUMN_NAME[need], `thiếu cột ${l.vi} ở dòng tiêu đề (tiêu đề "${COLUMN_NAME[need]}" hoặc "${l.heading}")`, `the ${l.en} column is missing from the header row (headed "${COLUMN_NAME[need]}" or "${l.heading}")`);
  }
  if (!where.has('score') && !where.has('percent') && answerCols.length === 0) err(1, 'score | percent', 'cần cột điểm (score), tỷ lệ (percent) hoặc số phiếu theo phương án (answer_A …)', 'a score, percent or answer count (answer_A …) column is needed');
  if (errors.length > 0) return { figures: [], errors };
  if (table.rows.length === 0) err(2, COLUMN_NAME.unit, 'tệp không có dòng số liệu nào', 'the file has no data rows');

  // A data row's error names its column as the file heads it ("Mã đơn vị"), which is what the
  // person fixing the file sees.
  const headed = (c: SurveyColumn): string => (where.has(c) ? table.header[where.get(c)!]!.text : COLUMN_NAME[c]);
  const figures: ParsedFigure[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (c: SurveyColumn) => (where.has(c) ? (cells[where.get(c)!] ?? '').trim() : '');
    const unitCode = cell('unit');
    const unit = lookups.unitsByCode.get(unitCode.toUpperCase());
    if (unitCode === '') err(row, headed('unit'), 'thiếu mã đơn vị', 'the unit code is missing');
    else if (!unit) err(row, headed('unit'), `không có đơn vị mã "${unitCode}" trong đợt đánh giá`, `no unit with code "${unitCode}" takes part in the period`);
    else if (unit.finalised) err(row, headed('unit'), `kết quả của đơn vị "${unitCode}" đã được chốt`, `the results of unit "${unitCode}" are finalised`);
    const code = cell('criterion');
    const leaf = lookups.leavesByCode.get(code);
    if (code === '') err(row, headed('criterion'), 'thiếu mã tiêu chí', 'the criterion code is missing');
    else if (!leaf) err(row, headed('criterion'), `không có tiêu chí "${code}" chấm bằng điều tra xã hội học trong bộ tiêu chí`, `no survey-scored criterion "${code}" in the criteria set`);
    const rule = leaf ? lookups.ruleOf(leaf) : null;
    let group = cell('group');
    if (group === '') err(row, headed('group'), 'thiếu nhóm đối tượng khảo sát', 'the respondent group is missing');
    else if (rule) {
      const g = checkGroup(rule, group);
      if (g.ok) group = g.name;
      else {
        err(row, headed('group'), g.message.vi, g.message.en);
        group = '';
      }
    }
    const score = cell('score');
    const percent = cell('percent').replace(/%$/, '').trim();
    const given = answerCols.filter((a) => (cells[a.index] ?? '').trim() !== '');
    let value: Omit<ParsedFigure, 'row' | 'unitId' | 'nodeId' | 'group'> | null = null;
    const kinds = [score !== '', percent !== '', given.length > 0].filter(Boolean).length;
    if (kinds > 1) err(row, given.length > 0 ? given[0]!.text : headed('score'), 'chỉ ghi một trong: điểm, tỷ lệ hoặc số phiếu theo phương án', 'give one of a score, a percent or answer counts, not several');
    else if (kinds === 0) err(row, 'score | percent', 'thiếu điểm, tỷ lệ hoặc số phiếu', 'the score, percent or answer counts are missing');
    else if (given.length > 0) {
      const counts: Record<string, number> = {};
      let bad = false;
      for (const a of given) {
        const text = (cells[a.index] ?? '').trim();
        const n = /^\d+$/.test(text) ? Number(text) : NaN;
        if (!Number.isSafeInteger(n)) {
          err(row, a.text, `"${text}" không phải là số phiếu (số nguyên không âm)`, `"${text}" is not a count of answers (a whole number ≥ 0)`);
          bad = true;
        } else counts[a.answer] = n;
      }
      if (!bad && rule) {
        const c = convertAnswers(rule, counts);
        if ('error' in c) err(row, given.map((a) => a.text).join(' | '), c.error.vi, c.error.en);
        else value = { kind: 'answers', value: c.percent, counts: c.counts, shares: c.shares };
      }
    } else if (percent !== '') {
      const p = tryParsePoints(percent);
      if (p === undefined) err(row, headed('percent'), `"${percent}" không phải là số`, `"${percent}" is not a number`);
      else if (p < 0 || p > HUNDRED) err(row, headed('percent'), 'tỷ lệ phải từ 0 đến 100', 'the percent must be between 0 and 100');
      else value = { kind: 'percent', value: p };
    } else {
      const p = tryParsePoints(score);
      if (p === undefined) err(row, headed('score'), `"${score}" không phải là số`, `"${score}" is not a number`);
      else if (leaf && (p < 0 || p > leaf.node.max)) err(row, headed('score'), `điểm phải từ 0 đến điểm tối đa của tiêu chí`, `the score must be between 0 and the criterion's maximum`);
      else value = { kind: 'score', value: p };
    }
    if (unit && leaf && group !== '') {
      const key = `${unit.id}|${leaf.node.id}|${group.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) err(row, headed('group'), `trùng với dòng ${first} (cùng đơn vị, tiêu chí, nhóm)`, `duplicates row ${first} (same unit, criterion and group)`);
      else seen.set(key, row);
      if (value && first === undefined) figures.push({ row, unitId: unit.id, nodeId: leaf.node.id, group, ...value });
    }
  }
  return { figures: errors.length > 0 ? [] : figures, errors };
}
