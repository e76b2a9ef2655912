// A failed API call as the screens see it: the server's code, its message in both languages
// and, when the server names them, the offending field(s) so forms can mark them.
import type { Bilingual } from '../../../src/core/text';
import type { ErrorBody } from '../../../src/shared/api/common';

export interface FieldError {
  field: string;
  message: Bilingual;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: Bilingual;
  readonly field: string | undefined;
  readonly details: FieldError[];
  /** The parsed response body, for answers that carry data with a 4xx (e.g. an import's row errors). */
  body: unknown = undefined;

  constructor(status: number, code: string, text: Bilingual, field?: string, details: FieldError[] = []) {
    super(text.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.field = field;
    this.details = details;
  }

  /** Every field-level message: the details when the server lists them, else the top-level field. */
  fieldErrors(): FieldError[] {
    if (this.details.length > 0) return this.details;
    return this.field ? [{ field: this.field, message: this.text }] : [];
  }
}

const NETWORK: Bilingual = {
  vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  en: 'Cannot reach the server. Please check the network and try again.',
};

const UNREADABLE: Bilingual = {
  vi: 'Máy chủ trả lời không hợp lệ',
  en: 'The server sent an invalid answer',
};

export function networkError(): ApiError {
  return new ApiError(0, 'network', NETWORK);
}

/** Turns any error response into an ApiError, even when the body is not the documented shape. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const e = errorOf(body);
  if (e) return new ApiError(status, e.code, e.message, e.field, e.details ?? []);
  const unknownShape = new ApiError(status, status >= 500 ? 'internal' : 'bad-request', UNREADABLE);
  unknownShape.body = body;
  return unknownShape;
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && isText((v as Bilingual).vi) && isText((v as Bilingual).en);

/**
 * The documented error body (src/shared/api/common.ts `errorBody`), checked by hand: the zod
 * schema would bring zod into the first chunk every page loads, for this one check.
 */
function errorOf(body: unknown): ErrorBody['error'] | null {
  const e = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof e !== 'object' || e === null) return null;
  const { code, message, field, details } = e as Record<string, unknown>;
  if (!isText(code) || code === '' || !isBilingual(message)) return null;
  if (field !== undefined && !isText(field)) return null;
  if (details !== undefined && !(Array.isArray(details) && details.every((d: unknown) => typeof d === 'object' && d !== null && isText((d as FieldError).field) && isBilingual((d as FieldError).message)))) return null;
  return { code: code as ErrorBody['error']['code'], message, field, details: details as FieldError[] | undefined };
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
