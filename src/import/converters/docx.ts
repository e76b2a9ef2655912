/**
 * Word (.docx) through mammoth's HTML rendering: tables become rows of cells, paragraphs
 * outside tables one-cell rows. The zip has been checked by zip-guard before this runs.
 */
import mammoth from 'mammoth';
import { nfc } from '../../vn/fold';
import { ImportError } from '../errors';
import type { ConvertedDocument, SourceRow } from '../types';
import type { Converter } from './converter';
import { htmlBlocks } from './html';

export const docxConverter: Converter = {
  async convert(bytes, { budget }) {
    let html: string;
    try {
      const result = await budget.race(mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
      html = result.value;
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError('corrupt', 'Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không đúng định dạng', 'Cannot read the Word file (.docx): it is damaged or not a Word document');
    }
    budget.check();
    const rows: SourceRow[] = htmlBlocks(html).map((cells, i) => ({
      line: i + 1,
      // A cell's paragraphs are joined: names and explanations wrap inside one cell.
      cells: cells.map((c) => nfc(c).replace(/\s*\n\s*/g, ' ').trim()),
    }));
    return { format: 'docx', rows, columnar: true } satisfies ConvertedDocument;
  },
};
