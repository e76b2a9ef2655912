// Reads a survey result file (.csv or the first sheet of .xlsx) into cells, and names its
// columns from the header row (English or Vietnamese headings, any order).
import { readSheetCells } from '../common/sheet';

export type SurveyColumn = 'unit' | 'criterion' | 'group' | 'score' | 'percent';

/** The column names shown in messages, as the template spells them. */
export const COLUMN_NAME: Record<SurveyColumn, string> = { unit: 'unit_code', criterion: 'criterion_code', group: 'group', score: 'score', percent: 'percent' };

const HEADERS: Record<string, SurveyColumn> = {
  unit_code: 'unit',
  unit: 'unit',
  'mã đơn vị': 'unit',
  'đơn vị': 'unit',
  criterion_code: 'criterion',
  criterion: 'criterion',
  'mã tiêu chí': 'criterion',
  'tiêu chí': 'criterion',
  group: 'group',
  respondent_group: 'group',
  'nhóm đối tượng': 'group',
  'nhóm': 'group',
  score: 'score',
  'điểm': 'score',
  percent: 'percent',
  percentage: 'percent',
  'tỷ lệ': 'percent',
  'tỉ lệ': 'percent',
  'tỷ lệ (%)': 'percent',
};

export interface SheetTable {
  /** Column of each header cell, null when the heading is not one we know. */
  header: { text: string; column: SurveyColumn | null }[];
  /** Data rows with their 1-based row number in the file. */
  rows: { row: number; cells: string[] }[];
}

export async function readSurveyTable(fileName: string, buffer: Buffer): Promise<SheetTable> {
  const cells = await readSheetCells(fileName, buffer);
  const header = (cells[0] ?? []).map((text) => ({ text: text.trim(), column: HEADERS[text.trim().toLowerCase()] ?? null }));
  const rows = cells
    .slice(1)
    .map((c, i) => ({ row: i + 2, cells: c }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { header, rows };
}
