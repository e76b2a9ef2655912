/**
 * The remediation plan (kế hoạch khắc phục, issue 6): an ND30 plan whose appendix lists, in
 * the order given, every criterion that lost points with its solution, lead and cooperating
 * agencies and time frame.
 */
import { sum } from '../../core/points';
import { attachedTo, nfc, pointsText } from '../format';
import type { BodyParagraph, DocumentModel } from '../model/document';
import type { TableModel } from '../model/table';
import type { RemediationInput, RemediationRow } from '../types';
import { checkRemediation } from '../validate';
import { lostOf, PLAN_COLUMNS, planTable } from './remediation-table';

const KIND = 'KẾ HOẠCH';

const c = PLAN_COLUMNS;

export function remediationTable(rows: RemediationRow[]): TableModel {
  return planTable([c.no, c.criterion, c.max, c.appraisal, c.lost, c.solution, c.lead, c.cooperating, c.timeFrame, c.note], rows);
}

function para(text: string): BodyParagraph {
  return { runs: [{ text: nfc(text) }] };
}

function defaultBody(input: RemediationInput): BodyParagraph[] {
  const unit = nfc(input.unitName);
  const lost = sum(input.rows.map(lostOf));
  return [
    para(`Căn cứ kết quả xác định Chỉ số cải cách hành chính năm ${input.year}, ${unit} ban hành Kế hoạch khắc phục những hạn chế, tồn tại như sau:`),
    para('I. MỤC ĐÍCH, YÊU CẦU'),
    para('Khắc phục các tiêu chí, tiêu chí thành phần bị mất điểm; xác định rõ giải pháp, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện; nâng cao Chỉ số cải cách hành chính năm sau.'),
    para('II. NỘI DUNG KHẮC PHỤC'),
    para(`Số tiêu chí, tiêu chí thành phần bị mất điểm: ${input.rows.length}; tổng số điểm bị mất: ${pointsText(lost)} điểm. Nhiệm vụ, giải pháp cụ thể tại Phụ lục kèm theo Kế hoạch này.`),
    para('III. TỔ CHỨC THỰC HIỆN'),
    para('Các cơ quan, đơn vị được giao chủ trì triển khai thực hiện các nhiệm vụ theo đúng thời gian quy định; định kỳ báo cáo kết quả khắc phục cùng báo cáo cải cách hành chính hằng quý./.'),
  ];
}

export function remediationModel(input: RemediationInput): DocumentModel {
  checkRemediation(input);
  const f = input.frame;
  return {
    letter: {
      frame: f,
      kind: KIND,
      subject: `Khắc phục hạn chế, tồn tại qua kết quả xác định Chỉ số cải cách hành chính năm ${input.year}`,
      body: input.body?.length ? input.body.map(para) : defaultBody(input),
    },
    appendices: [
      {
        label: 'PHỤ LỤC',
        title: ['DANH MỤC NHIỆM VỤ KHẮC PHỤC HẠN CHẾ, TỒN TẠI', nfc(`CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${input.year} CỦA ${input.unitName.toLocaleUpperCase('vi')}`)],
        note: nfc(attachedTo(KIND, f.number, f.symbol, f.date, input.unitName)),
        table: remediationTable(input.rows),
        landscape: true,
      },
    ],
  };
}
