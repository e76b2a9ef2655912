import { describe, it, expect } from 'vitest';
import { parsePoints, points } from '../points';
import { evaluateRubric } from './evaluate';
import { reporting } from './examples';
import type { DeductionRubric, RubricResult } from './types';

const run = (count: unknown, rubric: DeductionRubric = reporting.rubric as DeductionRubric, max = reporting.max): RubricResult =>
  evaluateRubric(rubric, { type: 'count', count } as never, { max });

describe('2 "Mỗi tiêu chí không đạt yêu cầu trừ 0,75 điểm" from 3', () => {
  it('2 failures: 3 − 1,5 = 1,5', () => {
    expect(run(2)).toEqual({
      ok: true,
      points: parsePoints('1,5'),
      explanation: {
        vi: '2 tiêu chí không đạt yêu cầu × 0,75 = 1,5 điểm trừ; 3 − 1,5 = 1,5 điểm',
        en: '2 failed items × 0.75 = 1.5 points deducted; 3 − 1.5 = 1.5 points',
      },
    });
  });

  it('no failure keeps the max; four reach exactly 0', () => {
    expect(run(0)).toMatchObject({ ok: true, points: points(3) });
    expect(run(4)).toMatchObject({ ok: true, points: 0, explanation: { vi: '4 tiêu chí không đạt yêu cầu × 0,75 = 3 điểm trừ; 3 − 3 = 0 điểm' } });
  });

  it('never below the floor (default 0), and says so', () => {
    expect(run(5)).toMatchObject({
      ok: true,
      points: 0,
      explanation: {
        vi: '5 tiêu chí không đạt yêu cầu × 0,75 = 3,75 điểm trừ; 3 − 3,75 = -0,75, không thấp hơn mức sàn 0 → 0 điểm',
        en: '5 failed items × 0.75 = 3.75 points deducted; 3 − 3.75 = -0.75, not below the floor of 0 → 0 points',
      },
    });
    expect(run(3, { type: 'deduction', perItem: points(1), floor: parsePoints('0,5') })).toMatchObject({ points: parsePoints('0,5') });
  });

  it('validates the count: whole, not negative, a number', () => {
    expect(run(-1)).toEqual({
      ok: false,
      errors: [{ field: 'count', vi: 'Số tiêu chí không đạt yêu cầu không được âm (đang là -1)', en: 'The number of failed items cannot be negative (got -1)' }],
    });
    expect(run(1.5)).toMatchObject({ ok: false, errors: [{ field: 'count', vi: 'Số tiêu chí không đạt yêu cầu phải là số nguyên (đang là 1,5)' }] });
    expect(run(-1.5)).toMatchObject({ ok: false, errors: [{ field: 'count' }, { field: 'count' }] });
    expect(run('2')).toMatchObject({ ok: false, errors: [{ field: 'count' }] });
    expect(run(1e12)).toMatchObject({ ok: false, errors: [{ field: 'count' }] });
  });
});
