import type { Citation } from '../vn/citations';

/** One line of a text file, one table row of a Word/Excel file, one text line of a PDF page. */
export interface SourceRow {
  /** 1-based line (text, PDF) or row number (spreadsheet, Word table row counted in document order). */
  line: number;
  /** Cell texts; a text line without tabs has one cell. An empty array marks an empty table cell on its own line. */
  cells: string[];
  /** PDF only: the x position (points) where each cell starts, so columns can be told apart. */
  xs?: number[];
}

export type SourceFormat = 'text' | 'tsv' | 'docx' | 'xlsx' | 'pdf';

export interface ConvertedDocument {
  format: SourceFormat;
  rows: SourceRow[];
  /** True when cells come from a real table grid (Word/Excel/TSV), so a column index means a column. */
  columnar: boolean;
}

export type DocumentKind = 'framework' | 'report' | 'remediation';

/** A rubric as JSON: the core Rubric with every Points value written as a number of points. */
export type RubricJson = Record<string, unknown> & { type: string };

export interface ImportedNode {
  code: string | null;
  name: string;
  max: number | null;
  self: number | null;
  appraisal: number | null;
  lost: number | null;
  explanation: string | null;
  citations: Citation[];
  rubric: RubricJson | null;
  solution: string | null;
  lead: string | null;
  cooperating: string | null;
  timeframe: string | null;
  note: string | null;
  children: ImportedNode[];
}

export interface ImportFinding {
  rule: string;
  code: string | null;
  message: { vi: string; en: string };
  stated: number | null;
  computed: number | null;
}

export interface ImportWarning {
  line: number | null;
  message: { vi: string; en: string };
}

export interface ImportResult {
  kind: DocumentKind;
  title: string | null;
  unit: string | null;
  year: number | null;
  totals: { max: number | null; self: number | null; appraisal: number | null; lost: number | null };
  nodes: ImportedNode[];
  findings: ImportFinding[];
  warnings: ImportWarning[];
}
