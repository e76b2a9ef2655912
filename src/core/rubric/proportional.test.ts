import { describe, it, expect } from 'vitest';
import { parsePoints, points } from '../points';
import { evaluateRubric } from './evaluate';
import { onlineShare } from './examples';
import type { ProportionalRubric, RubricResult } from './types';

const run = (numerator: unknown, denominator: unknown, rubric: ProportionalRubric = onlineShare.rubric as ProportionalRubric, max = onlineShare.max): RubricResult =>
  evaluateRubric(rubric, { type: 'ratio', numerator, denominator } as never, { max });

describe('proportional: max × numerator ÷ denominator, to 0,01 half-up', () => {
  it('exact products need no rounding note', () => {
    expect(run(3, 4)).toEqual({ ok: true, points: parsePoints('1,5'), explanation: { vi: '3/4 = 75,00% × 2 → 1,5 điểm', en: '3/4 = 75.00% × 2 → 1.5 points' } });
    expect(run(4, 4)).toMatchObject({ points: points(2) });
    expect(run(0, 4)).toMatchObject({ points: 0 });
  });

  it('rounds half-up to the step and says so', () => {
    // 2 × 12 314 / 12 377 = 1,98981… → 1,99
    expect(run(12314, 12377)).toEqual({
      ok: true,
      points: parsePoints('1,99'),
      explanation: { vi: '12.314/12.377 = 99,49% × 2 (làm tròn đến 0,01) → 1,99 điểm', en: '12,314/12,377 = 99.49% × 2 (rounded to 0.01) → 1.99 points' },
    });
    // 2 × 1/8 = 0,25 exactly; 1 × 1/8 = 0,125 → 0,13 (half-up)
    expect(run(1, 8, onlineShare.rubric as ProportionalRubric, points(1))).toMatchObject({ points: parsePoints('0,13') });
    expect(run(1, 8, { type: 'proportional', step: parsePoints('0,25') }, points(1))).toMatchObject({ points: parsePoints('0,25') });
    expect(run(1, 3, { type: 'proportional', step: parsePoints('0,25') }, points(1))).toMatchObject({ points: parsePoints('0,25') });
  });

  it('shares the ratio validation of percentage bands', () => {
    expect(run(5, 0)).toMatchObject({ ok: false, errors: [{ field: 'denominator' }] });
    expect(run(5, 4)).toMatchObject({ ok: false, errors: [{ field: 'numerator' }] });
  });
});
