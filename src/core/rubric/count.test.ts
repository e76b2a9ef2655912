import { describe, it, expect } from 'vitest';
import { points } from '../points';
import { evaluateRubric } from './evaluate';
import { initiatives } from './examples';
import type { CountRubric, RubricResult } from './types';

const run = (count: unknown, rubric: CountRubric = initiatives.rubric as CountRubric, max = initiatives.max): RubricResult =>
  evaluateRubric(rubric, { type: 'count', count } as never, { max });

describe('6 "Sáng kiến được Chủ tịch UBND tỉnh công nhận (01 sáng kiến = 02 điểm)", max 3', () => {
  it('counts below the cap', () => {
    expect(run(1)).toEqual({
      ok: true,
      points: points(2),
      explanation: { vi: '1 sáng kiến được Chủ tịch UBND tỉnh công nhận × 2 = 2 điểm', en: '1 item × 2 = 2 points' },
    });
    expect(run(0)).toMatchObject({ ok: true, points: 0 });
  });

  it('caps at the max: 3 sáng kiến × 2 = 6 điểm, tối đa 5 → 5 điểm', () => {
    const rubric: CountRubric = { type: 'count', perItem: points(2), itemLabel: 'sáng kiến' };
    expect(run(3, rubric, points(5))).toEqual({
      ok: true,
      points: points(5),
      explanation: { vi: '3 sáng kiến × 2 = 6 điểm, tối đa 5 → 5 điểm', en: '3 items × 2 = 6 points, capped at 5 → 5 points' },
    });
  });

  it('an explicit cap below the max', () => {
    expect(run(2, { type: 'count', perItem: points(1), cap: points(1) }, points(3))).toMatchObject({ points: points(1), explanation: { vi: '2 mục × 1 = 2 điểm, tối đa 1 → 1 điểm' } });
  });

  it("a cap above the criterion's max is held to the max, and the explanation says so", () => {
    const r = run(3, { type: 'count', perItem: points(2), cap: points(4) }, points(3));
    expect(r).toMatchObject({
      ok: true,
      points: points(3),
      explanation: { vi: '3 mục × 2 = 6 điểm, tối đa 3 (bộ tiêu chí ghi 4, vượt điểm tối đa của tiêu chí) → 3 điểm' },
    });
  });

  it('validates the count', () => {
    expect(run(-2)).toMatchObject({ ok: false, errors: [{ field: 'count', vi: 'Số sáng kiến được Chủ tịch UBND tỉnh công nhận không được âm (đang là -2)' }] });
    expect(run(2.5)).toMatchObject({ ok: false, errors: [{ field: 'count', en: 'The count must be a whole number (got 2.5)' }] });
  });
});
