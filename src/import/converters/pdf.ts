/**
 * PDF text layer through pdfjs-dist (no rendering, no system binary). Text items on one
 * baseline form a line; a wide horizontal gap between items separates cells, which are then
 * joined with spaces: a PDF has no grid, so recognition reads it as a stream of lines.
 * A scanned PDF without a text layer yields no rows (→ "no table found").
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { nfc } from '../../vn/fold';
import { ImportError } from '../errors';
import type { ConvertedDocument, SourceRow } from '../types';
import type { Converter } from './converter';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(i: unknown): i is RawItem {
  return typeof i === 'object' && i !== null && 'str' in i && 'transform' in i;
}

export const pdfConverter: Converter = {
  async convert(bytes, { budget }) {
    // pdfjs takes ownership of (and detaches) the buffer it is given: pass a copy.
    const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    const rows: SourceRow[] = [];
    try {
      const pdf = await budget.race(task.promise);
      let line = 0;
      for (let n = 1; n <= pdf.numPages; n++) {
        budget.check();
        const page = await budget.race(pdf.getPage(n));
        const content = await budget.race(page.getTextContent());
        const items: Item[] = [];
        for (const raw of content.items as unknown[]) {
          if (!isTextItem(raw) || raw.str.trim() === '') continue;
          const t: number[] = raw.transform;
          items.push({ str: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, w: raw.width, h: raw.height || Math.abs(t[3] ?? 10) });
        }
        for (const l of toLines(items)) rows.push({ line: ++line, cells: l.cells.map(nfc), xs: l.xs });
      }
    } catch (error) {
      if (error instanceof ImportError) throw error;
      const name = (error as { name?: string }).name ?? '';
      if (name === 'PasswordException') {
        throw new ImportError('encrypted', 'Tệp PDF được đặt mật khẩu: hãy bỏ mật khẩu rồi nhập lại', 'The PDF is password-protected: remove the password and import again');
      }
      throw new ImportError('corrupt', 'Không đọc được tệp PDF: tệp bị hỏng hoặc bị cắt cụt', 'Cannot read the PDF: it is damaged or truncated');
    } finally {
      await task.destroy();
    }
    return { format: 'pdf', rows, columnar: false } satisfies ConvertedDocument;
  },
};

/**
 * Groups items into lines top to bottom, left to right; within a line, a gap wider than about
 * half the font size starts a new cell (table columns are further apart than words).
 */
function toLines(items: Item[]): { cells: string[]; xs: number[] }[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const ref = last?.[0];
    if (last && ref && Math.abs(ref.y - it.y) <= Math.max(2, Math.min(ref.h, it.h) * 0.4)) last.push(it);
    else lines.push([it]);
  }
  return lines.map((l) => {
    l.sort((a, b) => a.x - b.x);
    const cells: string[] = [];
    const xs: number[] = [];
    let end = -Infinity;
    for (const it of l) {
      const gap = it.x - end;
      const i = cells.length - 1;
      if (i >= 0 && gap < Math.max(3, it.h * 0.6)) {
        cells[i] += gap > 0.1 && !cells[i]!.endsWith(' ') && !it.str.startsWith(' ') ? ` ${it.str}` : it.str;
      } else {
        cells.push(it.str);
        xs.push(it.x);
      }
      end = it.x + it.w;
    }
    return { cells: cells.map((c) => c.replace(/\s+/g, ' ').trim()), xs };
  });
}
