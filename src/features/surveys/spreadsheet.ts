// Reads a survey result file (.csv or the first sheet of .xlsx) into cells, and names its
// columns from the header row (English or Vietnamese headings, any order). Answer counts come
// in one column per answer: "answer_A", "answer:B", "Phương án C" (the answer after the prefix).
import { readSheetCells } from '../common/sheet';

export type SurveyColumn = 'unit' | 'criterion' | 'group' | 'score' | 'percent' | 'answer';

/** The column names shown in messages, as the template spells them. */
export const COLUMN_NAME: Record<SurveyColumn, string> = { unit: 'unit_code', criterion: 'criterion_code', group: 'group', score: 'score', percent: 'percent', answer: 'answer_…' };

/** "answer_A", "answer: A", "Phương án A", "phuong an A" → "A". */
const ANSWER_HEADER = /^(?:answer|phương án|phuong an)\s*[_:\-]?\s*(\S.{0,9})$/i;

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
  header: { text: string; column: SurveyColumn | null; answer?: string }[];
  /** Data rows with their 1-based row number in the file. */
  rows: { row: number; cells: string[] }[];
}

export async function readSurveyTable(fileName: string, buffer: Buffer): Promise<SheetTable> {
  const cells = await readSheetCells(fileName, buffer);
  const header = (cells[0] ?? []).map((raw) => {
    const text = raw.trim();
    const answer = ANSWER_HEADER.exec(text)?.[1]?.trim();
    if (answer) return { text, column: 'answer' as const, answer };
    return { text, column: HEADERS[text.toLowerCase()] ?? null };
  });
  const rows = cells
    .slice(1)
    .map((c, i) => ({ row: i + 2, cells: c }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { header, rows };
}
