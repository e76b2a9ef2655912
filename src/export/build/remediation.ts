/**
 * The remediation plan (kế hoạch khắc phục, issue 6): an ND30 plan whose appendix lists, in
 * the order given, every criterion that lost points with its solution, lead and cooperating
 * agencies and time frame.
 */
import { add, sub, sum, ZERO, type Points } from '../../core/points';
import { attachedTo, nfc, pointsText } from '../format';
import type { BodyParagraph, DocumentModel } from '../model/document';
import type { Cell, TableModel, TableRow } from '../model/table';
import type { RemediationInput, RemediationRow } from '../types';
import { checkRemediation } from '../validate';

const KIND = 'KẾ HOẠCH';

export const REMEDIATION_HEADERS = [
  'STT',
  'Tiêu chí',
  'Điểm tối đa',
  'Điểm thẩm định',
  'Điểm bị mất',
  'Giải pháp khắc phục',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Ghi chú',
] as const;

const WIDTHS = [5, 24, 7, 7, 7, 24, 12, 12, 10, 10];

export function lostOf(r: RemediationRow): Points {
  return r.lost ?? sub(r.max, r.appraisal);
}

function pts(p: Points): Cell {
  return { text: pointsText(p), value: { kind: 'points', points: p } };
}

export function remediationTable(rows: RemediationRow[]): TableModel {
  const body: TableRow[] = rows.map((r, i) => ({
    style: 'plain',
    cells: [
      { text: String(i + 1) },
      { text: nfc(r.code ? `${r.code}. ${r.name}` : r.name) },
      pts(r.max),
      pts(r.appraisal),
      pts(lostOf(r)),
      { text: nfc(r.solution ?? '') },
      { text: nfc(r.leadAgency ?? '') },
      { text: nfc(r.cooperatingAgencies ?? '') },
      { text: nfc(r.timeFrame ?? '') },
      { text: nfc(r.note ?? '') },
    ],
  }));
  const terms = rows.map((_, i) => ({ row: i, sign: 1 as const }));
  const total = (pick: (r: RemediationRow) => Points): Points => rows.reduce((acc, r) => add(acc, pick(r)), ZERO);
  if (rows.length > 0) {
    body.push({
      style: 'total',
      formulas: [2, 3, 4].map((column) => ({ column, terms })),
      cells: [{ text: '' }, { text: 'TỔNG CỘNG' }, pts(total((r) => r.max)), pts(total((r) => r.appraisal)), pts(total(lostOf)), ...Array.from({ length: 5 }, () => ({ text: '' }))],
    });
  }
  return {
    columns: REMEDIATION_HEADERS.map((header, i) => ({ header, width: WIDTHS[i]!, align: i === 0 || (i >= 2 && i <= 4) || i === 8 ? 'center' : 'left', numeric: i >= 2 && i <= 4 })),
    rows: body,
  };
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
