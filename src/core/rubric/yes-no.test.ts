import { describe, it, expect } from 'vitest';
import { parsePoints, points } from '../points';
import { evaluateRubric } from './evaluate';
import { outreachPlan } from './examples';
import type { RubricResult, YesNoRubric } from './types';

const run = (value: unknown, rubric: YesNoRubric = outreachPlan.rubric as YesNoRubric, max = outreachPlan.max): RubricResult =>
  evaluateRubric(rubric, { type: 'yes-no', value } as never, { max });

describe('3.1 "Có ban hành kế hoạch tuyên truyền CCHC theo quy định 1 / Không ban hành… 0"', () => {
  it('yes scores the max by default, no scores 0', () => {
    expect(run(true)).toEqual({
      ok: true,
      points: points(1),
      explanation: { vi: 'Có: "Có ban hành kế hoạch tuyên truyền CCHC theo quy định" → 1 điểm', en: 'Yes: "Có ban hành kế hoạch tuyên truyền CCHC theo quy định" → 1 point' },
    });
    expect(run(false)).toMatchObject({ ok: true, points: 0, explanation: { vi: 'Không: "Không ban hành kế hoạch tuyên truyền CCHC theo quy định" → 0 điểm' } });
  });

  it('without labels, says yes / no', () => {
    expect(run(true, { type: 'yes-no' }, points(2))).toMatchObject({ points: points(2), explanation: { vi: 'Có → 2 điểm', en: 'Yes → 2 points' } });
  });

  it('explicit yes / no points, clamped to the max', () => {
    expect(run(false, { type: 'yes-no', yes: points(1), no: parsePoints('0,25') })).toMatchObject({ points: parsePoints('0,25') });
    expect(run(true, { type: 'yes-no', yes: points(2) })).toMatchObject({ points: points(1), explanation: { vi: 'Có → 2 điểm, vượt điểm tối đa 1 của tiêu chí → 1 điểm' } });
  });

  it('anything but a boolean is an error', () => {
    expect(run('yes')).toEqual({ ok: false, errors: [{ field: 'value', vi: 'Phải chọn Có hoặc Không (đang là "yes")', en: 'Choose yes or no (got "yes")' }] });
    expect(run(1)).toMatchObject({ ok: false });
  });
});
