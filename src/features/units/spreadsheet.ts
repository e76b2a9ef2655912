// Reads the rows of a unit list from .xlsx (first sheet) or .csv. The header row names the
// columns (code, name, type, parent_code; Vietnamese headings accepted), in any order.
import { badFile, readSheetCells } from '../common/sheet';
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

export async function readUnitRows(filename: string, buffer: Buffer): Promise<ImportRow[]> {
  const table = await readSheetCells(filename, buffer, 4);
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
