/**
 * Plain text (.txt, text copied out of PDFs and web pages). One row per line, one cell per
 * line; a line holding only non-breaking spaces is an empty table cell (web pages render empty
 * cells that way), kept as a row with no cells because it separates cells of a row.
 */
import { nfc } from '../../vn/fold';
import { decodeText } from '../sniff';
import type { ConvertedDocument, SourceRow } from '../types';
import type { Converter } from './converter';
import { hasTags, htmlToText } from './html';

export function textLines(bytes: Uint8Array): string[] {
  return decodeText(bytes).split(/\r\n|\r|\n/);
}

export function cleanCell(raw: string): string {
  const s = hasTags(raw) ? htmlToText(raw).replace(/\n/g, ' ') : raw;
  return nfc(s).replace(/[ \t]+/g, ' ').trim();
}

export const textConverter: Converter = {
  convert(bytes) {
    const rows: SourceRow[] = [];
    textLines(bytes).forEach((raw, i) => {
      if (raw.trim() === '') {
        if (/\u00a0/.test(raw)) rows.push({ line: i + 1, cells: [] });
        return;
      }
      const text = cleanCell(raw.replace(/\t/g, ' '));
      if (text) rows.push({ line: i + 1, cells: [text] });
    });
    return Promise.resolve<ConvertedDocument>({ format: 'text', rows, columnar: false });
  },
};
