/**
 * Sample inputs for tests and benchmarks: a report shaped like fixture 000 (7 fields, max 100,
 * self 93) and generated sets of any size.
 */
import { parsePoints, points, type Points } from '../../core/points';
import type { DocumentFrame, RankingInput, RemediationInput, SelfAssessmentInput, SummaryRow } from '../types';

export const FRAME: DocumentFrame = {
  governingBody: 'UBND TỈNH QUẢNG NINH',
  issuingBody: 'SỞ TƯ PHÁP',
  number: '123',
  symbol: 'BC-STP',
  place: 'Hạ Long',
  date: '2026-12-05',
  recipients: ['Sở Nội vụ (b/c)', 'Hội đồng thẩm định Chỉ số CCHC tỉnh', 'Giám đốc Sở (b/c)'],
  archive: 'Lưu: VT, VP',
  signature: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hằng' },
};

const p = (s: string): Points => parsePoints(s);

/** Shaped like fixture 000 (Hà Quảng 2022): field 1 in detail, the rest as field rows only. */
export function sampleRows(): SummaryRow[] {
  return [
    { level: 1, code: '1', name: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', max: p('16'), self: p('15'), appraisal: p('14,5') },
    { level: 2, code: '1.1', name: 'Kế hoạch CCHC năm', max: p('3'), self: p('3'), appraisal: p('3') },
    {
      level: 3,
      code: '1.1.1',
      name: 'Ban hành kế hoạch (trước ngày 10/01 hàng năm)',
      max: p('1'),
      self: p('1'),
      appraisal: p('1'),
      evidence: ['Kế hoạch số 67/KH-UBND ngày 10/01/2022 của UBND huyện về cải cách hành chính năm 2022'],
    },
    { level: 3, code: '1.1.2', name: 'Mức độ hoàn thành kế hoạch CCHC', max: p('2'), self: p('2'), appraisal: p('2'), explanation: 'Hoàn thành 100% theo kế hoạch đề ra.' },
    { level: 2, code: '1.5', name: 'Những giải pháp, việc làm mới, cách làm hay trong chỉ đạo, điều hành CCHC', max: p('13'), self: p('12'), appraisal: p('11,5') },
    { level: 3, code: '1.5.1', name: 'Sáng kiến hoặc giải pháp mới trong triển khai CCHC', max: p('0,5'), self: p('0'), appraisal: p('0') },
    { level: 3, code: '1.5.2', name: 'Ban hành văn bản chỉ đạo triển khai thực hiện các nhiệm vụ CCHC tại đơn vị', max: p('12,5'), self: p('12'), appraisal: p('11,5'), explanation: 'UBND ban hành nhiều văn bản chỉ đạo (có biểu danh mục văn bản kèm theo).' },
    { level: 1, code: '2', name: 'CẢI CÁCH THỂ CHẾ', max: p('13'), self: p('13'), appraisal: p('12') },
    { level: 1, code: '3', name: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', max: p('15'), self: p('14'), appraisal: p('13,25') },
    { level: 1, code: '4', name: 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH', max: p('12'), self: p('11'), appraisal: p('11') },
    { level: 1, code: '5', name: 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', max: p('17'), self: p('16'), appraisal: p('15,75') },
    { level: 1, code: '6', name: 'CẢI CÁCH TÀI CHÍNH CÔNG', max: p('10'), self: p('10'), appraisal: p('9,5') },
    { level: 1, code: '7', name: 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', max: p('17'), self: p('14'), appraisal: p('13') },
  ];
}

export function sampleReport(): SelfAssessmentInput {
  return { frame: FRAME, unitName: 'Sở Tư pháp tỉnh Quảng Ninh', year: 2026, rows: sampleRows() };
}

/** A generated set: `fields` fields × `criteria` criteria × leaves, `leaves` leaves in all. */
export function generatedReport(leaves: number, fields = 8): SelfAssessmentInput {
  const rows: SummaryRow[] = [];
  const perField = Math.ceil(leaves / fields);
  let made = 0;
  for (let f = 1; f <= fields && made < leaves; f++) {
    const n = Math.min(perField, leaves - made);
    const fieldRow: SummaryRow = { level: 1, code: String(f), name: `LĨNH VỰC THỬ NGHIỆM SỐ ${f}: CẢI CÁCH HÀNH CHÍNH`, max: points(n), self: points(n), appraisal: points(n) };
    rows.push(fieldRow);
    const perCriterion = 4;
    for (let c = 0; c * perCriterion < n; c++) {
      const k = Math.min(perCriterion, n - c * perCriterion);
      rows.push({ level: 2, code: `${f}.${c + 1}`, name: `Tiêu chí ${f}.${c + 1} về thực hiện nhiệm vụ cải cách hành chính`, max: points(k), self: points(k), appraisal: points(k) });
      for (let l = 1; l <= k; l++) {
        rows.push({
          level: 3,
          code: `${f}.${c + 1}.${l}`,
          name: `Mức độ hoàn thành nhiệm vụ ${l} của tiêu chí ${f}.${c + 1} theo kế hoạch đã ban hành`,
          max: points(1),
          self: points(1),
          appraisal: points(1),
          explanation: 'Hoàn thành 100% nhiệm vụ theo kế hoạch; đã giải trình cụ thể cách đánh giá, tính điểm.',
          evidence: [`Kế hoạch số ${f * 10 + l}/KH-UBND ngày 21/12/2025 của UBND về thực hiện cải cách hành chính năm 2026`],
        });
        made++;
      }
    }
  }
  return { frame: FRAME, unitName: 'Sở Tư pháp tỉnh Quảng Ninh', year: 2026, rows };
}

const FIELD_NAMES = ['Chỉ đạo, điều hành', 'Thể chế', 'Thủ tục hành chính', 'Tổ chức bộ máy', 'Công vụ', 'Tài chính công', 'Chính quyền số'];

export function sampleRanking(units = 5): RankingInput {
  const fields = FIELD_NAMES.map((name, i) => ({ code: String(i + 1), name, max: points([16, 13, 15, 12, 17, 10, 17][i]!) }));
  const rows = Array.from({ length: units }, (_, i) => {
    const fieldPoints = fields.map((f, j) => (f.max - ((i * 7 + j * 3) % 20) * 500) as Points);
    const total = fieldPoints.reduce((a, b) => (a + b) as Points, 0 as Points);
    return { rank: i + 1, unitName: `Ủy ban nhân dân xã Đông Ngũ ${i + 1}`, total, index: Math.round(total / 100), classification: total >= points(90) ? 'Tốt' : 'Khá', fieldPoints };
  });
  rows.sort((a, b) => b.total - a.total);
  rows.forEach((r, i) => (r.rank = i > 0 && rows[i - 1]!.total === r.total ? rows[i - 1]!.rank : i + 1));
  return {
    unitTypeName: 'các xã, phường, đặc khu',
    year: 2026,
    fields,
    rows,
    decision: { number: '456', symbol: 'QĐ-UBND', date: '2027-01-15', issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh' },
  };
}

export function sampleRemediation(): RemediationInput {
  return {
    frame: { ...FRAME, number: '45', symbol: 'KH-STP', date: '2027-02-03' },
    unitName: 'Sở Tư pháp tỉnh Quảng Ninh',
    year: 2026,
    rows: [
      { code: '7.1.2', name: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', max: p('2'), appraisal: p('1'), solution: 'Số hóa toàn bộ văn bản đi, đến; ký số 100% văn bản', leadAgency: 'Văn phòng Sở', cooperatingAgencies: 'Sở Khoa học và Công nghệ', timeFrame: 'Quý I/2027', note: '' },
      { code: '1.5.1', name: 'Sáng kiến hoặc giải pháp mới trong triển khai CCHC', max: p('0,5'), appraisal: p('0'), solution: 'Đăng ký và triển khai ít nhất 01 sáng kiến CCHC', leadAgency: 'Phòng Hành chính tư pháp', cooperatingAgencies: 'Các phòng chuyên môn', timeFrame: 'Tháng 6/2027' },
      { code: '6.2', name: 'Thực hiện cơ chế tự chủ tài chính', max: p('3'), appraisal: p('2,75'), solution: 'Rà soát quy chế chi tiêu nội bộ', leadAgency: 'Văn phòng Sở', timeFrame: 'Quý II/2027', note: 'Báo cáo kết quả trước 30/6/2027' },
    ],
  };
}
