// Texts of the organiser's overview of every unit's remediation plan, both languages:
// `const m = useRemT(); m.title`. The unit's own plan screen uses ../results/messages.
import { usePageMessages } from '../../i18n';

const vi = {
  title: 'Kế hoạch khắc phục của các đơn vị',
  exportAll: 'Xuất tất cả kế hoạch (.xlsx)',
  unit: 'Đơn vị',
  unitType: 'Loại đơn vị',
  allTypes: 'Tất cả loại đơn vị',
  notFilledOnly: 'Chỉ đơn vị chưa điền xong',
  lost: 'Điểm cần lấy lại',
  rows: 'Số nội dung',
  filled: 'Đã điền đủ',
  filledHelp: 'Có giải pháp, cơ quan chủ trì và thời gian thực hiện',
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  overdue: 'Quá hạn',
  overdueHelp: 'Chưa hoàn thành mà đã quá thời gian thực hiện',
  lastUpdate: 'Cập nhật lần cuối',
  never: 'Chưa cập nhật',
  notFinalised: 'Chưa chốt kết quả',
  search: 'Tìm đơn vị',
  summary: (units: number, withPlan: number, lost: string, rows: number, filled: number, overdue: number) =>
    `${units} đơn vị · ${withPlan} đơn vị có kế hoạch · ${lost} điểm cần lấy lại · ${filled}/${rows} nội dung đã điền đủ · ${overdue} quá hạn`,
  empty: 'Không có đơn vị nào phù hợp.',
  open: (unit: string) => `Mở kế hoạch khắc phục của ${unit}`,
};

const en: typeof vi = {
  title: "Units' remediation plans",
  exportAll: 'Export all plans (.xlsx)',
  unit: 'Unit',
  unitType: 'Unit type',
  allTypes: 'All unit types',
  notFilledOnly: 'Only units not filled in',
  lost: 'Points to regain',
  rows: 'Rows',
  filled: 'Filled in',
  filledHelp: 'Solution, lead agency and time frame given',
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  overdue: 'Overdue',
  overdueHelp: 'Not done and past its time frame',
  lastUpdate: 'Last update',
  never: 'Never',
  notFinalised: 'Not finalised',
  search: 'Find a unit',
  summary: (units: number, withPlan: number, lost: string, rows: number, filled: number, overdue: number) =>
    `${units} units · ${withPlan} with a plan · ${lost} points to regain · ${filled}/${rows} rows filled in · ${overdue} overdue`,
  empty: 'No unit matches.',
  open: (unit: string) => `Open the remediation plan of ${unit}`,
};

export type RemMessages = typeof vi;

export function useRemT(): RemMessages {
  return usePageMessages({ vi, en });
}
