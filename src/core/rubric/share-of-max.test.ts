import { describe, it, expect } from 'vitest';
import { parsePoints, points } from '../points';
import { evaluateRubric } from './evaluate';
import { taskRating } from './examples';
import type { RubricResult, ShareOfMaxRubric } from './types';

const run = (level: unknown, rubric: ShareOfMaxRubric = taskRating.rubric as ShareOfMaxRubric, max = taskRating.max): RubricResult =>
  evaluateRubric(rubric, { type: 'level', level } as never, { max });

describe('share of max (DOMAIN §3: "excellent: max; good: 75%; done: 50%")', () => {
  it('good = 75% × 4 = 3', () => {
    expect(run('good')).toEqual({
      ok: true,
      points: points(3),
      explanation: { vi: 'Mức "Hoàn thành tốt nhiệm vụ" = 75% × 4 → 3 điểm', en: 'Level "Good" = 75% × 4 → 3 points' },
    });
    expect(run('excellent')).toMatchObject({ points: points(4) });
    expect(run('done')).toMatchObject({ points: points(2) });
    expect(run('not-done')).toMatchObject({ points: 0 });
  });

  it('keeps exact fractions of odd maxima', () => {
    expect(run('good', taskRating.rubric as ShareOfMaxRubric, parsePoints('1,5'))).toMatchObject({ points: parsePoints('1,125') });
  });

  it('a share above 100% is capped at the max', () => {
    const rubric: ShareOfMaxRubric = { type: 'share-of-max', levels: [{ id: 'x', label: 'Vượt', share: 12000 }] };
    expect(run('x', rubric)).toMatchObject({ points: points(4), explanation: { vi: 'Mức "Vượt" = 120% × 4 → 4,8 điểm, vượt điểm tối đa 4 của tiêu chí → 4 điểm' } });
  });

  it('unknown level', () => {
    expect(run('average')).toMatchObject({ ok: false, errors: [{ field: 'level' }] });
  });
});
