// Reads a survey result file (.csv or the first sheet of .xlsx) into cells, and names its
// columns from the header row (English or Vietnamese headings, any order).
import ExcelJS from 'exceljs';
import { AppError } from '../common/errors';
import { parseCsv } from '../units/spreadsheet';

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

function badFile(vi: string, en: string): AppError {
  return new AppError('validation', { vi: `file: ${vi}`, en: `file: ${en}` }, 'file');
}

async function xlsxCells(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badFile('không đọc được tệp Excel (.xlsx)', 'cannot read the Excel (.xlsx) file');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw badFile('tệp Excel không có trang tính nào', 'the workbook has no sheet');
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (r, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) cells.push(r.getCell(c).text ?? '');
    out[n - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}

export async function readSurveyTable(fileName: string, buffer: Buffer): Promise<SheetTable> {
  const lower = fileName.toLowerCase();
  let cells: string[][];
  if (lower.endsWith('.xlsx')) cells = await xlsxCells(buffer);
  else if (lower.endsWith('.csv')) cells = parseCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
  else throw badFile('chỉ nhận tệp .xlsx hoặc .csv', 'only .xlsx or .csv files are accepted');
  const header = (cells[0] ?? []).map((text) => ({ text: text.trim(), column: HEADERS[text.trim().toLowerCase()] ?? null }));
  const rows = cells
    .slice(1)
    .map((c, i) => ({ row: i + 2, cells: c }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { header, rows };
}
