// Reads the rows of a unit list from .xlsx (first sheet) or .csv. The header row names the
// columns (code, name, type, parent_code; Vietnamese headings accepted), in any order.
import ExcelJS from 'exceljs';
import { AppError } from '../common/errors';
import type { ImportRow } from './import';

const HEADERS: Record<string, keyof Omit<ImportRow, 'row'>> = {
  code: 'code',
  'mã': 'code',
  'mã đơn vị': 'code',
  name: 'name',
  'tên': 'name',
  'tên đơn vị': 'name',
  type: 'type',
  'loại': 'type',
  'loại đơn vị': 'type',
  parent_code: 'parentCode',
  parent: 'parentCode',
  'mã cấp trên': 'parentCode',
  'đơn vị cấp trên': 'parentCode',
};

function badFile(vi: string, en: string): AppError {
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

async function xlsxRows(buffer: Buffer): Promise<string[][]> {
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
    for (let c = 1; c <= Math.max(r.cellCount, 4); c++) cells.push(r.getCell(c).text ?? '');
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function readUnitRows(filename: string, buffer: Buffer): Promise<ImportRow[]> {
  const lower = filename.toLowerCase();
  let table: string[][];
  if (lower.endsWith('.xlsx')) table = await xlsxRows(buffer);
  else if (lower.endsWith('.csv')) table = parseCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
  else throw badFile('chỉ nhận tệp .xlsx hoặc .csv', 'only .xlsx or .csv files are accepted');
  const header = (table[0] ?? []).map((h) => HEADERS[h.trim().toLowerCase()]);
  for (const need of ['code', 'name', 'type'] as const) {
    if (!header.includes(need)) throw badFile(`thiếu cột "${need}" ở dòng tiêu đề`, `missing column "${need}" in the header row`);
  }
  const out: ImportRow[] = [];
  table.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const r: ImportRow = { row: i + 2, code: '', name: '', type: '', parentCode: '' };
    header.forEach((key, col) => {
      if (key) r[key] = cells[col] ?? '';
    });
    out.push(r);
  });
  return out;
}
