/**
 * TableModel → Word table: fixed column widths scaled to the text width, a header row that
 * Word repeats on every page, field rows bold, deeper rows indented, numbers centred.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, RowStyle, TableModel, TableRow as ModelRow } from '../model/table';
import { FONT, mm, SIZE } from './units';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const CELL_MARGINS = { left: mm(1.2), right: mm(1.2), top: mm(0.6), bottom: mm(0.6) };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function paragraphs(text: string, align: Align, bold: boolean, italic: boolean, indent: number): Paragraph[] {
  return text.split('\n').map(
    (t) =>
      new Paragraph({
        alignment: ALIGN[align],
        indent: indent > 0 ? { left: mm(3) * indent } : undefined,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text: t, font: FONT, size: SIZE.table, bold, italics: italic })],
      }),
  );
}

function isBold(style: RowStyle): boolean {
  return style === 'field' || style === 'total';
}

function bodyRow(model: TableModel, row: ModelRow, widths: number[]): TableRow {
  return new TableRow({
    children: row.cells.map((c, i) => {
      const col = model.columns[i]!;
      const nameColumn = i === 1;
      return new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        borders: BORDERS,
        margins: CELL_MARGINS,
        verticalAlign: VerticalAlignTable.CENTER,
        children: paragraphs(
          c.text,
          row.style === 'total' && nameColumn ? 'center' : col.align,
          isBold(row.style),
          false,
          nameColumn ? (row.indent ?? 0) : 0,
        ),
      });
    }),
  });
}

function headerRow(model: TableModel, widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          borders: BORDERS,
          margins: CELL_MARGINS,
          verticalAlign: VerticalAlignTable.CENTER,
          children: paragraphs(c.header, 'center', true, false, 0),
        }),
    ),
  });
}

/** Column widths in twips, proportional to the model's relative widths, summing to `total`. */
export function scaleWidths(relative: number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.floor((w * total) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function docxTable(model: TableModel, textWidth: number): Table {
  const widths = scaleWidths(model.columns.map((c) => c.width), textWidth);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [headerRow(model, widths), ...model.rows.map((r) => bodyRow(model, r, widths))],
  });
}
