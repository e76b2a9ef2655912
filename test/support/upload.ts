// Tests only: a multipart/form-data body as a browser's form sends it, and a POST of one file
// (with optional text fields before it) through app.inject as a logged-in session. Every upload
// route (imports, units, surveys, evidence) is tested through this one encoder.
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from './app';

export interface FilePart {
  filename: string;
  content: Uint8Array | string;
  /** The part's Content-Type; servers here sniff the bytes, so the default is the neutral one. */
  type?: string;
  /** The form field; every upload route reads `file`. */
  field?: string;
}

export function multipart(fields: Record<string, string>, file: FilePart): { body: Buffer; contentType: string } {
  const boundary = '----chisoTestBoundary';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, 'utf8'));
  }
  chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`, 'utf8'));
  chunks.push(typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content));
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function postFile(t: TestApp, s: Session, url: string, file: FilePart, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  const { body, contentType } = multipart(fields, file);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': contentType },
    payload: body,
  });
}
