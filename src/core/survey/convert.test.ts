import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePoints, points, toDecimalString } from '../points';
import { answersToPercent, surveyPoints, type GroupFigure } from './convert';

const pct = (text: string) => parsePoints(text) as number; // same integer scale: 1/10 000 of a percent

function ok(max: string, figures: GroupFigure[], step?: number) {
  const r = surveyPoints(parsePoints(max), figures, step === undefined ? {} : { step });
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return toDecimalString(r.points);
}

describe('surveyPoints', () => {
  it('answer shares A 100 %, B 60 %, C 20 %, D 0 %: the mean fills the criterion', () => {
    // 10 A, 5 B, 5 C → (10·100 + 5·60 + 5·20) / 20 = 70 % of 2 points = 1.4
    expect(ok('2', [{ group: 'citizens', kind: 'answers', counts: { A: 10, B: 5, C: 5, D: 0 } }])).toBe('1.4');
  });

  it('means the groups: officials 80 %, citizens 65 % of 3 points → 2.18 (72.5 % = 2.175, half-up)', () => {
    expect(ok('3', [{ group: 'officials', kind: 'percent', percent: pct('80') }, { group: 'citizens', kind: 'percent', percent: pct('65') }])).toBe('2.18');
  });

  it('is exact where floats are not: thirds round once, half-up', () => {
    // 1 A + 2 D → 33.333…% of 1.5 = 0.5 exactly
    expect(ok('1,5', [{ group: 'g', kind: 'answers', counts: { A: 1, D: 2 } }])).toBe('0.5');
    // 0.1 + 0.2 of a point out of 1 in two groups: mean 0.15
    expect(ok('1', [{ group: 'a', kind: 'score', score: parsePoints('0,1') }, { group: 'b', kind: 'score', score: parsePoints('0,2') }])).toBe('0.15');
    // 2 of 3 with step 0.0001: 0.6667
    expect(ok('1', [{ group: 'g', kind: 'answers', counts: { A: 2, D: 1 } }], 1)).toBe('0.6667');
  });

  it('mixes kinds and honours weights', () => {
    // (2 × 100 % + 1 × 40 %) / 3 = 80 % of 5 = 4
    expect(ok('5', [{ group: 'a', kind: 'percent', percent: pct('100'), weight: 2 }, { group: 'b', kind: 'score', score: points(2) }])).toBe('4');
  });

  it('reports bad figures with the group named, in both languages', () => {
    const r = surveyPoints(points(2), [
      { group: 'citizens', kind: 'percent', percent: pct('120') },
      { group: 'firms', kind: 'score', score: points(3) },
      { group: 'officials', kind: 'answers', counts: { E: 3 } },
      { group: 'Citizens', kind: 'percent', percent: pct('50') },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.group, e.field])).toEqual([
      ['citizens', 'percent'],
      ['firms', 'score'],
      ['officials', 'answers'],
      ['Citizens', 'groups'],
    ]);
    expect(r.errors[0]!.vi).toContain('Nhóm "citizens"');
    expect(r.errors[1]!.en).toContain('between 0 and 2');
  });

  it('refuses no figures and no answers', () => {
    expect(surveyPoints(points(2), []).ok).toBe(false);
    expect(surveyPoints(points(2), [{ group: 'g', kind: 'answers', counts: { A: 0 } }]).ok).toBe(false);
  });

  it('property: within [0, max] and equal to an integer reference for percent groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 5 }), (max, percents) => {
        const r = surveyPoints(max as never, percents.map((p, i) => ({ group: `g${i}`, kind: 'percent' as const, percent: p })));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.points).toBeGreaterThanOrEqual(0);
        expect(r.points).toBeLessThanOrEqual(max);
        // Reference: max × Σp / (n × 1 000 000) in hundredths of a point, half-up, by BigInt.
        const num = BigInt(max) * BigInt(percents.reduce((a, b) => a + b, 0));
        const den = BigInt(percents.length) * 1_000_000n * 100n;
        const q = num / den + (2n * (num % den) >= den ? 1n : 0n);
        // A max off the 0,01 grid can round above itself: the result never passes the max.
        expect(r.points).toBe(Math.min(Number(q * 100n), max));
      }),
    );
  });
});

describe('answersToPercent', () => {
  it('converts counts to a percent with the default shares', () => {
    expect(answersToPercent({ A: 1, B: 1 })).toBe(pct('80'));
    expect(answersToPercent({ a: 3 })).toBe(pct('100'));
    expect(typeof answersToPercent({ Z: 1 })).toBe('object');
  });
});
