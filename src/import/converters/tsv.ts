/**
 * Tab-separated text (spreadsheets saved as text, tables copied from web pages). Cells may
 * carry stray HTML (fixture 003: "<p>…</p><ul><li>…"), which is reduced to its text.
 */
import type { ConvertedDocument, SourceRow } from '../types';
import type { Converter } from './converter';
import { cleanCell, textLines } from './text';

export const tsvConverter: Converter = {
  convert(bytes) {
    const rows: SourceRow[] = [];
    textLines(bytes).forEach((raw, i) => {
      if (raw.trim() === '') return;
      const cells = raw.split('\t').map(cleanCell);
      while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      rows.push({ line: i + 1, cells });
    });
    return Promise.resolve<ConvertedDocument>({ format: 'tsv', rows, columnar: true });
  },
};

/** A text file is tab-separated when a good share of its non-empty lines hold tabs. */
export function looksTabSeparated(lines: string[]): boolean {
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const tabbed = nonEmpty.filter((l) => l.includes('\t')).length;
  return tabbed >= 5 && tabbed >= nonEmpty.length * 0.2;
}
