/**
 * Exact ratios for percentage bands and proportional scores. A declared numerator and
 * denominator (12 314 of 12 377 files, or 47,5 of 50 billion đồng) become two BigInts at a
 * common decimal scale, so "is 94,996 % below 95 %?" is decided by cross-multiplication and
 * never by a rounded float.
 */
import { decimalMark, groupDigits } from './explain';
import type { Locale } from '../points';

/** Decimal places accepted in a declared numerator or denominator. */
export const MAX_INPUT_DECIMALS = 6;

export interface ExactDecimal {
  /** value = mantissa / 10^scale */
  mantissa: bigint;
  scale: number;
}

export type ExactParse = ExactDecimal | 'not-a-number' | 'too-precise';

/**
 * Reads a JS number through its shortest decimal text (0.1 → "0.1"), which is what the person
 * typed; exponent forms (1e21, 1e-7) are beyond any count a unit declares.
 */
export function parseExactDecimal(value: unknown): ExactParse {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
  const text = String(value);
  if (/e/i.test(text)) return Math.abs(value) < 1 ? 'too-precise' : 'not-a-number';
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return 'not-a-number';
  const frac = m[3] ?? '';
  if (frac.length > MAX_INPUT_DECIMALS) return 'too-precise';
  const mantissa = BigInt(`${m[2] ?? '0'}${frac}`);
  return { mantissa: m[1] ? -mantissa : mantissa, scale: frac.length };
}

/** A non-negative fraction num/den with den > 0, both integers. */
export interface ExactRatio {
  num: bigint;
  den: bigint;
}

export function ratioOf(numerator: ExactDecimal, denominator: ExactDecimal): ExactRatio {
  const scale = Math.max(numerator.scale, denominator.scale);
  return {
    num: numerator.mantissa * 10n ** BigInt(scale - numerator.scale),
    den: denominator.mantissa * 10n ** BigInt(scale - denominator.scale),
  };
}

/** Sign of (ratio − hundredths/10 000): compares the ratio with a bound in hundredths of a percent. */
export function compareWithHundredths(r: ExactRatio, hundredths: number): number {
  const left = r.num * 10_000n;
  const right = BigInt(hundredths) * r.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** num × k / den rounded half-up (inputs non-negative), e.g. the percentage in hundredths. */
export function mulDivHalfUp(num: bigint, k: bigint, den: bigint): bigint {
  const product = num * k;
  const q = product / den;
  return 2n * (product % den) >= den ? q + 1n : q;
}

/** The ratio in hundredths of a percent, rounded half-up: 12 314 / 12 377 → 9949. */
export function hundredthsOf(r: ExactRatio): number {
  return Number(mulDivHalfUp(r.num, 10_000n, r.den));
}

/** Whether the ratio is exactly the given hundredths (no rounding happened). */
export function isExactly(r: ExactRatio, hundredths: number): boolean {
  return compareWithHundredths(r, hundredths) === 0;
}

/** "12.314" / "12,314"; decimals kept as typed: 47,5. */
export function formatExactDecimal(x: ExactDecimal, locale: Locale): string {
  const neg = x.mantissa < 0n;
  const digits = (neg ? -x.mantissa : x.mantissa).toString().padStart(x.scale + 1, '0');
  const whole = digits.slice(0, digits.length - x.scale);
  const frac = digits.slice(digits.length - x.scale);
  return `${neg ? '-' : ''}${groupDigits(whole, locale)}${frac ? decimalMark(locale) + frac : ''}`;
}

/**
 * The percentage of a ratio with `digits` decimals, rounded toward zero (so a value below a
 * bound is never shown as the bound itself): 0,94996 → "94,9960" with digits 4.
 */
export function formatPercentTruncated(r: ExactRatio, digits: number, locale: Locale): string {
  const scaled = (r.num * 100n * 10n ** BigInt(digits)) / r.den;
  return formatExactDecimal({ mantissa: scaled, scale: digits }, locale);
}
