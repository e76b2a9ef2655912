// Tests only: POST /api/imports with one file as multipart, through app.inject.
import type { Session, TestApp } from '../../../test/support/app';

export function uploadFile(t: TestApp, s: Session, filename: string, content: Uint8Array) {
  const boundary = '----chisoImportBoundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}
