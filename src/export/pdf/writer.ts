/**
 * A thin layer over pdfkit: A4 pages in the ND30 margins, the four font styles, measuring and
 * our own line wrapping (so table rows can be measured before drawing and split across pages).
 */
import PDFDocument from 'pdfkit';
import { pdfFonts } from './fonts';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };
export const PORTRAIT_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
export const LANDSCAPE_MARGINS = { top: 25 * MM, bottom: 15 * MM, left: 20 * MM, right: 20 * MM };

export function styleOf(bold?: boolean, italic?: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  /** Current vertical position on the current page. */
  y = 0;
  private readonly widths = new Map<string, number>();
  // Unset until the first use(): pdfkit starts in Helvetica, which has no Vietnamese.
  private font: FontStyle | undefined;
  private size = 0;

  constructor(title: string) {
    const fonts = pdfFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: PORTRAIT_MARGINS,
      autoFirstPage: false,
      bufferPages: true,
      info: { Title: title, Author: 'Chỉ số', Creator: 'Chỉ số' },
    });
    this.doc.registerFont('regular', fonts.data.regular);
    this.doc.registerFont('bold', fonts.data.bold);
    this.doc.registerFont('italic', fonts.data.italic);
    this.doc.registerFont('boldItalic', fonts.data.boldItalic);
  }

  addPage(landscape: boolean): void {
    this.doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margins: landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS });
    this.y = this.top;
  }

  get landscape(): boolean {
    return this.doc.page.width > this.doc.page.height;
  }
  get left(): number {
    return this.doc.page.margins.left;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  use(style: FontStyle, size: number): void {
    if (style !== this.font || size !== this.size) {
      this.doc.font(style).fontSize(size);
      this.font = style;
      this.size = size;
    }
  }

  /** Width of a string in the current font; words are cached (tables repeat them a lot). */
  measure(text: string): number {
    const key = `${this.font}|${this.size}|${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.doc.widthOfString(text);
      this.widths.set(key, w);
    }
    return w;
  }

  /**
   * Wrapping with lines of even length (titles): the narrowest width that needs no more lines
   * than the full width, so a title never ends on a lone word.
   */
  wrapBalanced(text: string, width: number): string[] {
    const lines = this.wrap(text, width);
    if (lines.length < 2) return lines;
    let lo = width / 2;
    let hi = width;
    while (hi - lo > 2) {
      const mid = (lo + hi) / 2;
      if (this.wrap(text, mid).length <= lines.length) hi = mid;
      else lo = mid;
    }
    return this.wrap(text, hi);
  }

  lineHeight(size = this.size): number {
    return size * 1.18;
  }

  /** Greedy wrapping in the current font; explicit newlines kept; over-long words cut. */
  wrap(text: string, width: number): string[] {
    const out: string[] = [];
    const space = this.measure(' ');
    for (const para of text.split('\n')) {
      const words = para.split(/[ \t]+/).filter((w) => w.length > 0);
      let line = '';
      let lineWidth = 0;
      for (const word of words) {
        const w = this.measure(word);
        if (line && lineWidth + space + w <= width) {
          line += ` ${word}`;
          lineWidth += space + w;
          continue;
        }
        if (line) out.push(line);
        if (w <= width) {
          line = word;
          lineWidth = w;
          continue;
        }
        // A word wider than the column (a long web address): cut it by characters.
        let piece = '';
        for (const ch of word) {
          if (piece && this.measure(piece + ch) > width) {
            out.push(piece);
            piece = '';
          }
          piece += ch;
        }
        line = piece;
        lineWidth = this.measure(piece);
      }
      out.push(line);
    }
    return out;
  }

  /** One line of text at (x, y) aligned inside [x, x + width]; no wrapping. */
  textAt(text: string, x: number, y: number, width: number, align: 'left' | 'center' | 'right' = 'left'): void {
    if (text === '') return;
    const w = this.measure(text);
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    this.doc.text(text, x + dx, y, { lineBreak: false });
  }

  /** Lines centred in a box, returning the y below them. */
  centred(lines: string[], x: number, y: number, width: number): number {
    let yy = y;
    for (const l of lines) {
      this.textAt(l, x, yy, width, 'center');
      yy += this.lineHeight();
    }
    return yy;
  }

  rule(cx: number, y: number, length: number): void {
    this.doc.save().lineWidth(0.6).moveTo(cx - length / 2, y).lineTo(cx + length / 2, y).stroke().restore();
  }

  /** Page numbers centred in the top margin, from the second page on (ND30 §II.11). */
  numberPages(skipFirst: boolean): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      if (skipFirst && i === range.start) continue;
      this.doc.switchToPage(i);
      this.use('regular', 13);
      const page = this.doc.page;
      this.textAt(String(i - range.start + 1), 0, 8 * MM, page.width, 'center');
    }
  }

  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }
}
