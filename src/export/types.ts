/**
 * Plain input of the document writers. Callers (features, CLI) shape their data into these;
 * the writers know nothing of the database or of core's aggregation types on purpose, so a
 * document can be produced from any source (a saved assessment, an import, a test).
 *
 * Points are core `Points` (integers of 1/10 000 point); an index is in hundredths of a
 * percent (7120 = 71,20 %), as `indexOf` in src/core/points.ts returns it.
 */
import type { Points } from '../core/points';

/** Signature block (ND30 §8): "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name. */
export interface Signature {
  /** Authority line, e.g. "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN". Optional when the head signs. */
  authority?: string;
  /** Position of the signer, e.g. "PHÓ GIÁM ĐỐC", "CHỦ TỊCH". */
  position: string;
  /** Full name, printed bold under the space left for the signature and seal. */
  name: string;
}

/**
 * The state-format frame of an official document (Nghị định 30/2020/NĐ-CP): header, number and
 * symbol, place and date, recipients, signature.
 */
export interface DocumentFrame {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH QUẢNG NINH". Optional (some bodies have none). */
  governingBody?: string;
  /** Cơ quan ban hành, e.g. "SỞ TƯ PHÁP". Printed bold caps. */
  issuingBody: string;
  /** Number, e.g. "123". Omitted → left blank for the clerk to fill in at registration. */
  number?: string;
  /** Symbol, e.g. "BC-STP", "KH-UBND". */
  symbol: string;
  /** Địa danh, e.g. "Hạ Long". */
  place: string;
  /** ISO date YYYY-MM-DD. Omitted → "ngày … tháng … năm <year>" left blank. */
  date?: string;
  /** Year used when `date` is omitted. */
  year?: number;
  /** "Nơi nhận" lines without the leading "- " (added when printed). */
  recipients: string[];
  /** Last recipient line, default "Lưu: VT". */
  archive?: string;
  signature: Signature;
}

/** One row of the self-assessment summary table, in document order. */
export interface SummaryRow {
  /**
   * Depth: 1 = top level (field / lĩnh vực, or part), 2 = criterion (tiêu chí),
   * 3 and more = sub-criterion (tiêu chí thành phần) and deeper.
   */
  level: number;
  /** Code printed as given: "1", "II", "1.2.3", or "" when the row has none. */
  code: string;
  name: string;
  max: Points;
  /** Self score; null/undefined = not scored (empty cell). */
  self?: Points | null;
  /** Appraisal score; null/undefined = not appraised yet (empty cell). */
  appraisal?: Points | null;
  /** Nội dung giải trình. */
  explanation?: string;
  /** Evidence citations, one per line, e.g. "Kế hoạch số 85/KH-UBND ngày 21/12/2016 …". */
  evidence?: string[];
  /** Top-level penalty section (điểm trừ): its points are subtracted in the totals. */
  penalty?: boolean;
}

/** Totals when the caller knows better than the sum of top-level rows (N/A rules, rescaling). */
export interface SummaryTotals {
  max: Points;
  self?: Points | null;
  appraisal?: Points | null;
  /** Self index in hundredths of a percent. Default: self ÷ max. */
  selfIndex?: number;
  appraisalIndex?: number;
}

export interface SelfAssessmentInput {
  frame: DocumentFrame;
  /** Unit as written in the text, e.g. "Sở Tư pháp tỉnh Quảng Ninh". */
  unitName: string;
  year: number;
  rows: SummaryRow[];
  totals?: SummaryTotals;
  /**
   * Opening paragraphs (căn cứ: the decision and letter the report answers). Default: one
   * generic sentence naming the unit and the year.
   */
  basis?: string[];
  /** Extra paragraphs after the results (difficulties, proposals). */
  remarks?: string[];
  /** Whether the appendix shows the "Điểm thẩm định" column. Default true (the usual form). */
  showAppraisal?: boolean;
}

/** A field column of the ranking table. */
export interface RankingField {
  code: string;
  /** Short name for the column header, e.g. "Công tác chỉ đạo, điều hành CCHC". */
  name: string;
  max: Points;
}

export interface RankingRow {
  /** Rank as computed by core (ties share a rank); printed as given. */
  rank: number;
  unitName: string;
  total: Points;
  /** Hundredths of a percent. */
  index: number;
  /** Classification band label, e.g. "Tốt", "A". */
  classification?: string;
  /** Points per field, in the order of `RankingInput.fields`; null = none. */
  fieldPoints: (Points | null)[];
}

export interface RankingInput {
  /** E.g. "các sở, ban, ngành". */
  unitTypeName: string;
  year: number;
  fields: RankingField[];
  rows: RankingRow[];
  /** The decision the annex belongs to. */
  decision?: { number?: string; symbol: string; date?: string; issuer: string };
  /** Title override; default "KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM <year> CỦA <unit type>". */
  title?: string;
  /** Annex label, default "PHỤ LỤC". */
  annexLabel?: string;
}

export interface RemediationRow {
  code: string;
  name: string;
  max: Points;
  appraisal: Points;
  /** Default max − appraisal. */
  lost?: Points;
  solution?: string;
  leadAgency?: string;
  cooperatingAgencies?: string;
  /** Thời gian thực hiện, e.g. "Quý I/2027". */
  timeFrame?: string;
  note?: string;
}

export interface RemediationInput {
  frame: DocumentFrame;
  unitName: string;
  /** Year of the results being remedied. */
  year: number;
  /** Rows in the order given (callers sort by points to regain). */
  rows: RemediationRow[];
  /** Purpose and requirements paragraphs; a default is written when omitted. */
  body?: string[];
}
