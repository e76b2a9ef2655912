// Reads the cells of an uploaded table: the first sheet of an .xlsx, or .csv text (comma or
// semicolon separated, RFC 4180 quotes). Unit lists and survey results both come this way.
import ExcelJS from 'exceljs';
import { AppError } from './errors';

export function badFile(vi: string, en: string): AppError {
  return new AppError('validation', { vi: `file: ${vi}`, en: `file: ${en}` }, 'file');
}

/** Splits CSV text (RFC 4180 quotes, comma or semicolon separated as Excel writes in vi-VN). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function xlsxRows(buffer: Buffer, minColumns: number): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badFile('không đọc được tệp Excel (.xlsx)', 'cannot read the Excel (.xlsx) file');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw badFile('tệp Excel không có trang tính nào', 'the workbook has no sheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (r, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(r.cellCount, minColumns); c++) cells.push(r.getCell(c).text ?? '');
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/**
 * The file's rows of cell text, header row first. `minColumns` pads short rows so a sheet whose
 * last columns are empty still has a cell for each. Other file types → a 400 naming `file`.
 */
export async function readSheetCells(fileName: string, buffer: Buffer, minColumns = 0): Promise<string[][]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return xlsxRows(buffer, minColumns);
  if (lower.endsWith('.csv')) return parseCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
  throw badFile('chỉ nhận tệp .xlsx hoặc .csv', 'only .xlsx or .csv files are accepted');
}
