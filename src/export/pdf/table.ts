/**
 * TableModel on PDF pages: rows measured before drawing, a new page (with the header row
 * drawn again) when a row does not fit, and a row taller than a page split line by line.
 */
import type { RowStyle, TableModel } from '../model/table';
import { styleOf, type PdfWriter } from './writer';

const SIZE = 11;
const PAD = 3;
const INDENT = 8;

interface PreparedRow {
  /** Wrapped lines per cell. */
  lines: string[][];
  style: RowStyle;
  indent: number;
  header: boolean;
}

function fontFor(style: RowStyle, header: boolean): ReturnType<typeof styleOf> {
  return styleOf(header || style === 'field' || style === 'total', false);
}

function scale(relative: number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  return relative.map((w) => (w * total) / sum);
}

export function drawTable(w: PdfWriter, model: TableModel): void {
  const x0 = w.left;
  const widths = scale(model.columns.map((c) => c.width), w.width);
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const lh = w.lineHeight(SIZE);

  const prepare = (texts: string[], style: RowStyle, indent: number, header: boolean): PreparedRow => {
    w.use(fontFor(style, header), SIZE);
    const lines = texts.map((t, i) => w.wrap(t, widths[i]! - 2 * PAD - (i === 1 ? indent * INDENT : 0)));
    return { lines, style, indent, header };
  };
  const height = (r: PreparedRow, from = 0, count = Infinity): number =>
    Math.max(...r.lines.map((l) => Math.max(1, Math.min(count, l.length - from)))) * lh + 2 * PAD;

  const header = prepare(model.columns.map((c) => c.header), 'plain', 0, true);
  const headerHeight = height(header);

  const drawRow = (r: PreparedRow, y: number, from: number, count: number, h: number): void => {
    w.use(fontFor(r.style, r.header), SIZE);
    r.lines.forEach((lines, i) => {
      const x = xs[i]!;
      const cw = widths[i]!;
      w.doc.save().lineWidth(0.5).rect(x, y, cw, h).stroke().restore();
      const shown = lines.slice(from, from + count);
      const col = model.columns[i]!;
      const align = r.header ? 'center' : r.style === 'total' && i === 1 ? 'center' : col.align;
      // Header cells sit in the middle; body cells at the top, so the first lines of a row
      // share one baseline and text extraction (our importer, pdftotext) reads a row as a line.
      const offset = r.header ? (h - 2 * PAD - shown.length * lh) / 2 : 0;
      const indent = i === 1 ? r.indent * INDENT : 0;
      shown.forEach((text, k) => w.textAt(text, x + PAD + indent, y + PAD + offset + k * lh, cw - 2 * PAD - indent, align));
    });
  };

  const newPage = (): void => {
    w.addPage(w.landscape);
    drawRow(header, w.y, 0, Infinity, headerHeight);
    w.y += headerHeight;
  };

  if (w.y + headerHeight + lh + 2 * PAD > w.bottom) w.addPage(w.landscape);
  drawRow(header, w.y, 0, Infinity, headerHeight);
  w.y += headerHeight;

  for (const row of model.rows) {
    const r = prepare(row.cells.map((c) => c.text), row.style, row.indent ?? 0, false);
    const total = Math.max(...r.lines.map((l) => l.length));
    let from = 0;
    while (from < total) {
      const room = Math.floor((w.bottom - w.y - 2 * PAD) / lh);
      const rest = total - from;
      // The whole rest fits: draw it. Else split only when the row would not fit a fresh page
      // anyway, and never leave a lone line at the bottom.
      const freshRoom = Math.floor((w.bottom - w.top - headerHeight - 2 * PAD) / lh);
      if (rest <= room) {
        const h = height(r, from);
        drawRow(r, w.y, from, rest, h);
        w.y += h;
        from = total;
      } else if (rest <= freshRoom || room < 2) {
        newPage();
      } else {
        const h = height(r, from, room);
        drawRow(r, w.y, from, room, h);
        from += room;
        newPage();
      }
    }
  }
}
