import { describe, it, expect } from 'vitest';
import { parsePoints, points } from '../points';
import { evaluateRubric } from './evaluate';
import { appraiserJudgement } from './examples';
import type { ManualRubric, RubricResult } from './types';

const run = (p: unknown, rubric: ManualRubric = appraiserJudgement.rubric as ManualRubric, max = appraiserJudgement.max): RubricResult =>
  evaluateRubric(rubric, { type: 'manual', points: p } as never, { max });

describe('manual: judgement in [0, max], step 0,25', () => {
  it('accepts multiples of the step inside the range', () => {
    expect(run(parsePoints('1,75'))).toEqual({
      ok: true,
      points: parsePoints('1,75'),
      explanation: { vi: 'Điểm do người chấm nhập: 1,75 điểm (trong khoảng 0–2, bước 0,25)', en: 'Points entered by the scorer: 1.75 (within 0–2, step 0.25)' },
    });
    expect(run(0)).toMatchObject({ ok: true, points: 0 });
    expect(run(points(2))).toMatchObject({ ok: true, points: points(2) });
  });

  it('reports both an out-of-range value and a step mismatch', () => {
    const r = run(parsePoints('2,1'));
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'points', vi: 'Điểm chấm 2,1 nằm ngoài khoảng 0–2 của tiêu chí', en: 'The points 2.1 are outside the criterion\'s range 0–2' },
        { field: 'points', vi: 'Điểm chấm 2,1 không phải là bội số của bước 0,25', en: 'The points 2.1 are not a multiple of the step 0.25' },
      ],
    });
    expect(run(parsePoints('-0,25'))).toMatchObject({ ok: false, errors: [{ field: 'points' }] });
  });

  it('honours another step (0,05)', () => {
    const rubric: ManualRubric = { type: 'manual', step: parsePoints('0,05') };
    expect(run(parsePoints('1,15'), rubric)).toMatchObject({ ok: true, points: parsePoints('1,15') });
    expect(run(parsePoints('1,12'), rubric)).toMatchObject({ ok: false });
  });

  it('refuses non-integers of units (a float slipped in) and a broken step', () => {
    expect(run(1.5)).toMatchObject({ ok: false, errors: [{ field: 'points' }] });
    expect(run('1,5')).toMatchObject({ ok: false, errors: [{ field: 'points' }] });
    expect(run(points(1), { type: 'manual', step: 0 as never })).toMatchObject({ ok: false, errors: [{ field: 'rubric' }] });
  });
});
