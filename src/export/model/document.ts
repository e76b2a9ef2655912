/**
 * An official document as the renderers see it: an optional letter in the ND30 frame (header,
 * title, body, recipients, signature) followed by appendices, each a table on its own pages.
 */
import type { DocumentFrame } from '../types';
import type { TableModel } from './table';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface BodyParagraph {
  runs: Run[];
  /** First-line indent (the usual body paragraph). Default true. */
  indent?: boolean;
}

export interface Letter {
  frame: DocumentFrame;
  /** Document kind in caps, e.g. "BÁO CÁO", "KẾ HOẠCH". */
  kind: string;
  /** Trích yếu, e.g. "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026". */
  subject: string;
  body: BodyParagraph[];
}

export interface Appendix {
  /** "PHỤ LỤC", "PHỤ LỤC I"; omitted for a bare table. */
  label?: string;
  /** Title lines in caps, printed bold and centred. */
  title: string[];
  /** "(Kèm theo Báo cáo số … ngày … của …)", printed italic. */
  note?: string;
  table: TableModel;
  landscape: boolean;
}

export interface DocumentModel {
  letter?: Letter;
  appendices: Appendix[];
}
