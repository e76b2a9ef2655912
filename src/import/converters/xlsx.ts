/**
 * Excel (.xlsx) through exceljs: every sheet in order, one row per spreadsheet row. Numbers are
 * written back with String() — the shortest text of the double Excel stored, so 0.75 stays
 * "0.75" and points are parsed exactly afterwards. Merged cells count once (the master cell).
 */
import ExcelJS from 'exceljs';
import { nfc } from '../../vn/fold';
import { ImportError } from '../errors';
import type { ConvertedDocument, SourceRow } from '../types';
import type { Converter } from './converter';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}

export const xlsxConverter: Converter = {
  async convert(bytes, { budget }) {
    const workbook = new ExcelJS.Workbook();
    try {
      await budget.race(workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer));
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError('corrupt', 'Không đọc được tệp Excel (.xlsx): tệp bị hỏng hoặc không đúng định dạng', 'Cannot read the Excel file (.xlsx): it is damaged or not a spreadsheet');
    }
    const rows: SourceRow[] = [];
    for (const sheet of workbook.worksheets) {
      budget.check();
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: string[] = [];
        for (let c = 1; c <= row.cellCount; c++) {
          const cell = row.getCell(c);
          const master = cell.isMerged && cell.master.address !== cell.address;
          cells.push(master ? '' : nfc(cellText(cell.value)).replace(/\s*\n\s*/g, ' ').trim());
        }
        while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
        if (cells.some((c) => c !== '')) rows.push({ line: rowNumber, cells });
      });
    }
    return { format: 'xlsx', rows, columnar: true } satisfies ConvertedDocument;
  },
};
