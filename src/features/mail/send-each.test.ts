// sendEach against a real SMTP server on 127.0.0.1: the organiser's wait is bounded, the rest
// finishes in the background and is counted; a server that goes away fails the rest at once.
import { afterAll, beforeEach, expect, it, describe } from 'vitest';
import { sendEach, type MailJob } from './send-each';
import { openSmtpMailer } from './smtp';
import { closedPort, startTestSmtp } from './testing';
import type { MailLog } from './types';

const smtp = await startTestSmtp();
afterAll(() => smtp.close());

const job = (n: number): MailJob => ({ ref: `u${n}`, mail: { to: `nguoi${n}@example.vn`, subject: `Thư số ${n}`, text: `Nội dung thư số ${n}`, html: `<p>Nội dung thư số ${n}</p>` } });

function recordingLog(): MailLog & { lines: { details: object; message: string }[] } {
  const lines: { details: object; message: string }[] = [];
  return { lines, warn: (details, message) => lines.push({ details, message }) };
}

describe('sendEach', () => {
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.refuse.clear();
  });

  it('sends one message per recipient and counts a refused mailbox without stopping', async () => {
    smtp.refuse.add('nguoi2@example.vn');
    const log = recordingLog();
    const out = await sendEach(openSmtpMailer({ url: smtp.url, from: 'Chỉ số <no-reply@example.vn>' }), [job(1), job(2), job(3)], { concurrency: 2, budgetMs: 60_000, log });
    expect({ emailed: out.emailed, failed: out.failed, pending: out.pending }).toEqual({ emailed: 2, failed: 1, pending: 0 });
    expect(smtp.received.map((m) => m.to).sort()).toEqual([['nguoi1@example.vn'], ['nguoi3@example.vn']]);
    expect(smtp.received.find((m) => m.to[0] === 'nguoi3@example.vn')!.parsed.subject).toBe('Thư số 3');
    // The log names the user and the server's answer, not the address.
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]!.details).toMatchObject({ user: 'u2', code: 'EENVELOPE' });
    expect(JSON.stringify(log.lines)).not.toContain('nguoi2@example.vn');
  });

  it('returns when the budget runs out; what is under way is counted in `done`', async () => {
    const release = smtp.holdData();
    const out = await sendEach(openSmtpMailer({ url: smtp.url, from: 'no-reply@example.vn' }), [job(1), job(2)], { concurrency: 1, budgetMs: 50, log: recordingLog() });
    expect({ emailed: out.emailed, failed: out.failed, pending: out.pending }).toEqual({ emailed: 0, failed: 0, pending: 2 });
    release();
    expect(await out.done).toEqual({ emailed: 2, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('a server that cannot be reached fails every message and logs the cause', async () => {
    const log = recordingLog();
    const url = `smtp://127.0.0.1:${await closedPort()}`;
    const out = await sendEach(openSmtpMailer({ url, from: 'no-reply@example.vn' }), [job(1), job(2), job(3), job(4)], { concurrency: 2, budgetMs: 60_000, log });
    expect({ emailed: out.emailed, failed: out.failed, pending: out.pending }).toEqual({ emailed: 0, failed: 4, pending: 0 });
    expect(log.lines.at(-1)!.message).toContain('remaining reminder e-mails were not tried');
  });
});
