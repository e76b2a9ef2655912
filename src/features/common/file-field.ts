// The one file of an upload form, sent as the multipart field `file` (units, surveys, imports,
// evidence): a request without it gets the same clear answer on every route.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

export const notMultipart = (): AppError =>
  new AppError('bad-request', { vi: 'Cần gửi tệp (multipart, trường "file")', en: 'Send a file (multipart, field "file")' }, 'file');

/** Reads the request's part `file` (its stream is left to the caller); `options` as for request.file(). */
export async function fileField(request: FastifyRequest, options?: Parameters<FastifyRequest['file']>[0]): Promise<MultipartFile> {
  if (!request.isMultipart()) throw notMultipart();
  const file = await request.file(options);
  if (!file || file.fieldname !== 'file') throw new AppError('validation', { vi: 'file: thiếu tệp', en: 'file: missing file' }, 'file');
  return file;
}
