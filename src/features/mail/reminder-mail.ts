// The reminder e-mail to a unit that has not submitted its self-assessment: Vietnamese first,
// then English, as plain text and a simple HTML version. The deadline is written dd/mm/yyyy in
// both languages (the way the documents write it); the organiser's message is shown as typed,
// escaped in the HTML. Pure: no transport, no database.
import { formatDateEn, formatDateVi } from '../../core/dates';
import { escapeHtml, htmlLines } from './html';
import type { OutgoingMail } from './types';

export interface ReminderMailInput {
  to: string;
  recipientName: string;
  unitName: string;
  periodName: string;
  /** ISO date 'YYYY-MM-DD'. */
  deadline: string;
  /** The organiser's words, optional. */
  message?: string | undefined;
  /** The unit's form in the web app; null when CHISO_PUBLIC_URL is not set. */
  link: string | null;
}

export const MAIL_TAG = '[Chỉ số CCHC]';

/** `${publicUrl}/#/periods/<p>/units/<u>/assessment`, or null without a public address. */
export function assessmentLink(publicUrl: string | undefined, periodId: string, unitId: string): string | null {
  if (!publicUrl) return null;
  return `${publicUrl}/#/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(unitId)}/assessment`;
}

export function reminderMail(r: ReminderMailInput): OutgoingMail {
  const deadline = formatDateVi(r.deadline);
  // English writes the month in words ('31 Oct 2027'), as across the app, so nobody reads it as mm/dd.
  const deadlineEn = formatDateEn(r.deadline);
  const message = r.message?.trim() ? r.message.trim() : null;
  const subject = `${MAIL_TAG} Nhắc nộp tự đánh giá – ${r.periodName} / Reminder: submit the self-assessment – ${r.periodName}`;

  const vi = [
    `Kính gửi ${r.recipientName},`,
    `Đơn vị ${r.unitName} chưa nộp báo cáo tự đánh giá "${r.periodName}". Đề nghị hoàn thành và nộp trước ngày ${deadline}.`,
    ...(message ? [`Lời nhắn của cơ quan tổ chức:\n${message}`] : []),
    r.link ? `Mở biểu tự đánh giá: ${r.link}` : 'Vui lòng đăng nhập hệ thống Chỉ số CCHC để hoàn thành.',
    'Thư này được gửi tự động, vui lòng không trả lời.',
  ];
  const en = [
    `Dear ${r.recipientName},`,
    `The unit ${r.unitName} has not yet submitted its self-assessment "${r.periodName}". Please complete and submit it by ${deadlineEn}.`,
    ...(message ? [`Message from the organiser:\n${message}`] : []),
    r.link ? `Open the self-assessment form: ${r.link}` : 'Please sign in to Chỉ số CCHC to complete it.',
    'This message was sent automatically; please do not reply.',
  ];
  const text = `${vi.join('\n\n')}\n\n----------------------------------------\n\n${en.join('\n\n')}\n`;

  const e = escapeHtml;
  const quote = (body: string) => `<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #1677ff;background:#f5f8ff">${htmlLines(body)}</blockquote>`;
  const button = (label: string, href: string) => `<p><a href="${e(href)}" style="color:#1677ff">${e(label)}</a></p>`;
  const section = (lang: 'vi' | 'en') => {
    const t =
      lang === 'vi'
        ? { dear: 'Kính gửi', body: `Đơn vị <b>${e(r.unitName)}</b> chưa nộp báo cáo tự đánh giá <b>“${e(r.periodName)}”</b>. Đề nghị hoàn thành và nộp trước ngày <b>${deadline}</b>.`, said: 'Lời nhắn của cơ quan tổ chức:', open: 'Mở biểu tự đánh giá', signIn: 'Vui lòng đăng nhập hệ thống Chỉ số CCHC để hoàn thành.', auto: 'Thư này được gửi tự động, vui lòng không trả lời.' }
        : { dear: 'Dear', body: `The unit <b>${e(r.unitName)}</b> has not yet submitted its self-assessment <b>“${e(r.periodName)}”</b>. Please complete and submit it by <b>${deadlineEn}</b>.`, said: 'Message from the organiser:', open: 'Open the self-assessment form', signIn: 'Please sign in to Chỉ số CCHC to complete it.', auto: 'This message was sent automatically; please do not reply.' };
    return [
      `<div lang="${lang}">`,
      `<p>${t.dear} ${e(r.recipientName)},</p>`,
      `<p>${t.body}</p>`,
      message ? `<p>${t.said}</p>${quote(message)}` : '',
      r.link ? button(t.open, r.link) : `<p>${t.signIn}</p>`,
      `<p style="color:#888;font-size:12px">${t.auto}</p>`,
      '</div>',
    ].join('\n');
  };
  const html = [
    '<!doctype html>',
    `<html lang="vi"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
    section('vi'),
    '<hr style="border:none;border-top:1px solid #ddd;margin:20px 0">',
    section('en'),
    '</body></html>',
  ].join('\n');

  return { to: r.to, subject, text, html };
}
