/**
 * Validation of what a unit declares. Every check returns ALL problems at once with the field
 * they concern, in Vietnamese and English; nothing here throws, whatever the (JSON) input holds.
 */
import { compareIsoDates, formatDateEn, formatDateVi, isIsoDate } from '../dates';
import { parseExactDecimal, ratioOf, formatExactDecimal, MAX_INPUT_DECIMALS } from './exact';
import type { ExactDecimal, ExactRatio } from './exact';
import { inputError, shown } from './explain';
import type { InputError, RubricContext, RubricInput } from './types';

export type InputOf<T extends RubricInput['type']> = Extract<RubricInput, { type: T }>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };

function decimalField(value: unknown, field: string, vi: string, en: string, errors: InputError[]): ExactDecimal | undefined {
  const parsed = parseExactDecimal(value);
  if (parsed === 'not-a-number') {
    errors.push(inputError(field, `${vi} phải là một số (đang là ${shown(value)})`, `The ${en} must be a number (got ${shown(value)})`));
    return undefined;
  }
  if (parsed === 'too-precise') {
    errors.push(
      inputError(
        field,
        `${vi} có quá ${MAX_INPUT_DECIMALS} chữ số thập phân (đang là ${shown(value)})`,
        `The ${en} has more than ${MAX_INPUT_DECIMALS} decimal places (got ${shown(value)})`,
      ),
    );
    return undefined;
  }
  return parsed;
}

export interface CheckedRatio {
  numerator: ExactDecimal;
  denominator: ExactDecimal;
  ratio: ExactRatio;
}

/** numerator and denominator: numbers, denominator > 0, 0 ≤ numerator ≤ denominator. */
export function checkRatio(input: InputOf<'ratio'>): Checked<CheckedRatio> {
  const errors: InputError[] = [];
  const numerator = decimalField(input.numerator, 'numerator', 'Tử số', 'numerator', errors);
  const denominator = decimalField(input.denominator, 'denominator', 'Mẫu số', 'denominator', errors);
  if (denominator && denominator.mantissa <= 0n) {
    errors.push(
      inputError(
        'denominator',
        `Mẫu số phải lớn hơn 0 (đang là ${formatExactDecimal(denominator, 'vi')}): không tính được tỷ lệ`,
        `The denominator must be greater than 0 (got ${formatExactDecimal(denominator, 'en')}): no ratio can be computed`,
      ),
    );
  }
  if (numerator && numerator.mantissa < 0n) {
    errors.push(
      inputError('numerator', `Tử số không được âm (đang là ${formatExactDecimal(numerator, 'vi')})`, `The numerator cannot be negative (got ${formatExactDecimal(numerator, 'en')})`),
    );
  }
  if (errors.length > 0 || !numerator || !denominator) return { ok: false, errors };
  const ratio = ratioOf(numerator, denominator);
  if (ratio.num > ratio.den) {
    const [nVi, dVi, nEn, dEn] = [formatExactDecimal(numerator, 'vi'), formatExactDecimal(denominator, 'vi'), formatExactDecimal(numerator, 'en'), formatExactDecimal(denominator, 'en')];
    return {
      ok: false,
      errors: [
        inputError(
          'numerator',
          `Tử số (${nVi}) lớn hơn mẫu số (${dVi}): tỷ lệ vượt quá 100% là không hợp lệ`,
          `The numerator (${nEn}) is greater than the denominator (${dEn}): a percentage above 100% is not valid`,
        ),
      ],
    };
  }
  return { ok: true, value: { numerator, denominator, ratio } };
}

/** Counts beyond this are typing mistakes; the cap also keeps count × points far inside 2^53. */
export const MAX_COUNT = 1_000_000_000;

/** A whole, non-negative count. `what` names it in both languages ("số tiêu chí không đạt"). */
export function checkCount(value: unknown, what: { vi: string; en: string }): Checked<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, errors: [inputError('count', `${what.vi} phải là một số (đang là ${shown(value)})`, `The ${what.en} must be a number (got ${shown(value)})`)] };
  }
  const errors: InputError[] = [];
  if (value > MAX_COUNT) {
    errors.push(inputError('count', `${what.vi} quá lớn (đang là ${value}, tối đa ${MAX_COUNT})`, `The ${what.en} is too large (got ${value}, at most ${MAX_COUNT})`));
  } else if (!Number.isSafeInteger(value)) {
    errors.push(inputError('count', `${what.vi} phải là số nguyên (đang là ${String(value).replace('.', ',')})`, `The ${what.en} must be a whole number (got ${value})`));
  }
  if (value < 0) {
    errors.push(inputError('count', `${what.vi} không được âm (đang là ${String(value).replace('.', ',')})`, `The ${what.en} cannot be negative (got ${value})`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** An ISO date inside the period's data window when the context gives one. */
export function checkDate(value: unknown, field: string, ctx: RubricContext, what: { vi: string; en: string }): Checked<string> {
  if (!isIsoDate(value)) {
    return {
      ok: false,
      errors: [
        inputError(
          field,
          `${what.vi} không phải là ngày hợp lệ dạng YYYY-MM-DD (đang là ${shown(value)})`,
          `The ${what.en} is not a valid date in YYYY-MM-DD form (got ${shown(value)})`,
        ),
      ],
    };
  }
  const errors: InputError[] = [];
  if (ctx.periodStart && isIsoDate(ctx.periodStart) && compareIsoDates(value, ctx.periodStart) < 0) {
    errors.push(
      inputError(
        field,
        `${what.vi} ${formatDateVi(value)} trước ngày bắt đầu kỳ đánh giá ${formatDateVi(ctx.periodStart)}`,
        `The ${what.en} ${formatDateEn(value)} is before the start of the assessment period ${formatDateEn(ctx.periodStart)}`,
      ),
    );
  }
  if (ctx.periodEnd && isIsoDate(ctx.periodEnd) && compareIsoDates(value, ctx.periodEnd) > 0) {
    errors.push(
      inputError(
        field,
        `${what.vi} ${formatDateVi(value)} sau ngày kết thúc kỳ đánh giá ${formatDateVi(ctx.periodEnd)}`,
        `The ${what.en} ${formatDateEn(value)} is after the end of the assessment period ${formatDateEn(ctx.periodEnd)}`,
      ),
    );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
