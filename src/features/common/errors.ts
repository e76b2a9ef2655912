// Errors a service throws; the server maps `code` to the HTTP status (src/server/errors.ts).
import type { BilingualText, ErrorCode } from '../../shared/api/common';

export interface ErrorDetail {
  field: string;
  message: BilingualText;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageText: BilingualText,
    readonly field?: string,
    readonly details?: ErrorDetail[],
  ) {
    super(messageText.en);
    this.name = 'AppError';
  }
}

export const notFound = (what: BilingualText): AppError =>
  new AppError('not-found', { vi: `Không tìm thấy ${what.vi}`, en: `${what.en} not found` });

export const forbidden = (): AppError =>
  new AppError('forbidden', { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' });

export const unauthenticated = (): AppError =>
  new AppError('unauthenticated', { vi: 'Vui lòng đăng nhập', en: 'Please log in' });

export const conflict = (vi: string, en: string, field?: string): AppError => new AppError('conflict', { vi, en }, field);

export const invalid = (field: string, vi: string, en: string): AppError =>
  new AppError('validation', { vi: `${field}: ${vi}`, en: `${field}: ${en}` }, field, [{ field, message: { vi, en } }]);
