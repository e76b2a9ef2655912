/**
 * Exact points. A `Points` value is an integer count of 1/10 000 of a point, so 0,1 + 0,2 is
 * exactly 0,3 and totals published with four decimals survive. Binary floats never hold a
 * score: parse from decimal text, compute on integers, format back to text.
 *
 * 100 points = 1 000 000 units; 4 000 units × 100 points = 4·10^8, far inside 2^53.
 */
declare const pointsBrand: unique symbol;
export type Points = number & { readonly [pointsBrand]: true };

/** Units per point. */
export const SCALE = 10_000;
/** Decimal places that SCALE can hold exactly. */
export const SCALE_DIGITS = 4;

export const ZERO = 0 as Points;

export class PointsError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'PointsError';
  }
}

/** From a count of units (already an integer). */
export function units(n: number): Points {
  if (!Number.isSafeInteger(n)) throw new PointsError(`Giá trị điểm không hợp lệ: ${n}`, `Invalid points value: ${n}`);
  return n as Points;
}

/** Whole points, e.g. points(3) = 3 điểm. */
export function points(whole: number): Points {
  return units(whole * SCALE);
}

const DECIMAL = /^([+-])?(\d+)(?:[.,](\d+))?$/;

/**
 * Parses a decimal written as in Vietnamese or English documents: "0,75", "0.75", "12", "-1,5".
 * Thousands separators are not accepted here (points never reach 1 000); use src/vn for amounts.
 * Throws PointsError when the text is not a number or has more than four decimals.
 */
export function parsePoints(text: string | number): Points {
  const s = typeof text === 'number' ? numberToPlainString(text) : text.trim();
  const m = DECIMAL.exec(s);
  if (!m) throw new PointsError(`"${s}" không phải là số điểm`, `"${s}" is not a number of points`);
  const [, sign, whole = '0', frac = ''] = m;
  if (frac.length > SCALE_DIGITS && /[1-9]/.test(frac.slice(SCALE_DIGITS))) {
    throw new PointsError(
      `"${s}" có nhiều hơn ${SCALE_DIGITS} chữ số thập phân`,
      `"${s}" has more than ${SCALE_DIGITS} decimal places`,
    );
  }
  const n = Number(whole) * SCALE + Number(frac.slice(0, SCALE_DIGITS).padEnd(SCALE_DIGITS, '0'));
  return units(sign === '-' && n !== 0 ? -n : n); // "-0" is 0, not the float -0
}

/** Like parsePoints but returns undefined instead of throwing. */
export function tryParsePoints(text: string | number): Points | undefined {
  try {
    return parsePoints(text);
  } catch {
    return undefined;
  }
}

function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // toString gives the shortest text that reads back as the same double: 0.1 → "0.1".
  // Exponent forms are below 1e-6 or above 1e21: never a valid score. They stay as they are so
  // the pattern refuses them (toFixed used to turn 1e-7 into "0.000000", a silent zero).
  return String(n);
}

export function add(a: Points, b: Points): Points {
  return (a + b) as Points;
}

export function sub(a: Points, b: Points): Points {
  return (a - b) as Points;
}

export function sum(values: Iterable<Points>): Points {
  let total = 0;
  for (const v of values) total += v;
  return total as Points;
}

export function minPoints(a: Points, b: Points): Points {
  return a < b ? a : b;
}

export function maxPoints(a: Points, b: Points): Points {
  return a > b ? a : b;
}

export function clamp(p: Points, lo: Points, hi: Points): Points {
  return p < lo ? lo : p > hi ? hi : p;
}

/** p × k for an integer k (count × points per item). */
export function times(p: Points, k: number): Points {
  if (!Number.isSafeInteger(k)) throw new PointsError(`Hệ số không hợp lệ: ${k}`, `Invalid factor: ${k}`);
  return units(p * k);
}

export type Rounding = 'half-up' | 'down' | 'up';

/**
 * Integer division num/den with explicit rounding. Half-up rounds halves away from zero,
 * the way Vietnamese offices round by hand ("làm tròn"). den must be positive.
 */
export function divRound(num: number, den: number, rounding: Rounding = 'half-up'): number {
  if (den <= 0 || !Number.isSafeInteger(den)) throw new PointsError('Mẫu số phải dương', 'Denominator must be positive');
  const neg = num < 0;
  const a = Math.abs(num);
  let q = Math.floor(a / den);
  const r = a - q * den;
  if (rounding === 'half-up' ? 2 * r >= den : rounding === 'up' ? r > 0 && !neg : r > 0 && neg) q += 1;
  return neg && q !== 0 ? -q : q; // no float -0 (Object.is(-0, 0) is false)
}

/**
 * max × numerator / denominator, rounded to a whole unit. numerator and denominator are
 * counts (integers). Uses BigInt only when the product could pass 2^53.
 */
export function scaleBy(p: Points, numerator: number, denominator: number, rounding: Rounding = 'half-up'): Points {
  if (!Number.isSafeInteger(numerator)) throw new PointsError(`Hệ số không hợp lệ: ${numerator}`, `Invalid factor: ${numerator}`);
  const product = p * numerator;
  if (Number.isSafeInteger(product)) return units(divRound(product, denominator, rounding));
  if (denominator <= 0 || !Number.isSafeInteger(denominator)) throw new PointsError('Mẫu số phải dương', 'Denominator must be positive');
  const big = BigInt(p) * BigInt(numerator);
  const den = BigInt(denominator);
  let q = big / den; // BigInt division truncates toward zero; r has the sign of big
  const r = big % den;
  // Same rules as divRound: half-up away from zero, 'up' = ceiling, 'down' = floor.
  if (rounding === 'half-up') {
    if (2n * (r < 0n ? -r : r) >= den) q += big < 0n ? -1n : 1n;
  } else if (rounding === 'up') {
    if (r > 0n) q += 1n;
  } else if (r < 0n) {
    q -= 1n;
  }
  return units(Number(q));
}

/** Rounds to a multiple of `step` (e.g. 0,25 or 0,05 points). */
export function roundToStep(p: Points, step: Points, rounding: Rounding = 'half-up'): Points {
  if (step <= 0) throw new PointsError('Bước điểm phải dương', 'Step must be positive');
  return units(divRound(p, step, rounding) * step);
}

export function isMultipleOf(p: Points, step: Points): boolean {
  return step > 0 && p % step === 0;
}

/** Rounds to `digits` decimal places (0–4). */
export function roundToDigits(p: Points, digits: number, rounding: Rounding = 'half-up'): Points {
  const step = 10 ** (SCALE_DIGITS - digits);
  return units(divRound(p, step, rounding) * step);
}

/**
 * An index in hundredths of a percent: achieved ÷ max × 100, two decimals, half-up.
 * 71,2 / 100 → 7120 (71,20 %). Returns undefined when max is 0 (nothing applicable).
 */
export function indexOf(achieved: Points, max: Points): number | undefined {
  if (max <= 0) return undefined;
  return divRound(achieved * 10_000, max);
}

/** A ratio num/den in hundredths of a percent (for percentage bands), half-up. */
export function percentOf(numerator: number, denominator: number): number {
  return divRound(numerator * 10_000, denominator);
}

/** For JSON and charts only — never for storage or sums. */
export function toNumber(p: Points): number {
  return p / SCALE;
}

/** Canonical decimal text with a point and no trailing zeros: "71.2", "0.75", "3". */
export function toDecimalString(p: Points): string {
  const neg = p < 0;
  const a = Math.abs(p);
  const whole = Math.floor(a / SCALE);
  const frac = String(a % SCALE).padStart(SCALE_DIGITS, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

export type Locale = 'vi' | 'en';

export interface FormatOptions {
  /** Fixed number of decimals; default: as many as needed, at most four. */
  decimals?: number;
}

/**
 * Display text: Vietnamese "1.234,5" / "71,2"; English "1,234.5" / "71.2".
 */
export function formatPoints(p: Points, locale: Locale = 'vi', options: FormatOptions = {}): string {
  return formatScaled(p, SCALE_DIGITS, locale, options.decimals);
}

/** Formats an index in hundredths of a percent with two decimals: 7120 → "71,20". */
export function formatIndex(hundredths: number, locale: Locale = 'vi'): string {
  return formatScaled(hundredths, 2, locale, 2);
}

/** Formats an integer that carries `digits` implied decimals. */
export function formatScaled(value: number, digits: number, locale: Locale, decimals?: number): string {
  const scale = 10 ** digits;
  let v = value;
  let shownDigits = digits;
  if (decimals !== undefined && decimals < digits) {
    const step = 10 ** (digits - decimals);
    v = divRound(value, step) * step;
  }
  const neg = v < 0;
  const a = Math.abs(v);
  const whole = Math.floor(a / scale);
  let frac = String(a % scale).padStart(digits, '0');
  if (decimals === undefined) frac = frac.replace(/0+$/, '');
  else if (decimals < digits) frac = frac.slice(0, decimals);
  else frac = frac.padEnd(decimals, '0');
  shownDigits = frac.length;
  const [thousands, decimalMark] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const wholeText = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${neg && (whole > 0 || /[1-9]/.test(frac)) ? '-' : ''}${wholeText}${shownDigits > 0 ? decimalMark + frac : ''}`;
}
