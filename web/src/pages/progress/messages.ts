// Texts of the organiser's reminder (dialog and result), both languages: `const m = usePM()`.
// The rest of the progress page uses the self-assessment catalogue (../assessment/messages).
import { usePageMessages } from '../../i18n';
import type { RemindResult } from '../../../../src/shared/api/assessments';

const n = (k: number) => k.toLocaleString('vi-VN');
/** English count with its noun: 1 e-mail, 2 e-mails. */
const en = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;

const vi = {
  messageLabel: 'Lời nhắn kèm theo (không bắt buộc)',
  messagePlaceholder: 'Ví dụ: Đề nghị các đơn vị hoàn thành trước ngày 15; liên hệ Phòng CCHC nếu cần hỗ trợ.',
  messageHelp: 'Lời nhắn có trong thông báo và trong thư điện tử gửi tới cán bộ nhập liệu và lãnh đạo đơn vị.',
  send: 'Gửi nhắc nhở',
  resultTitle: 'Kết quả gửi nhắc nhở',
  noneLate: 'Không có đơn vị nào cần nhắc: các đơn vị đã chọn đều đã nộp.',
  summary: (r: RemindResult) => {
    const parts = [`${n(r.sent)} thông báo trong ứng dụng`];
    if (r.emailConfigured) {
      parts.push(`${n(r.emailed)} thư điện tử đã gửi`);
      if (r.emailFailed > 0) parts.push(`${n(r.emailFailed)} thư không gửi được`);
      if (r.emailPending > 0) parts.push(`${n(r.emailPending)} thư đang tiếp tục gửi`);
      if (r.noAddress > 0) parts.push(`${n(r.noAddress)} người chưa có địa chỉ thư`);
    }
    return `Đã nhắc ${n(r.units)} đơn vị: ${parts.join(', ')}.`;
  },
  notConfigured: 'Chưa cấu hình máy chủ thư điện tử (CHISO_SMTP_URL) nên chỉ gửi thông báo trong ứng dụng.',
  failedHint: 'Thư không gửi được đã được ghi vào nhật ký máy chủ; thông báo trong ứng dụng vẫn được gửi đầy đủ.',
  noAddressHint: 'Quản trị viên có thể thêm địa chỉ tại trang Người dùng, hoặc mỗi người tự thêm tại trang Đổi mật khẩu.',
  nobodyToNotify: 'Các đơn vị này chưa có tài khoản cán bộ nhập liệu hoặc lãnh đạo nào nên chưa ai nhận được nhắc nhở. Quản trị viên thêm tài khoản cho đơn vị tại trang Người dùng.',
};

const english: typeof vi = {
  messageLabel: 'Message to include (optional)',
  messagePlaceholder: 'E.g. Please finish by the 15th; contact the reform office if you need help.',
  messageHelp: 'The message goes into the notification and the e-mail to the unit’s editors and leaders.',
  send: 'Send reminder',
  resultTitle: 'Reminder sent',
  noneLate: 'No unit needed a reminder: the selected units have all submitted.',
  summary: (r: RemindResult) => {
    const parts = [en(r.sent, 'in-app notification', 'in-app notifications')];
    if (r.emailConfigured) {
      parts.push(`${en(r.emailed, 'e-mail', 'e-mails')} sent`);
      if (r.emailFailed > 0) parts.push(`${en(r.emailFailed, 'e-mail', 'e-mails')} failed`);
      if (r.emailPending > 0) parts.push(`${en(r.emailPending, 'e-mail', 'e-mails')} still being sent`);
      if (r.noAddress > 0) parts.push(`${en(r.noAddress, 'person has', 'people have')} no e-mail address`);
    }
    return `Reminded ${en(r.units, 'unit', 'units')}: ${parts.join(', ')}.`;
  },
  notConfigured: 'No mail server is configured (CHISO_SMTP_URL), so only in-app notifications were sent.',
  failedHint: 'The failed e-mails are in the server log; every in-app notification was delivered.',
  noAddressHint: 'An administrator can add addresses on the Users page, or each person on the Change password page.',
  nobodyToNotify: 'These units have no editor or leader account yet, so nobody received the reminder. An administrator adds the units’ accounts on the Users page.',
};

export type ProgressMessages = typeof vi;

export function usePM(): ProgressMessages {
  return usePageMessages({ vi, en: english });
}
