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
import { mm, SIZE } from './units';

// Borders and cell margins are set once on the table (w:tblBorders, w:tblCellMar), not on each
// cell: the same look in Word, and a 150-leaf report has ~1 000 cells whose repeated properties
// made up a large share of the XML the docx library builds and serialises (profiled).
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const CELL_MARGINS = { left: mm(1.2), right: mm(1.2), top: mm(0.6), bottom: mm(0.6) };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function paragraphs(text: string, align: Align, bold: boolean, italic: boolean, indent: number): Paragraph[] {
  return text.split('\n').map(
    (t) =>
      new Paragraph({
        alignment: ALIGN[align],
        indent: indent > 0 ? { left: mm(3) * indent } : undefined,
        spacing: { before: 0, after: 0 },
        // The font is the document default (render.ts); only the smaller table size is set, and
        // bold/italic only when on (false would still write an element per run).
        children: [new TextRun({ text: t, size: SIZE.table, bold: bold || undefined, italics: italic || undefined })],
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
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: [headerRow(model, widths), ...model.rows.map((r) => bodyRow(model, r, widths))],
  });
}
