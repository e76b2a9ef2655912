// Reminders by e-mail, end to end: the organiser's request through the app, a real SMTP
// conversation with a server on 127.0.0.1, and the received messages decoded and read.
import { afterAll, beforeEach, expect, it } from 'vitest';
import { describeEachApp, type Session, type TestApp } from '../../../test/support/app';
import { formatDateEn } from '../../core/dates';
import type { PeriodAssessmentRow, RemindResult } from '../../shared/api/assessments';
import type { User } from '../../shared/api/session';
import { closedPort, startTestSmtp } from './testing';

const smtp = await startTestSmtp();
const deadPort = await closedPort();
afterAll(() => smtp.close());

const PUBLIC_URL = 'https://cchc.example.gov.vn';
const MESSAGE = 'Đề nghị gửi trước <b>thứ Sáu</b> & kèm "Công văn 45/SNV" <script>alert(1)</script>';

interface Setup {
  organiser: Session;
  periodId: string;
  /** Sở Tư pháp (demo editor + leader) and Sở Y tế (two accounts made here). */
  tp: PeriodAssessmentRow;
  yt: PeriodAssessmentRow;
  ids: Record<'bientap' | 'lanhdao' | 'ytBientap' | 'ytLanhdao', string>;
}

/**
 * bientap (Sở Tư pháp) has an address, lanhdao has none; Sở Y tế gets an editor with an address
 * and a leader whose mailbox the server refuses.
 */
async function setUp(t: TestApp): Promise<Setup> {
  const admin = await t.login('admin');
  const organiser = await t.login('noivu');
  const periods = (await t.inject(organiser, 'GET', '/api/periods')).json<{ id: string; status: string }[]>();
  const periodId = periods.find((p) => p.status === 'open')!.id;
  const rows = (await t.inject(organiser, 'GET', `/api/periods/${periodId}/assessments`)).json<PeriodAssessmentRow[]>();
  const tp = rows.find((r) => r.unitName === 'Sở Tư pháp')!;
  const yt = rows.find((r) => r.unitName === 'Sở Y tế')!;
  const users = (await t.inject(admin, 'GET', '/api/users')).json<User[]>();
  const id = (u: string) => users.find((x) => x.username === u)!.id;
  expect((await t.inject(admin, 'PATCH', `/api/users/${id('bientap')}`, { email: 'nam.tran@stp.example.vn' })).statusCode).toBe(200);
  const make = async (username: string, displayName: string, role: string, email: string) => {
    const res = await t.inject(admin, 'POST', '/api/users', { username, displayName, role, unitId: yt.unitId, password: 'password-123', email });
    expect(res.statusCode).toBe(201);
    return res.json<User>().id;
  };
  const ytBientap = await make('yte.bientap', 'Đặng Thị Ánh', 'unit-editor', 'anh.dang@syt.example.vn');
  const ytLanhdao = await make('yte.lanhdao', 'Vũ Đức Hải', 'unit-leader', 'khong-ton-tai@syt.example.vn');
  return { organiser, periodId, tp, yt, ids: { bientap: id('bientap'), lanhdao: id('lanhdao'), ytBientap, ytLanhdao } };
}

async function remind(t: TestApp, s: Setup, unitIds: string[], message?: string) {
  const res = await t.inject(s.organiser, 'POST', `/api/periods/${s.periodId}/reminders`, { unitIds, ...(message ? { message } : {}) });
  return { status: res.statusCode, body: res.json<RemindResult>() };
}

async function reminders(t: TestApp, userId: string): Promise<number> {
  const rows = await t.database.db.selectFrom('notifications').select('kind').where('user_id', '=', userId).where('kind', '=', 'assessment.reminder').execute();
  return rows.length;
}

describeEachApp(
  'reminders by e-mail',
  (getApp) => {
    beforeEach(() => {
      smtp.received.length = 0;
      smtp.refuse.clear();
    });

    it('e-mails each reminded person with an address, Vietnamese first, with the deadline, the unit, the message and the link', async () => {
      const t = getApp();
      const s = await setUp(t);
      const r = await remind(t, s, [s.tp.unitId, s.yt.unitId], MESSAGE);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ sent: 4, units: 2, emailConfigured: true, emailed: 3, emailFailed: 0, noAddress: 1, emailPending: 0 });

      // One message per recipient: nobody sees another's address.
      expect(smtp.received.map((m) => m.to).sort()).toEqual([['anh.dang@syt.example.vn'], ['khong-ton-tai@syt.example.vn'], ['nam.tran@stp.example.vn']]);
      const period = (await t.inject(s.organiser, 'GET', `/api/periods/${s.periodId}`)).json<{ name: string; selfAssessmentDeadline: string }>();
      const [y, m, d] = period.selfAssessmentDeadline.split('-');
      const deadline = `${d}/${m}/${y}`;
      const mail = smtp.received.find((x) => x.to[0] === 'nam.tran@stp.example.vn')!.parsed;
      expect(mail.subject).toBe(`[Chỉ số CCHC] Nhắc nộp tự đánh giá – ${period.name} / Reminder: submit the self-assessment – ${period.name}`);
      expect(mail.from?.text).toContain('no-reply@cchc.example.gov.vn');
      // The body travelled encoded (the raw message is 7-bit) and decodes to Vietnamese with its diacritics.
      expect(/^[\x09\x0a\x0d\x20-\x7e]*$/.test(smtp.received[0]!.raw)).toBe(true);
      const text = mail.text ?? '';
      expect(text).toContain('Kính gửi Trần Văn Nam (Chuyên viên),');
      expect(text).toContain(`Đơn vị Sở Tư pháp chưa nộp báo cáo tự đánh giá "${period.name}". Đề nghị hoàn thành và nộp trước ngày ${deadline}.`);
      expect(text).toContain(MESSAGE);
      const link = `${PUBLIC_URL}/#/periods/${s.periodId}/units/${s.tp.unitId}/assessment`;
      expect(text).toContain(`Mở biểu tự đánh giá: ${link}`);
      expect(text.indexOf('Kính gửi')).toBeLessThan(text.indexOf('Dear Trần Văn Nam'));
      expect(text).toContain(`Please complete and submit it by ${formatDateEn(period.selfAssessmentDeadline)}.`);
      expect(formatDateEn(period.selfAssessmentDeadline)).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);

      // HTML: the organiser's words are escaped, never markup; the link points at the unit's form.
      const html = typeof mail.html === 'string' ? mail.html : '';
      expect(html).toContain('Đề nghị gửi trước &lt;b&gt;thứ Sáu&lt;/b&gt; &amp; kèm &quot;Công văn 45/SNV&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>thứ Sáu</b>');
      expect(html).toContain(`href="${link}"`);
      expect(html).toContain('Sở Tư pháp');
      const yt = smtp.received.find((x) => x.to[0] === 'anh.dang@syt.example.vn')!.parsed;
      expect(yt.text).toContain('Kính gửi Đặng Thị Ánh,');
      expect(yt.text).toContain(`${PUBLIC_URL}/#/periods/${s.periodId}/units/${s.yt.unitId}/assessment`);

      // The person without an address still has the in-app reminder; the audit log has the count.
      expect(await reminders(t, s.ids.lanhdao)).toBe(1);
      const audit = (await t.inject(s.organiser, 'GET', `/api/audit?entityType=period&entityId=${s.periodId}`)).json<{ action: string; after: unknown }[]>();
      expect(audit.find((a) => a.action === 'assessment.remind-email')?.after).toEqual({ emailed: 3, failed: 0, noAddress: 1 });
    });

    it('a mailbox the server refuses (550) is counted as failed; the others are sent and every in-app reminder stands', async () => {
      const t = getApp();
      const s = await setUp(t);
      smtp.refuse.add('khong-ton-tai@syt.example.vn');
      const r = await remind(t, s, [s.yt.unitId, s.tp.unitId]);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ sent: 4, emailed: 2, emailFailed: 1, noAddress: 1 });
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['anh.dang@syt.example.vn', 'nam.tran@stp.example.vn']);
      for (const id of Object.values(s.ids)) expect(await reminders(t, id)).toBe(1);
      // Without a message the e-mail has no "message" paragraph.
      expect(smtp.received[0]!.parsed.text).not.toContain('Lời nhắn');
    });

    it('a submitted unit is neither notified nor e-mailed', async () => {
      const t = getApp();
      const s = await setUp(t);
      // Opening the form makes the unit's assessment row; then it is marked submitted.
      expect((await t.inject(await t.login('bientap'), 'GET', `/api/periods/${s.periodId}/units/${s.tp.unitId}/assessment`)).statusCode).toBe(200);
      await t.database.db.updateTable('assessments').set({ status: 'submitted' }).where('period_id', '=', s.periodId).where('unit_id', '=', s.tp.unitId).execute();
      const r = await remind(t, s, [s.tp.unitId]);
      expect(r.body).toMatchObject({ sent: 0, units: 0, emailed: 0, noAddress: 0 });
      expect(smtp.received).toEqual([]);
    });
  },
  { CHISO_SMTP_URL: smtp.url, CHISO_MAIL_FROM: 'Chỉ số CCHC <no-reply@cchc.example.gov.vn>', CHISO_PUBLIC_URL: PUBLIC_URL },
);

describeEachApp(
  'reminders when the mail server is down',
  (getApp) => {
    it('answers 200 with every e-mail failed, and the in-app reminders exist', async () => {
      const t = getApp();
      const s = await setUp(t);
      const r = await remind(t, s, [s.tp.unitId, s.yt.unitId], 'Hạn chót là thứ Sáu');
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ sent: 4, units: 2, emailConfigured: true, emailed: 0, emailFailed: 3, noAddress: 1, emailPending: 0 });
      for (const id of Object.values(s.ids)) expect(await reminders(t, id)).toBe(1);
      const rows = (await t.inject(s.organiser, 'GET', `/api/periods/${s.periodId}/assessments`)).json<PeriodAssessmentRow[]>();
      expect(rows.find((x) => x.unitId === s.tp.unitId)!.lastRemindedAt).not.toBeNull();
      const audit = (await t.inject(s.organiser, 'GET', `/api/audit?entityType=period&entityId=${s.periodId}`)).json<{ action: string; after: unknown }[]>();
      expect(audit.find((a) => a.action === 'assessment.remind-email')?.after).toEqual({ emailed: 0, failed: 3, noAddress: 1 });
    });
  },
  { CHISO_SMTP_URL: `smtp://127.0.0.1:${deadPort}` },
);

describeEachApp('reminders without SMTP', (getApp) => {
  it('stay in-app only and say e-mail is not configured', async () => {
    const t = getApp();
    const s = await setUp(t);
    smtp.received.length = 0;
    const r = await remind(t, s, [s.tp.unitId, s.yt.unitId]);
    expect(r.body).toEqual({ sent: 4, units: 2, emailConfigured: false, emailed: 0, emailFailed: 0, noAddress: 0, emailPending: 0 });
    expect(smtp.received).toEqual([]);
  });
});
