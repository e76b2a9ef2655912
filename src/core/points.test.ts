import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  add,
  clamp,
  divRound,
  formatIndex,
  formatPoints,
  indexOf,
  isMultipleOf,
  maxPoints,
  minPoints,
  parsePoints,
  percentOf,
  points,
  PointsError,
  roundToDigits,
  roundToStep,
  scaleBy,
  SCALE,
  sub,
  sum,
  times,
  toDecimalString,
  toNumber,
  tryParsePoints,
  units,
} from './points';
import type { Points, Rounding } from './points';

/** Integer division with the documented rounding, computed on BigInt as the reference. */
function reference(num: bigint, den: bigint, mode: Rounding): number {
  let q = num / den;
  const r = num % den;
  if (r !== 0n) {
    if (mode === 'down' && num < 0n) q -= 1n;
    if (mode === 'up' && num > 0n) q += 1n;
    if (mode === 'half-up' && 2n * (r < 0n ? -r : r) >= den) q += num < 0n ? -1n : 1n;
  }
  return Number(q);
}

const rounding = fc.constantFrom<Rounding>('half-up', 'down', 'up');

describe('exact arithmetic', () => {
  it('0,1 + 0,2 is exactly 0,3', () => {
    expect(add(parsePoints('0,1'), parsePoints('0,2'))).toBe(parsePoints('0,3'));
    expect(add(parsePoints(0.1), parsePoints(0.2))).toBe(3000);
    expect(sum([parsePoints('0,1'), parsePoints('0,1'), parsePoints('0,1')])).toBe(parsePoints('0.3'));
    expect(sub(points(3), parsePoints('0,75'))).toBe(parsePoints('2,25'));
  });

  it('times, min, max, clamp', () => {
    expect(times(parsePoints('0,75'), 4)).toBe(points(3));
    expect(() => times(points(1), 1.5)).toThrow(PointsError);
    expect(minPoints(points(1), points(2))).toBe(points(1));
    expect(maxPoints(points(1), points(2))).toBe(points(2));
    expect(clamp(points(5), 0 as Points, points(3))).toBe(points(3));
    expect(clamp(points(-1), 0 as Points, points(3))).toBe(0);
  });

  it('units refuses non-integers and unsafe values', () => {
    expect(() => units(0.5)).toThrow(PointsError);
    expect(() => units(2 ** 53)).toThrow(PointsError);
    expect(toNumber(parsePoints('71,2'))).toBe(71.2);
  });
});

describe('parsePoints', () => {
  it('reads Vietnamese and English decimals, signs and numbers', () => {
    expect(parsePoints('0,75')).toBe(7500);
    expect(parsePoints('0.75')).toBe(7500);
    expect(parsePoints('-1,5')).toBe(-15000);
    expect(parsePoints('+2')).toBe(20000);
    expect(parsePoints(' 12 ')).toBe(120000);
    expect(parsePoints('71,2345')).toBe(712345);
    expect(parsePoints('0,75000')).toBe(7500); // trailing zeros beyond four decimals are harmless
    expect(parsePoints(0.75)).toBe(7500);
    expect(parsePoints(-3)).toBe(-30000);
  });

  it('"-0" is plain 0 (no float -0 leaking into comparisons)', () => {
    expect(Object.is(parsePoints('-0'), 0)).toBe(true);
    expect(Object.is(parsePoints('-0,0'), 0)).toBe(true);
  });

  it('refuses more than four decimals, with both languages', () => {
    try {
      parsePoints('0,12345');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PointsError);
      expect((e as PointsError).vi).toBe('"0,12345" có nhiều hơn 4 chữ số thập phân');
      expect((e as PointsError).en).toBe('"0,12345" has more than 4 decimal places');
    }
    expect(() => parsePoints(0.12345)).toThrow(PointsError);
    expect(() => parsePoints(0.1 + 0.2)).toThrow(PointsError); // 0.30000000000000004
  });

  it('refuses what is not a number, including tiny and huge floats (no silent zero)', () => {
    for (const bad of ['', 'abc', '1.234,5', '1,2,3', ',5', '5.', '1e3', '--1']) expect(() => parsePoints(bad), bad).toThrow(PointsError);
    expect(() => parsePoints(1e-7)).toThrow(PointsError);
    expect(() => parsePoints(1e21)).toThrow(PointsError);
    expect(() => parsePoints(Number.NaN)).toThrow(PointsError);
    expect(() => parsePoints(Infinity)).toThrow(PointsError);
    expect(tryParsePoints('x')).toBeUndefined();
    expect(tryParsePoints('1,25')).toBe(12500);
  });

  it('property: parse(toDecimalString(p)) = p, also through the Vietnamese comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const p = units(n);
        expect(parsePoints(toDecimalString(p))).toBe(p);
        expect(parsePoints(toDecimalString(p).replace('.', ','))).toBe(p);
      }),
    );
  });
});

describe('rounding', () => {
  it('half-up rounds halves away from zero, also for negatives', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(7, 3)).toBe(2);
    expect(divRound(-7, 3)).toBe(-2);
    expect(divRound(4, 2)).toBe(2);
  });

  it('down is floor and up is ceiling', () => {
    expect(divRound(7, 2, 'down')).toBe(3);
    expect(divRound(-7, 2, 'down')).toBe(-4);
    expect(divRound(7, 2, 'up')).toBe(4);
    expect(divRound(-7, 2, 'up')).toBe(-3);
    expect(() => divRound(1, 0)).toThrow(PointsError);
    expect(() => divRound(1, -2)).toThrow(PointsError);
  });

  it('roundToStep and roundToDigits', () => {
    expect(roundToStep(parsePoints('1,125'), parsePoints('0,25'))).toBe(parsePoints('1,25'));
    expect(roundToStep(parsePoints('1,12'), parsePoints('0,25'))).toBe(parsePoints('1'));
    expect(roundToStep(parsePoints('-1,125'), parsePoints('0,25'))).toBe(parsePoints('-1,25'));
    expect(roundToStep(parsePoints('1,12'), parsePoints('0,05'), 'up')).toBe(parsePoints('1,15'));
    expect(() => roundToStep(points(1), 0 as Points)).toThrow(PointsError);
    expect(roundToDigits(parsePoints('71,235'), 2)).toBe(parsePoints('71,24'));
    expect(roundToDigits(parsePoints('-71,235'), 2)).toBe(parsePoints('-71,24'));
    expect(roundToDigits(parsePoints('71,2349'), 2)).toBe(parsePoints('71,23'));
    expect(isMultipleOf(parsePoints('1,5'), parsePoints('0,25'))).toBe(true);
    expect(isMultipleOf(parsePoints('1,1'), parsePoints('0,25'))).toBe(false);
  });

  it('property: divRound agrees with a BigInt reference over the whole safe range', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger().map((n) => n), fc.integer({ min: 1, max: 1_000_000 }), rounding, (num, den, mode) => {
        expect(divRound(num, den, mode)).toBe(reference(BigInt(num), BigInt(den), mode));
      }),
    );
  });
});

describe('scaleBy (max × numerator ÷ denominator)', () => {
  it('small values', () => {
    expect(scaleBy(points(4), 3, 4)).toBe(points(3));
    expect(scaleBy(points(2), 12314, 12377)).toBe(19898); // 1,989819… → 1,9898
    expect(scaleBy(points(1), 1, 3, 'up')).toBe(3334);
  });

  it('big values go through BigInt and keep the same rounding rules (floor for down, also negative)', () => {
    const p = units(-321726213447);
    expect(scaleBy(p, 319737766, 770229593, 'down')).toBe(-133555009683);
    expect(scaleBy(p, 319737766, 770229593, 'up')).toBe(-133555009682);
    expect(scaleBy(units(4e8), 4e8, 1e8)).toBe(16e8);
    expect(() => scaleBy(units(2 ** 40), 2 ** 20, 0)).toThrow(PointsError);
    expect(() => scaleBy(units(2 ** 40), 0.5, 3)).toThrow(PointsError);
  });

  it('property: agrees with a BigInt reference, including products beyond 2^53', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 1, max: 2 ** 30 }), rounding, (p, n, d, mode) => {
        const want = reference(BigInt(p) * BigInt(n), BigInt(d), mode);
        fc.pre(Number.isSafeInteger(want));
        expect(scaleBy(units(p), n, d, mode)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('index and percentages', () => {
  it('indexOf gives hundredths of a percent, undefined when nothing is applicable', () => {
    expect(indexOf(parsePoints('71,2'), points(100))).toBe(7120);
    expect(indexOf(parsePoints('2'), points(3))).toBe(6667);
    expect(indexOf(points(0), points(0))).toBeUndefined();
    expect(percentOf(12314, 12377)).toBe(9949);
    expect(percentOf(18999, 20000)).toBe(9500); // rounded: never use it to choose a band
  });
});

describe('display', () => {
  it('formatPoints: vi "1.234,5", en "1,234.5", trailing zeros dropped', () => {
    expect(formatPoints(parsePoints('1234,5'))).toBe('1.234,5');
    expect(formatPoints(parsePoints('1234,5'), 'en')).toBe('1,234.5');
    expect(formatPoints(parsePoints('71,2'), 'vi')).toBe('71,2');
    expect(formatPoints(points(3), 'vi')).toBe('3');
    expect(formatPoints(parsePoints('-0,75'), 'vi')).toBe('-0,75');
    expect(formatPoints(parsePoints('1234567,8912'), 'vi')).toBe('1.234.567,8912');
  });

  it('formatPoints with fixed decimals rounds half-up', () => {
    expect(formatPoints(parsePoints('71,2'), 'vi', { decimals: 2 })).toBe('71,20');
    expect(formatPoints(parsePoints('1,125'), 'vi', { decimals: 2 })).toBe('1,13');
    expect(formatPoints(parsePoints('-1,125'), 'en', { decimals: 2 })).toBe('-1.13');
    expect(formatPoints(parsePoints('-0,001'), 'vi', { decimals: 2 })).toBe('0,00');
    expect(formatPoints(parsePoints('2,5'), 'en', { decimals: 0 })).toBe('3');
  });

  it('formatIndex shows two decimals', () => {
    expect(formatIndex(7120)).toBe('71,20');
    expect(formatIndex(7120, 'en')).toBe('71.20');
    expect(formatIndex(10000, 'vi')).toBe('100,00');
    expect(formatIndex(5, 'vi')).toBe('0,05');
  });

  it('toDecimalString is canonical', () => {
    expect(toDecimalString(parsePoints('71,20'))).toBe('71.2');
    expect(toDecimalString(parsePoints('-0,75'))).toBe('-0.75');
    expect(toDecimalString(points(3))).toBe('3');
    expect(toDecimalString(units(1))).toBe(`0.000${1}`);
    expect(SCALE).toBe(10_000);
  });
});
