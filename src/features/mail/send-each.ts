// Sends one message per recipient (nobody sees another's address) and counts what happened.
// A refused recipient or message (550 on RCPT or DATA) fails that message only; a failure of
// the server itself (refused connection, time-out, bad login, TLS) fails the rest at once
// instead of waiting out the time-outs once per recipient. The caller waits at most `budgetMs`:
// messages still under way then keep going in the background and `done` settles when all are.
import type { MailLog, Mailer, OutgoingMail } from './types';

export interface MailJob {
  /** Who it is for, for the log (a user id: addresses stay out of the log). */
  ref: string;
  mail: OutgoingMail;
}

export interface MailCounts {
  emailed: number;
  failed: number;
}

export interface SendOutcome extends MailCounts {
  /** Not finished when the budget ran out; counted in `done`. */
  pending: number;
  done: Promise<MailCounts>;
}

/** nodemailer's codes for a problem with one message rather than with the server. */
const PER_MESSAGE = new Set(['EENVELOPE', 'EMESSAGE']);

export interface SendOptions {
  concurrency: number;
  budgetMs: number;
  log: MailLog;
}

export async function sendEach(mailer: Mailer, jobs: MailJob[], options: SendOptions): Promise<SendOutcome> {
  const counts: MailCounts = { emailed: 0, failed: 0 };
  const queue = [...jobs];
  let broken: { code: string; message: string } | undefined;

  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (broken) {
        counts.failed += 1;
        continue;
      }
      try {
        await mailer.send(job.mail);
        counts.emailed += 1;
      } catch (error) {
        counts.failed += 1;
        const e = describe(error);
        options.log.warn({ user: job.ref, code: e.code, response: e.message }, 'reminder e-mail not sent');
        if (!PER_MESSAGE.has(e.code)) broken = e;
      }
    }
  };

  const done = Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, worker)).then(() => {
    mailer.close();
    if (broken && counts.failed > 1) options.log.warn({ code: broken.code, failed: counts.failed }, 'mail server failed; the remaining reminder e-mails were not tried');
    return { ...counts };
  });

  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), options.budgetMs);
  });
  const finished = await Promise.race([done, budget]);
  clearTimeout(timer);
  if (finished) return { ...finished, pending: 0, done };
  return { ...counts, pending: jobs.length - counts.emailed - counts.failed, done };
}

function describe(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; response?: unknown; message?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : 'EUNKNOWN',
    message: typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : String(error),
  };
}
