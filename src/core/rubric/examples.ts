/**
 * Rubrics written from real criteria sets, one per shape: the 2023 draft set for a district's
 * departments (fixture 001: Công văn 1632/UBND, UBND huyện Quảng Điền) and DOMAIN §3. Tests,
 * demos and the web form's previews use them; the wording is the document's own.
 */
import { parsePoints, points } from '../points';
import type { Points } from '../points';
import type { Rubric } from './types';

export interface Example {
  code: string;
  max: Points;
  rubric: Rubric;
}

/** 1.1 Ban hành kế hoạch CCHC hằng năm (2 điểm). */
export const planIssued: Example = {
  code: '1.1',
  max: points(2),
  rubric: {
    type: 'deadline',
    tiers: [
      { maxDaysLate: 0, points: points(2), label: 'Trước và đúng thời gian quy định' },
      { maxDaysLate: 9, points: points(1), label: 'Chậm dưới 10 ngày so với thời gian quy định' },
      { maxDaysLate: null, points: points(0), label: 'Không ban hành hoặc ban hành chậm từ 10 ngày trở lên' },
    ],
    missingPoints: points(0),
    missingLabel: 'Không ban hành hoặc ban hành chậm từ 10 ngày trở lên',
  },
};

/** 1.2 Xác định các nhiệm vụ CCHC (1 điểm). */
export const tasksIdentified: Example = {
  code: '1.2',
  max: points(1),
  rubric: {
    type: 'levels',
    levels: [
      { id: 'full', label: 'Xác định đầy đủ các nhiệm vụ và có thời gian hoàn thành, sản phẩm đầu ra cụ thể', points: points(1) },
      { id: 'partial', label: 'Chưa xác định đầy đủ các nhiệm vụ hoặc chưa có thời gian hoàn thành, sản phẩm đầu ra cụ thể', points: parsePoints('0,5') },
      { id: 'none', label: 'Không xác định nhiệm vụ', points: points(0) },
    ],
  },
};

/**
 * 1.3 Mức độ hoàn thành kế hoạch (2 điểm), encoded literally: "trên 80%", "từ 70% đến 80%" read
 * as "đến dưới" like every other band, "từ 50% đến dưới 70%". Below 50 % and exactly 80 % are
 * covered by no band: the draft's own defect, which checkRubric reports.
 */
export const planCompletion: Example = {
  code: '1.3',
  max: points(2),
  rubric: {
    type: 'percent-bands',
    bands: [
      { from: 8000, fromExclusive: true, to: null, points: points(2), label: 'Thực hiện trên 80% kế hoạch' },
      { from: 7000, to: 8000, points: points(1), label: 'Thực hiện từ 70% đến 80% kế hoạch' },
      { from: 5000, to: 7000, points: points(0), label: 'Thực hiện từ 50% đến dưới 70% kế hoạch' },
    ],
  },
};

/** 2 Thực hiện công tác báo cáo CCHC (3 điểm): "Mỗi tiêu chí không đạt yêu cầu trừ 0,75 điểm". */
export const reporting: Example = {
  code: '2',
  max: points(3),
  rubric: { type: 'deduction', perItem: parsePoints('0,75'), itemLabel: 'tiêu chí không đạt yêu cầu' },
};

/** 3.1 Kế hoạch tuyên truyền CCHC hằng năm (1 điểm). */
export const outreachPlan: Example = {
  code: '3.1',
  max: points(1),
  rubric: {
    type: 'yes-no',
    yesLabel: 'Có ban hành kế hoạch tuyên truyền CCHC theo quy định',
    noLabel: 'Không ban hành kế hoạch tuyên truyền CCHC theo quy định',
  },
};

/** 3.2 Mức độ hoàn thành kế hoạch tuyên truyền CCHC (1 điểm). */
export const outreachCompletion: Example = {
  code: '3.2',
  max: points(1),
  rubric: {
    type: 'percent-bands',
    bands: [
      { from: 8000, to: null, points: points(1), label: 'Hoàn thành từ 80% trở lên' },
      { from: 6000, to: 8000, points: parsePoints('0,5'), label: 'Hoàn thành từ 60% đến dưới 80%' },
      { from: null, to: 6000, points: points(0), label: 'Hoàn thành dưới 60%' },
    ],
  },
};

/** 6 Sáng kiến (3 điểm): "Sáng kiến được Chủ tịch UBND tỉnh công nhận (01 sáng kiến = 02 điểm)". */
export const initiatives: Example = {
  code: '6',
  max: points(3),
  rubric: { type: 'count', perItem: points(2), itemLabel: 'sáng kiến được Chủ tịch UBND tỉnh công nhận' },
};

/** 6.6.3 Báo cáo kết quả duy trì áp dụng và cải tiến HTQLCL (4 điểm): four documents, 1 point each. */
export const qualityReport: Example = {
  code: '6.6.3',
  max: points(4),
  rubric: {
    type: 'checklist',
    items: [
      { id: 'report', label: 'Báo cáo kết quả duy trì áp dụng và cải tiến HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đảm bảo nội dung, thời gian theo quy định', points: points(1) },
      { id: 'objectives', label: 'Có Quyết định ban hành mục tiêu chất lượng', points: points(1) },
      { id: 'review', label: 'Có Báo cáo tổng hợp kết quả rà soát, cập nhật', points: points(1) },
      { id: 'minutes', label: 'Có Biên bản họp xem xét lãnh đạo', points: points(1) },
    ],
  },
};

/** III Thực hiện báo cáo tự chấm điểm (2 điểm). */
export const selfAssessmentReport: Example = {
  code: 'III',
  max: points(2),
  rubric: {
    type: 'deadline',
    tiers: [
      { maxDaysLate: 0, points: points(2), label: 'Theo đúng thời gian yêu cầu' },
      { maxDaysLate: 3, points: points(1), label: 'Quá từ 01 đến 03 ngày so với thời gian yêu cầu' },
      { maxDaysLate: null, points: points(0), label: 'Quá 03 ngày so với thời gian yêu cầu' },
    ],
    missingPoints: points(0),
  },
};

/** DOMAIN §3 / fixture 001 II: hồ sơ TTHC giải quyết đúng hạn (4 điểm). */
export const onTimeFiles: Example = {
  code: '2.2',
  max: points(4),
  rubric: {
    type: 'percent-bands',
    bands: [
      { from: 10000, to: null, points: points(4), label: '100% hồ sơ TTHC được giải quyết đúng hạn và trước hạn' },
      { from: 9500, to: 10000, points: points(3), label: 'Từ 95% - dưới 100% hồ sơ TTHC được giải quyết đúng hạn và trước hạn' },
      { from: 9000, to: 9500, points: points(2), label: 'Từ 90% - dưới 95% hồ sơ TTHC được giải quyết đúng hạn và trước hạn' },
      { from: 8500, to: 9000, points: points(1), label: 'Từ 85% - dưới 90% hồ sơ TTHC được giải quyết đúng hạn và trước hạn' },
      { from: null, to: 8500, points: points(0), label: 'Dưới 85% hồ sơ TTHC được giải quyết đúng hạn và trước hạn' },
    ],
  },
};

/** DOMAIN §3: "excellent: max; good: 75 %; done: 50 %". */
export const taskRating: Example = {
  code: '7',
  max: points(4),
  rubric: {
    type: 'share-of-max',
    levels: [
      { id: 'excellent', label: 'Hoàn thành xuất sắc nhiệm vụ', labelEn: 'Excellent', share: 10000 },
      { id: 'good', label: 'Hoàn thành tốt nhiệm vụ', labelEn: 'Good', share: 7500 },
      { id: 'done', label: 'Hoàn thành nhiệm vụ', labelEn: 'Done', share: 5000 },
      { id: 'not-done', label: 'Không hoàn thành nhiệm vụ', labelEn: 'Not done', share: 0 },
    ],
  },
};

/** DOMAIN §3: points = max × ratio (e.g. hồ sơ xử lý trực tuyến toàn trình). */
export const onlineShare: Example = { code: '5.3', max: points(2), rubric: { type: 'proportional' } };

/** DOMAIN §3: appraiser's judgement in [0, max], step 0,25. */
export const appraiserJudgement: Example = { code: '8.1', max: points(2), rubric: { type: 'manual' } };

export const ALL_EXAMPLES: readonly Example[] = [
  planIssued,
  tasksIdentified,
  planCompletion,
  reporting,
  outreachPlan,
  outreachCompletion,
  initiatives,
  qualityReport,
  selfAssessmentReport,
  onTimeFiles,
  taskRating,
  onlineShare,
  appraiserJudgement,
];
