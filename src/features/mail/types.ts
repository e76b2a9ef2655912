// The mail module's small contract: one message to one recipient, and a sink that sends it.
// Kept apart from nodemailer so composing and counting never depend on the transport.

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the server accepted the message; rejects with the transport's error. */
  send(mail: OutgoingMail): Promise<void>;
  /** Ends the connections once the queued messages are done. */
  close(): void;
}

/** Where failures go: Fastify's logger fits (`app.log`). */
export interface MailLog {
  warn(details: object, message: string): void;
}

export const consoleMailLog: MailLog = {
  warn: (details, message) => console.warn(message, details),
};
