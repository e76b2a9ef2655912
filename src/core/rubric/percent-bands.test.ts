import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parsePoints, points } from '../points';
import { evaluateRubric } from './evaluate';
import { onTimeFiles, outreachCompletion, planCompletion } from './examples';
import type { Example } from './examples';
import type { RubricResult } from './types';

const run = (ex: Example, numerator: unknown, denominator: unknown): RubricResult =>
  evaluateRubric(ex.rubric, { type: 'ratio', numerator, denominator } as never, { max: ex.max });

function ok(r: RubricResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('percentage bands (DOMAIN §3: on-time files 100%: 4; 95–<100%: 3; 90–<95%: 2; 85–<90%: 1; <85%: 0)', () => {
  it('12.314/12.377 = 99,49% → 3 điểm, with the working in both languages', () => {
    const r = ok(run(onTimeFiles, 12314, 12377));
    expect(r.points).toBe(points(3));
    expect(r.explanation.vi).toBe('12.314/12.377 = 99,49% → mức từ 95% đến dưới 100% → 3 điểm');
    expect(r.explanation.en).toBe('12,314/12,377 = 99.49% → band from 95% to under 100% → 3 points');
  });

  it('100% exactly gets the top band', () => {
    const r = ok(run(onTimeFiles, 12377, 12377));
    expect(r.points).toBe(points(4));
    expect(r.explanation.vi).toBe('12.377/12.377 = 100,00% → mức từ 100% trở lên → 4 điểm');
  });

  it('a bound belongs to the band that starts there ("từ X"), not to the one below ("đến dưới X")', () => {
    expect(ok(run(onTimeFiles, 95, 100)).points).toBe(points(3));
    expect(ok(run(onTimeFiles, 90, 100)).points).toBe(points(2));
    expect(ok(run(onTimeFiles, 85, 100)).points).toBe(points(1));
    expect(ok(run(onTimeFiles, 84, 100)).points).toBe(points(0));
    expect(ok(run(onTimeFiles, 0, 100)).points).toBe(points(0));
  });

  it('decides the band on the exact ratio: 94,996% is below 95% although it rounds to 95,00%', () => {
    const r = ok(run(onTimeFiles, 94996, 100000)); // 9499.6 hundredths
    expect(r.points).toBe(points(2));
    expect(r.explanation.vi).toBe('94.996/100.000 = 94,9960% → mức từ 90% đến dưới 95% → 2 điểm');
    const r2 = ok(run(onTimeFiles, 18999, 20000)); // 94,995 %: half-up would show 95,00 %
    expect(r2.points).toBe(points(2));
    expect(r2.explanation.vi).toContain('94,9950%');
    const r3 = ok(run(onTimeFiles, 99999, 100000)); // 99,999 % is not 100 %
    expect(r3.points).toBe(points(3));
    expect(r3.explanation.en).toBe('99,999/100,000 = 99.9990% → band from 95% to under 100% → 3 points');
  });

  it('shows an inexact tail with an ellipsis when four decimals are not exact', () => {
    const r = ok(run(onTimeFiles, 2 * 949_999 + 1, 2 * 1_000_000)); // 94,99995 %
    expect(r.points).toBe(points(2));
    expect(r.explanation.vi).toContain('94,9999…%');
  });

  it('accepts decimal amounts and compares them exactly', () => {
    const r = ok(run(onTimeFiles, 47.5, 50)); // 95 % exactly
    expect(r.points).toBe(points(3));
    expect(r.explanation.vi).toBe('47,5/50 = 95,00% → mức từ 95% đến dưới 100% → 3 điểm');
    // Float noise (0.1 + 0.2 = 0.30000000000000004) is refused rather than silently rounded.
    const noisy = run(onTimeFiles, 0.1 + 0.2, 0.3);
    expect(!noisy.ok && noisy.errors[0]!.vi).toBe('Tử số có quá 6 chữ số thập phân (đang là 0.30000000000000004)');
  });
});

describe('3.2 "Hoàn thành từ 80% trở lên 1 / từ 60% đến dưới 80% 0,5 / dưới 60% 0"', () => {
  it('scores each band', () => {
    expect(ok(run(outreachCompletion, 8, 10)).points).toBe(points(1));
    expect(ok(run(outreachCompletion, 79, 100)).points).toBe(parsePoints('0,5'));
    expect(ok(run(outreachCompletion, 6, 10)).points).toBe(parsePoints('0,5'));
    const low = ok(run(outreachCompletion, 59, 100));
    expect(low.points).toBe(0);
    expect(low.explanation.vi).toBe('59/100 = 59,00% → mức dưới 60% → 0 điểm');
    expect(low.explanation.en).toBe('59/100 = 59.00% → band under 60% → 0 points');
  });
});

describe('1.3 "trên 80% 2 / từ 70% đến 80% 1 / từ 50% đến dưới 70% 0" (a draft with holes)', () => {
  it('"trên 80%" is strictly above', () => {
    const r = ok(run(planCompletion, 81, 100));
    expect(r.points).toBe(points(2));
    expect(r.explanation.vi).toBe('81/100 = 81,00% → mức trên 80% → 2 điểm');
    expect(ok(run(planCompletion, 7999, 10000)).points).toBe(points(1));
  });

  it('a value no band covers is an error that says so, in both languages', () => {
    for (const [n, d] of [[80, 100], [49, 100]] as const) {
      const r = run(planCompletion, n, d);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.vi).toContain('không có mức nào');
      expect(r.errors[0]!.en).toContain('no band');
    }
    const r = run(planCompletion, 80, 100);
    expect(!r.ok && r.errors[0]!.vi).toBe('80/100 = 80,00% → không có mức nào trong cách tính điểm chứa tỷ lệ này');
  });
});

describe('ratio input validation', () => {
  const errorsOf = (n: unknown, d: unknown) => {
    const r = run(onTimeFiles, n, d);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  it('denominator 0 or negative', () => {
    expect(errorsOf(5, 0)).toEqual([{ field: 'denominator', vi: 'Mẫu số phải lớn hơn 0 (đang là 0): không tính được tỷ lệ', en: 'The denominator must be greater than 0 (got 0): no ratio can be computed' }]);
    expect(errorsOf(5, -3)[0]!.field).toBe('denominator');
  });

  it('negative numerator, numerator above the denominator (> 100%)', () => {
    expect(errorsOf(-1, 10)[0]).toMatchObject({ field: 'numerator', vi: 'Tử số không được âm (đang là -1)' });
    const above = errorsOf(12400, 12377);
    expect(above[0]!.vi).toBe('Tử số (12.400) lớn hơn mẫu số (12.377): tỷ lệ vượt quá 100% là không hợp lệ');
    expect(above[0]!.en).toContain('above 100%');
  });

  it('reports every problem at once and names the field', () => {
    const errors = errorsOf(-1, 0);
    expect(errors.map((e) => e.field).sort()).toEqual(['denominator', 'numerator']);
    expect(errorsOf('12', null).map((e) => e.field)).toEqual(['numerator', 'denominator']);
    expect(errorsOf(Number.NaN, Infinity)[0]!.vi).toContain('phải là một số');
    expect(errorsOf(1e-7, 1)[0]!.en).toContain('more than 6 decimal places');
    expect(errorsOf(1e21, 1e22)[0]!.field).toBe('numerator');
  });
});

describe('properties', () => {
  const sorted = [...onTimeFiles.rubric.type === 'percent-bands' ? onTimeFiles.rubric.bands : []];
  it('monotone bands give monotone points: a larger share never scores less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (d, a, b) => {
        const [lo, hi] = [Math.min(a, b) % (d + 1), Math.max(a, b) % (d + 1)].sort((x, y) => x - y) as [number, number];
        const pLo = ok(run(onTimeFiles, lo, d)).points;
        const pHi = ok(run(onTimeFiles, hi, d)).points;
        expect(pLo).toBeLessThanOrEqual(pHi);
      }),
    );
    expect(sorted).toHaveLength(5);
  });

  it('agrees with a float-free reference on the band bound: n/d ≥ 95% ⇔ 100·n ≥ 95·d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.nat(), (d, k) => {
        const n = k % (d + 1);
        const r = ok(run(onTimeFiles, n, d));
        expect(r.points >= points(3)).toBe(100 * n >= 95 * d);
      }),
    );
  });
});
