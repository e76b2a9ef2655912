// Sending through the configured SMTP server (CHISO_SMTP_URL) with nodemailer. One pooled
// transport per batch of reminders, closed when the batch is done, so an idle server keeps no
// connection of ours open between batches. Short timeouts: a dead or silent server fails the
// message quickly instead of holding the organiser's request.
import { createTransport } from 'nodemailer';
import type { Mailer, OutgoingMail } from './types';

export interface SmtpSettings {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. */
  url: string;
  /** The From header, e.g. `Chỉ số CCHC <no-reply@sonoivu.example.gov.vn>`. */
  from: string;
}

export const SMTP_TIMEOUTS_MS = { connection: 5_000, greeting: 5_000, socket: 10_000, dns: 5_000 };

export function openSmtpMailer(smtp: SmtpSettings): Mailer {
  const transport = createTransport(
    {
      url: smtp.url,
      pool: true,
      maxConnections: 2,
      connectionTimeout: SMTP_TIMEOUTS_MS.connection,
      greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
      socketTimeout: SMTP_TIMEOUTS_MS.socket,
      dnsTimeout: SMTP_TIMEOUTS_MS.dns,
    },
    { from: smtp.from },
  );
  return {
    async send(mail: OutgoingMail): Promise<void> {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    },
    close(): void {
      transport.close();
    },
  };
}
