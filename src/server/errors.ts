// Maps every failure to the JSON error body of the API contract. Stack traces stay in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type ZodIssue } from 'zod';
import type { ErrorBody, ErrorCode } from '../shared/api/common';
import { AppError, type ErrorDetail } from '../features/common/errors';

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'rate-limited': 429,
  internal: 500,
};

function issueField(issue: ZodIssue): string {
  // Unknown keys are reported on the object; name the offending key instead.
  if (issue.code === 'unrecognized_keys') return [...issue.path, issue.keys[0] ?? ''].join('.');
  return issue.path.join('.') || '(body)';
}

function issueMessage(issue: ZodIssue): ErrorDetail['message'] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { vi: 'trường không được phép', en: 'unknown field' };
    case 'invalid_type':
      return issue.input === undefined
        ? { vi: 'bắt buộc', en: 'required' }
        : { vi: `sai kiểu dữ liệu, cần ${issue.expected}`, en: `wrong type, expected ${issue.expected}` };
    case 'too_small':
      return { vi: `quá ngắn hoặc quá nhỏ (tối thiểu ${String(issue.minimum)})`, en: `too short or too small (minimum ${String(issue.minimum)})` };
    case 'too_big':
      return { vi: `quá dài hoặc quá lớn (tối đa ${String(issue.maximum)})`, en: `too long or too large (maximum ${String(issue.maximum)})` };
    case 'invalid_value':
      return { vi: `giá trị không hợp lệ, cần một trong: ${issue.values.join(', ')}`, en: `invalid value, expected one of: ${issue.values.join(', ')}` };
    case 'invalid_format':
      return { vi: `sai định dạng (${issue.message})`, en: `invalid format (${issue.message})` };
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
      return { vi: `không hợp lệ (${issue.message})`, en: `invalid (${issue.message})` };
  }
}

export function zodToBody(error: ZodError): ErrorBody {
  const details = error.issues.map((i) => ({ field: issueField(i), message: issueMessage(i) }));
  const first = details[0] ?? { field: '(body)', message: { vi: 'không hợp lệ', en: 'invalid' } };
  return {
    error: {
      code: 'validation',
      message: { vi: `${first.field}: ${first.message.vi}`, en: `${first.field}: ${first.message.en}` },
      field: first.field,
      details,
    },
  };
}

export function errorBody(code: ErrorCode, vi: string, en: string): ErrorBody {
  return { error: { code, message: { vi, en } } };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ZodError) return reply.code(400).send(zodToBody(error));
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.messageText } };
    if (error.field !== undefined) body.error.field = error.field;
    if (error.details !== undefined) body.error.details = error.details;
    return reply.code(STATUS[error.code]).send(body);
  }
  const fe = error as Partial<FastifyError>;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413 || fe.code === 'FST_REQ_FILE_TOO_LARGE') {
    return reply.code(413).send(errorBody('payload-too-large', 'Dữ liệu gửi lên quá lớn', 'Request body too large'));
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && fe instanceof SyntaxError)) {
    return reply.code(400).send(errorBody('bad-request', 'JSON không hợp lệ', 'Malformed JSON body'));
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply.code(415).send(errorBody('bad-request', 'Kiểu nội dung không được hỗ trợ', 'Unsupported content type'));
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.code(fe.statusCode).send(errorBody('bad-request', `Yêu cầu không hợp lệ: ${fe.message ?? ''}`, `Bad request: ${fe.message ?? ''}`));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send(errorBody('internal', 'Lỗi hệ thống, vui lòng thử lại sau', 'Internal error, please try again later'));
}
