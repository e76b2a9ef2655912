/**
 * A table as every renderer (docx, xlsx, pdf) sees it: the builders decide what is written,
 * the renderers only how. Keeping one model is what makes the three formats agree cell by cell.
 */
import type { Points } from '../../core/points';

/** A cell's value for spreadsheets; the text is what documents print. */
export type CellValue =
  | { kind: 'points'; points: Points }
  | { kind: 'index'; hundredths: number }
  | { kind: 'int'; n: number };

export interface Cell {
  text: string;
  value?: CellValue;
}

export type RowStyle = 'field' | 'criterion' | 'sub' | 'plain' | 'total';

export interface TableRow {
  cells: Cell[];
  style: RowStyle;
  /** Indentation steps for the name column (sub-criteria and deeper). */
  indent?: number;
  /**
   * For a total row: per numeric column, the rows (indexes into `rows`) whose cells it adds,
   * with their sign (−1 for a penalty section). Spreadsheets write these as formulas; a column
   * left out holds a plain value (e.g. a rescaled total that is not a sum).
   */
  formulas?: { column: number; terms: { row: number; sign: 1 | -1 }[] }[];
}

export type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  header: string;
  /** Relative width; renderers scale to the page. */
  width: number;
  align: Align;
  /** Column whose cells carry numbers (right for xlsx number format, centred in documents). */
  numeric?: boolean;
}

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
}
