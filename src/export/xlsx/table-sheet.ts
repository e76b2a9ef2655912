/**
 * An appendix (heading + TableModel) on one worksheet: bordered cells that wrap, bold field
 * and total rows, numbers as real number cells with two decimals, totals as formulas with
 * their cached result, the header row frozen and repeated on every printed page, A4 landscape
 * fitted to the page width.
 */
import ExcelJS from 'exceljs';
import { toNumber } from '../../core/points';
import type { Appendix } from '../model/document';
import type { Cell, TableModel, TableRow } from '../model/table';

const FONT_NAME = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel shows these with the reader's separators: "1.234,50" on a Vietnamese system. */
export const POINTS_FORMAT = '#,##0.00';
export const INDEX_FORMAT = '0.00';
/** Characters per relative width unit of the model. */
const CHARS_PER_UNIT = 1.25;
/** Points of row height per wrapped line of 12 pt text. */
const LINE_HEIGHT = 15.75;

function cellValue(c: Cell): ExcelJS.CellValue {
  if (!c.value) return c.text === '' ? null : c.text;
  switch (c.value.kind) {
    case 'points':
      return toNumber(c.value.points);
    case 'index':
      return c.value.hundredths / 100;
    case 'int':
      return c.value.n;
  }
}

function numberFormat(c: Cell): string | undefined {
  switch (c.value?.kind) {
    case 'points':
      return POINTS_FORMAT;
    case 'index':
      return INDEX_FORMAT;
    case 'int':
      return '0';
    case undefined:
      return undefined;
  }
}

/** Wrapped lines a text needs in a column `chars` wide: Excel does not fit row heights itself. */
function linesFor(text: string, chars: number): number {
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.05) / Math.max(1, chars - 1))), 0);
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function totalFormula(row: TableRow, column: number, firstDataRow: number): string | undefined {
  const f = row.formulas?.find((x) => x.column === column);
  if (!f || f.terms.length === 0) return undefined;
  const col = columnLetter(column);
  return f.terms
    .map((t, i) => `${t.sign < 0 ? '-' : i > 0 ? '+' : ''}${col}${firstDataRow + t.row}`)
    .join('');
}

function writeHeading(ws: ExcelJS.Worksheet, a: Appendix, width: number): number {
  const lines: { text: string; bold: boolean; italic: boolean }[] = [
    ...(a.label ? [{ text: a.label, bold: true, italic: false }] : []),
    ...a.title.map((t) => ({ text: t, bold: true, italic: false })),
    ...(a.note ? [{ text: a.note, bold: false, italic: true }] : []),
  ];
  lines.forEach((l, i) => {
    const r = i + 1;
    ws.mergeCells(r, 1, r, width);
    const c = ws.getCell(r, 1);
    c.value = l.text;
    c.font = { name: FONT_NAME, size: 13, bold: l.bold, italic: l.italic };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  return lines.length + 2; // one blank row, then the header
}

export function writeTableSheet(ws: ExcelJS.Worksheet, a: Appendix): void {
  const model: TableModel = a.table;
  const width = model.columns.length;
  const chars = model.columns.map((c) => Math.round(c.width * CHARS_PER_UNIT));
  ws.columns = chars.map((w) => ({ width: w }));
  const headerRowNo = writeHeading(ws, a, width);
  const first = headerRowNo + 1;

  const header = ws.getRow(headerRowNo);
  model.columns.forEach((col, i) => {
    const c = header.getCell(i + 1);
    c.value = col.header;
    c.font = { name: FONT_NAME, size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });
  header.height = Math.max(...model.columns.map((col, i) => linesFor(col.header, chars[i]!))) * LINE_HEIGHT;

  model.rows.forEach((row, ri) => {
    const r = ws.getRow(first + ri);
    const bold = row.style === 'field' || row.style === 'total';
    row.cells.forEach((cell, ci) => {
      const c = r.getCell(ci + 1);
      const formula = row.style === 'total' ? totalFormula(row, ci, first) : undefined;
      const value = cellValue(cell);
      c.value = formula !== undefined && typeof value === 'number' ? { formula, result: value } : value;
      const fmt = numberFormat(cell);
      if (fmt) c.numFmt = fmt;
      c.font = { name: FONT_NAME, size: 12, bold };
      const col = model.columns[ci]!;
      c.alignment = {
        horizontal: row.style === 'total' && ci === 1 ? 'center' : col.align,
        vertical: 'middle',
        wrapText: true,
        indent: ci === 1 ? (row.indent ?? 0) : 0,
      };
      c.border = BORDER;
    });
    r.height = Math.max(...row.cells.map((cell, ci) => linesFor(cell.text, chars[ci]!))) * LINE_HEIGHT;
  });

  ws.views = [{ state: 'frozen', ySplit: headerRowNo, xSplit: 0 }];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: a.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRowNo}:${headerRowNo}`,
  };
  ws.headerFooter = { oddFooter: '&C&P/&N' };
}

/** A workbook of one sheet per appendix, as bytes. */
export async function renderXlsx(sheets: { name: string; appendix: Appendix }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chỉ số';
  for (const s of sheets) writeTableSheet(wb.addWorksheet(s.name.slice(0, 31)), s.appendix);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}
