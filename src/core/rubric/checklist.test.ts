import { describe, it, expect } from 'vitest';
import { points } from '../points';
import { evaluateRubric } from './evaluate';
import { qualityReport } from './examples';
import type { ChecklistRubric, RubricResult } from './types';

const run = (checked: unknown, rubric: ChecklistRubric = qualityReport.rubric as ChecklistRubric, max = qualityReport.max): RubricResult =>
  evaluateRubric(rubric, { type: 'checklist', checked } as never, { max });

describe('6.6.3 four documents of the ISO 9001 quality system, 1 point each', () => {
  it('adds the items that hold, in the criteria set order', () => {
    expect(run(['review', 'objectives'])).toEqual({
      ok: true,
      points: points(2),
      explanation: {
        vi: 'Đạt 2/4 mục: "Có Quyết định ban hành mục tiêu chất lượng" (1) + "Có Báo cáo tổng hợp kết quả rà soát, cập nhật" (1) → 2 điểm',
        en: '2/4 items hold: "Có Quyết định ban hành mục tiêu chất lượng" (1) + "Có Báo cáo tổng hợp kết quả rà soát, cập nhật" (1) → 2 points',
      },
    });
    expect(run(['report', 'objectives', 'review', 'minutes'])).toMatchObject({ ok: true, points: points(4) });
  });

  it('none checked is 0, a repeated id counts once', () => {
    expect(run([])).toMatchObject({ ok: true, points: 0, explanation: { vi: 'Không đạt mục nào (0/4) → 0 điểm', en: 'No item holds (0/4) → 0 points' } });
    expect(run(['minutes', 'minutes'])).toMatchObject({ ok: true, points: points(1) });
  });

  it('unknown ids and non-lists are errors naming the field', () => {
    expect(run(['minutes', 'audit'])).toEqual({
      ok: false,
      errors: [
        {
          field: 'checked',
          vi: 'Mục "audit" không có trong danh sách của tiêu chí (các mục: "report", "objectives", "review", "minutes")',
          en: 'Item "audit" is not on this criterion\'s list (items: "report", "objectives", "review", "minutes")',
        },
      ],
    });
    expect(run('minutes')).toMatchObject({ ok: false, errors: [{ field: 'checked' }] });
    expect(run([1])).toMatchObject({ ok: false, errors: [{ field: 'checked' }] });
  });

  it('items adding up past the max are capped', () => {
    expect(run(['report', 'objectives', 'review'], qualityReport.rubric as ChecklistRubric, points(2))).toMatchObject({
      ok: true,
      points: points(2),
      explanation: { vi: expect.stringContaining('→ 3 điểm, vượt điểm tối đa 2 của tiêu chí → 2 điểm') as string },
    });
  });
});
