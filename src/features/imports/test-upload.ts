// Tests only: POST /api/imports with one file, as the upload screen sends it.
import type { Session, TestApp } from '../../../test/support/app';
import { postFile } from '../../../test/support/upload';

export function uploadFile(t: TestApp, s: Session, filename: string, content: Uint8Array) {
  return postFile(t, s, '/api/imports', { filename, content });
}
