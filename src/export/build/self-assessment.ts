/**
 * The official self-assessment report (báo cáo tự đánh giá, chấm điểm) as a document model:
 * the letter stating the unit, the year, the total and the index, a line per field, then the
 * summary table as an appendix on landscape pages.
 */
import { indexOf } from '../../core/points';
import { attachedTo, indexText, nfc, pointsText } from '../format';
import type { Appendix, BodyParagraph, DocumentModel } from '../model/document';
import type { SelfAssessmentInput } from '../types';
import { checkSelfAssessment } from '../validate';
import { resolveTotals, summaryTable, topRowIndexes, type ResolvedTotals } from './summary-table';

const KIND = 'BÁO CÁO';

function para(text: string, indent = true): BodyParagraph {
  return { runs: [{ text: nfc(text) }], indent };
}

function totalParagraph(t: ResolvedTotals): BodyParagraph {
  if (t.self === null) return para('Tổng điểm tự đánh giá: chưa chấm điểm.');
  return {
    runs: [
      { text: 'Tổng điểm tự đánh giá: ' },
      { text: `${pointsText(t.self)}/${pointsText(t.max)} điểm`, bold: true },
      { text: ', đạt ' },
      { text: `${indexText(t.selfIndex)}%`, bold: true },
      { text: '.' },
    ],
  };
}

function fieldParagraphs(input: SelfAssessmentInput): BodyParagraph[] {
  return topRowIndexes(input.rows).map((i) => {
    const r = input.rows[i]!;
    const label = nfc(r.code ? `${r.code}. ${r.name}` : r.name);
    if (r.self === null || r.self === undefined) return para(`- ${label}: chưa chấm điểm.`);
    if (r.penalty) return para(`- ${label}: bị trừ ${pointsText(r.self)} điểm.`);
    const idx = indexOf(r.self, r.max);
    const share = idx === undefined ? '' : `, đạt ${indexText(idx)}%`;
    return para(`- ${label}: ${pointsText(r.self)}/${pointsText(r.max)} điểm${share}.`);
  });
}

function body(input: SelfAssessmentInput, t: ResolvedTotals): BodyParagraph[] {
  const unit = nfc(input.unitName);
  const y = input.year;
  const basis = input.basis?.length
    ? input.basis.map((b) => para(b))
    : [para(`Thực hiện việc xác định Chỉ số cải cách hành chính năm ${y}, ${unit} báo cáo kết quả tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần Chỉ số cải cách hành chính năm ${y} như sau:`)];
  return [
    ...basis,
    para(`1. Bảng tổng hợp kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm ${y} của ${unit} được gửi kèm theo Báo cáo này (Phụ lục).`),
    para('2. Các tài liệu kiểm chứng được nêu tại cột "Nội dung giải trình; Tài liệu kiểm chứng" của Bảng tổng hợp; đối với tiêu chí, tiêu chí thành phần không có tài liệu kiểm chứng, đơn vị đã giải trình cụ thể cách đánh giá, tính điểm.'),
    { runs: [{ text: '3. ' }, ...totalParagraph(t).runs] },
    para('4. Kết quả tự đánh giá theo từng lĩnh vực:'),
    ...fieldParagraphs(input),
    ...(input.remarks ?? []).map((r) => para(r)),
    para(`${unit} báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm ${y} theo các nội dung nêu trên để Hội đồng thẩm định xem xét, thẩm định./.`),
  ];
}

function appendix(input: SelfAssessmentInput, t: ResolvedTotals): Appendix {
  const f = input.frame;
  return {
    label: 'PHỤ LỤC',
    title: [
      'BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM',
      nfc(`CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${input.year} CỦA ${input.unitName.toLocaleUpperCase('vi')}`),
    ],
    note: nfc(attachedTo(KIND, f.number, f.symbol, f.date, input.unitName)),
    table: summaryTable(input.rows, t, input.showAppraisal ?? true),
    landscape: true,
  };
}

/** The whole report: letter + appendix. */
export function selfAssessmentReportModel(input: SelfAssessmentInput): DocumentModel {
  checkSelfAssessment(input);
  const t = resolveTotals(input.rows, input.totals);
  return {
    letter: {
      frame: input.frame,
      kind: KIND,
      subject: `Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm ${input.year}`,
      body: body(input, t),
    },
    appendices: [appendix(input, t)],
  };
}

/** The summary table alone (the .xlsx and the table PDF). */
export function selfAssessmentTableModel(input: SelfAssessmentInput): DocumentModel {
  checkSelfAssessment(input);
  const t = resolveTotals(input.rows, input.totals);
  return { appendices: [appendix(input, t)] };
}
