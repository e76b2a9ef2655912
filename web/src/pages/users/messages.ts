// E-mail texts of the account screens, both languages: `const m = useUM(); m.email`.
// (The older account texts live in the shared i18n files under `users`.)
import { usePageMessages } from '../../i18n';

const vi = {
  email: 'Thư điện tử',
  emailHelp: 'Dùng để gửi thư nhắc hạn khi hệ thống đã cấu hình máy chủ thư; để trống nếu không có.',
  emailInvalid: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@donvi.gov.vn)',
  myEmailTitle: 'Thư điện tử của tôi',
  myEmailHint: 'Thư nhắc hạn nộp tự đánh giá được gửi tới địa chỉ này (nếu hệ thống đã cấu hình máy chủ thư). Để trống để chỉ nhận thông báo trong hệ thống.',
  myEmailSave: 'Lưu địa chỉ',
  myEmailSaved: 'Đã lưu địa chỉ thư điện tử',
  myEmailCleared: 'Đã xóa địa chỉ thư điện tử',
};

const en: typeof vi = {
  email: 'E-mail',
  emailHelp: 'Deadline reminders are e-mailed here once a mail server is configured; leave empty if there is none.',
  emailInvalid: 'Not a valid e-mail address (e.g. name@unit.gov.vn)',
  myEmailTitle: 'My e-mail address',
  myEmailHint: 'Reminders to submit the self-assessment are e-mailed here (once a mail server is configured). Leave it empty to get in-app notifications only.',
  myEmailSave: 'Save address',
  myEmailSaved: 'E-mail address saved',
  myEmailCleared: 'E-mail address removed',
};

export type UserMessages = typeof vi;

export function useUM(): UserMessages {
  return usePageMessages({ vi, en });
}

/** Empty input means "no address": the API takes null, not "". */
export function emailOrNull(v: string | undefined | null): string | null {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
}
