import { describe, it, expect } from 'vitest';
import { parsePoints, points } from '../points';
import { evaluateRubric } from './evaluate';
import { tasksIdentified } from './examples';
import type { LevelsRubric, RubricResult } from './types';

const run = (level: unknown, rubric: LevelsRubric = tasksIdentified.rubric as LevelsRubric, max = tasksIdentified.max): RubricResult =>
  evaluateRubric(rubric, { type: 'level', level } as never, { max });

describe('1.2 "Xác định đầy đủ các nhiệm vụ… 1 / Chưa xác định đầy đủ… 0,5 / Không xác định nhiệm vụ 0"', () => {
  it('scores the chosen level and quotes its wording', () => {
    const r = run('partial');
    expect(r).toEqual({
      ok: true,
      points: parsePoints('0,5'),
      explanation: {
        vi: 'Mức "Chưa xác định đầy đủ các nhiệm vụ hoặc chưa có thời gian hoàn thành, sản phẩm đầu ra cụ thể" → 0,5 điểm',
        en: 'Level "Chưa xác định đầy đủ các nhiệm vụ hoặc chưa có thời gian hoàn thành, sản phẩm đầu ra cụ thể" → 0.5 points',
      },
    });
    expect(run('full').ok && run('full')).toMatchObject({ points: points(1) });
    expect(run('none')).toMatchObject({ ok: true, points: 0 });
  });

  it('uses the English label when the set has one', () => {
    const rubric: LevelsRubric = { type: 'levels', levels: [{ id: 'a', label: 'Đầy đủ', labelEn: 'Complete', points: points(1) }] };
    expect(run('a', rubric)).toMatchObject({ ok: true, explanation: { vi: 'Mức "Đầy đủ" → 1 điểm', en: 'Level "Complete" → 1 point' } });
  });

  it('an unknown level id is an error listing the levels that exist', () => {
    const r = run('most');
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          field: 'level',
          vi: 'Mức "most" không có trong cách tính điểm của tiêu chí (các mức: "full", "partial", "none")',
          en: 'Level "most" is not one of this criterion\'s levels (levels: "full", "partial", "none")',
        },
      ],
    });
    expect(run(3)).toMatchObject({ ok: false });
  });

  it('a level worth more than the criterion is capped at the max, and the explanation says so', () => {
    // Fixture 001 item 6: "Sáng kiến được Chủ tịch UBND tỉnh công nhận" 3 under a criterion of… 2 here.
    const rubric: LevelsRubric = { type: 'levels', levels: [{ id: 'tinh', label: 'Sáng kiến được Chủ tịch UBND tỉnh công nhận', points: points(3) }] };
    const r = run('tinh', rubric, points(2));
    expect(r).toEqual({
      ok: true,
      points: points(2),
      explanation: {
        vi: 'Mức "Sáng kiến được Chủ tịch UBND tỉnh công nhận" → 3 điểm, vượt điểm tối đa 2 của tiêu chí → 2 điểm',
        en: 'Level "Sáng kiến được Chủ tịch UBND tỉnh công nhận" → 3 points, exceeds the criterion\'s maximum of 2 → 2 points',
      },
    });
  });

  it('a negative level is raised to 0', () => {
    const rubric: LevelsRubric = { type: 'levels', levels: [{ id: 'x', label: 'Sai', points: points(-1) }] };
    expect(run('x', rubric)).toMatchObject({ ok: true, points: 0, explanation: { vi: 'Mức "Sai" → -1 điểm, điểm không được âm → 0 điểm' } });
  });
});
