// Texts of the period's "criterion deadlines" tab (vi + en), kept beside the screen.
import { usePageMessages } from '../../i18n';

const vi = {
  tab: 'Hạn theo tiêu chí',
  info: 'Thông tin',
  intro:
    'Các tiêu chí chấm theo thời hạn. Hạn ghi trong bộ tiêu chí luôn được dùng; với tiêu chí bộ tiêu chí không ghi hạn, cơ quan tổ chức đặt hạn cho kỳ này. Đổi hạn sẽ tính lại điểm đã chấm của các đơn vị.',
  code: 'Mã',
  criterion: 'Tiêu chí',
  documentDeadline: 'Hạn trong bộ tiêu chí',
  periodDeadline: 'Hạn của kỳ',
  note: 'Ghi chú (căn cứ)',
  notePlaceholder: 'Ví dụ: theo Kế hoạch số …',
  effective: 'Hạn áp dụng',
  none: 'Chưa có',
  yearly: (d: string) => `${d} hằng năm`,
  scoredByAppraiser: 'Thẩm định chấm',
  answered: (n: number) => `${n} mục đã chấm`,
  fromDocument: 'Theo bộ tiêu chí',
  save: 'Lưu các hạn',
  reset: 'Bỏ thay đổi',
  changed: (n: number) => (n === 0 ? 'Chưa có thay đổi' : `${n} hạn đã thay đổi, chưa lưu`),
  saved: (self: number, appraisal: number) =>
    self + appraisal === 0 ? 'Đã lưu các hạn.' : `Đã lưu các hạn; đã tính lại điểm của ${self} mục tự đánh giá và ${appraisal} mục thẩm định.`,
  readOnly: 'Chỉ cơ quan tổ chức sửa được hạn, khi kỳ chưa kết thúc.',
  empty: 'Bộ tiêu chí của kỳ không có tiêu chí nào chấm theo thời hạn.',
  missing: (n: number) => `${n} tiêu chí chưa có hạn: đơn vị chưa thể được chấm điểm ở các tiêu chí này.`,
  range: (from: string, to: string) => `Chọn ngày từ ${from} đến ${to}.`,
};

export type DeadlineMessages = { [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : (typeof vi)[K] };

const en: DeadlineMessages = {
  tab: 'Criterion deadlines',
  info: 'Details',
  intro:
    "Criteria scored against a deadline. A deadline written in the criteria set always applies; for criteria whose set gives none, the organiser sets one for this period. Changing a deadline recomputes the units' points already scored.",
  code: 'Code',
  criterion: 'Criterion',
  documentDeadline: 'Deadline in the criteria set',
  periodDeadline: "Period's deadline",
  note: 'Note (basis)',
  notePlaceholder: 'E.g. per Plan No. …',
  effective: 'Deadline applied',
  none: 'None',
  yearly: (d: string) => `${d} every year`,
  scoredByAppraiser: 'Scored by appraisers',
  answered: (n: number) => `${n} scored ${n === 1 ? 'item' : 'items'}`,
  fromDocument: 'From the criteria set',
  save: 'Save deadlines',
  reset: 'Discard changes',
  changed: (n: number) => (n === 0 ? 'No changes' : `${n} ${n === 1 ? 'deadline' : 'deadlines'} changed, not saved`),
  saved: (self: number, appraisal: number) =>
    self + appraisal === 0 ? 'Deadlines saved.' : `Deadlines saved; recomputed ${self} self-assessment and ${appraisal} appraisal items.`,
  readOnly: 'Only the organiser can change deadlines, until the period closes.',
  empty: "The period's criteria set has no criterion scored against a deadline.",
  missing: (n: number) => `${n} ${n === 1 ? 'criterion has' : 'criteria have'} no deadline yet: units cannot be scored on them.`,
  range: (from: string, to: string) => `Pick a date from ${from} to ${to}.`,
};

export function useDeadlineMessages(): DeadlineMessages {
  return usePageMessages<DeadlineMessages>({ vi, en });
}
