import { describe, it, expect } from 'vitest';
import { parsePoints, points } from '../points';
import type { Points } from '../points';
import type { FrameworkNode } from '../framework';
import { bestPoints, checkRubric, describeRubric, expectedInput } from './checks';
import { ALL_EXAMPLES, initiatives, onTimeFiles, planCompletion, planIssued, qualityReport, selfAssessmentReport, taskRating } from './examples';
import type { Example } from './examples';
import type { Rubric } from './types';

const node = (rubric: Rubric | undefined, max: Points, code = '1.3'): FrameworkNode => ({ id: code, code, name: 'Tiêu chí', max, children: [], ...(rubric ? { rubric } : {}) });
const check = (ex: Example, max: Points = ex.max) => checkRubric(node(ex.rubric, max, ex.code));
const brief = (ex: Example, max?: Points) => check(ex, max).map((f) => [f.rule, f.stated, f.computed]);

describe('checkRubric', () => {
  it('1.3 as written: nothing below 50% and nothing at exactly 80% ("trên 80%" vs "từ 70% đến 80%")', () => {
    const findings = check(planCompletion);
    expect(findings).toEqual([
      {
        rule: 'band-gap',
        code: '1.3',
        severity: 'error',
        message: {
          vi: 'Tỷ lệ từ 0% đến dưới 50% không thuộc mức nào (cạnh mức "Thực hiện từ 50% đến dưới 70% kế hoạch")',
          en: 'No band covers percentages from 0% to under 50% (next to "Thực hiện từ 50% đến dưới 70% kế hoạch")',
        },
        stated: '50–70',
        computed: '0–50',
      },
      {
        rule: 'band-gap',
        code: '1.3',
        severity: 'error',
        message: {
          vi: 'Tỷ lệ đúng 80% không thuộc mức nào (giữa mức "Thực hiện từ 70% đến 80% kế hoạch" và mức "Thực hiện trên 80% kế hoạch")',
          en: 'No band covers exactly 80% (between "Thực hiện từ 70% đến 80% kế hoạch" and "Thực hiện trên 80% kế hoạch")',
        },
        stated: '70–80',
        computed: '80',
      },
    ]);
  });

  it('1.3 read the other way ("trên 80%" from 80% inclusive, "đến 80%" inclusive): 80% is claimed twice', () => {
    const rubric: Rubric = {
      type: 'percent-bands',
      bands: [
        { from: 8000, to: null, points: points(2), label: 'Thực hiện trên 80% kế hoạch' },
        { from: 7000, to: 8000, toInclusive: true, points: points(1), label: 'Thực hiện từ 70% đến 80% kế hoạch' },
        { from: 5000, to: 7000, points: points(0), label: 'Thực hiện từ 50% đến dưới 70% kế hoạch' },
      ],
    };
    const findings = checkRubric(node(rubric, points(2)));
    expect(findings.map((f) => f.rule)).toEqual(['band-gap', 'band-overlap']);
    expect(findings[1]).toMatchObject({
      stated: '80–; 70–80',
      computed: '80',
      message: {
        vi: 'Tỷ lệ đúng 80% thuộc cùng lúc 2 mức: "Thực hiện trên 80% kế hoạch", "Thực hiện từ 70% đến 80% kế hoạch"',
        en: 'Exactly 80% falls in 2 bands at once: "Thực hiện trên 80% kế hoạch", "Thực hiện từ 70% đến 80% kế hoạch"',
      },
    });
  });

  it('a wide overlap is described as a range', () => {
    const rubric: Rubric = {
      type: 'percent-bands',
      bands: [
        { from: 9000, to: null, points: points(1), label: 'Từ 90% - 100%' },
        { from: 8000, to: 9500, points: parsePoints('0,5'), label: 'Từ 80% - dưới 95%' },
        { from: null, to: 8000, points: points(0), label: 'Dưới 80%' },
      ],
    };
    expect(checkRubric(node(rubric, points(1)))).toMatchObject([
      { rule: 'band-overlap', stated: '90–; 80–95', computed: '90–95', message: { vi: 'Tỷ lệ từ 90% đến dưới 95% thuộc cùng lúc 2 mức: "Từ 90% - 100%", "Từ 80% - dưới 95%"' } },
    ]);
  });

  it('well-encoded real rubrics have no findings', () => {
    for (const ex of ALL_EXAMPLES.filter((e) => e !== planCompletion)) expect(check(ex), ex.code).toEqual([]);
  });

  it('level-exceeds-max: a level, a checklist total, a cap, a yes worth more than the node', () => {
    // Fixture 001 item 6 lists "Sáng kiến được Chủ tịch UBND tỉnh công nhận" at 3 under a criterion of 3;
    // as a node of 2 that level is out of range.
    const levels: Rubric = {
      type: 'levels',
      levels: [
        { id: 'tinh', label: 'Sáng kiến được Chủ tịch UBND tỉnh công nhận', points: points(3) },
        { id: 'none', label: 'Trong năm không có sáng kiến được công nhận', points: points(0) },
      ],
    };
    const findings = checkRubric(node(levels, points(2), '6'));
    expect(findings).toEqual([
      {
        rule: 'level-exceeds-max',
        code: '6',
        severity: 'error',
        message: {
          vi: '"Sáng kiến được Chủ tịch UBND tỉnh công nhận" được 3 điểm, vượt điểm tối đa 2 của tiêu chí',
          en: '"Sáng kiến được Chủ tịch UBND tỉnh công nhận" is worth 3, more than the criterion\'s maximum of 2',
        },
        stated: '3',
        computed: '2',
      },
    ]);
    expect(brief(qualityReport, points(3))).toEqual([['level-exceeds-max', '4', '3']]);
    expect(brief({ ...initiatives, rubric: { type: 'count', perItem: points(2), cap: points(5) } })).toEqual([['level-exceeds-max', '5', '3']]);
    expect(checkRubric(node({ type: 'yes-no', yes: points(2) }, points(1))).map((f) => f.rule)).toEqual(['level-exceeds-max']);
    expect(brief(planIssued, points(1))).toEqual([['level-exceeds-max', '2', '1']]);
  });

  it('max-unreachable: the best level is below the node', () => {
    expect(brief(onTimeFiles, points(5))).toEqual([['max-unreachable', '5', '4']]);
    expect(check(onTimeFiles, points(5))[0]!.message.vi).toBe('Mức cao nhất của cách tính điểm chỉ đạt 4 điểm, thấp hơn điểm tối đa 5 của tiêu chí');
    // A manual score in steps of 0,25 can never reach a max of 1,1.
    expect(checkRubric(node({ type: 'manual' }, parsePoints('1,1'))).map((f) => [f.rule, f.stated, f.computed])).toEqual([['max-unreachable', '1.1', '1']]);
    // A band entirely above 100 % cannot be awarded.
    const above: Rubric = {
      type: 'percent-bands',
      bands: [
        { from: 12000, to: null, points: points(2), label: 'Vượt kế hoạch 20%' },
        { from: null, to: 12000, points: points(1), label: 'Còn lại' },
      ],
    };
    expect(checkRubric(node(above, points(2))).map((f) => f.rule)).toEqual(['max-unreachable', 'invalid-value']);
  });

  it('deadline tiers: no open-ended tier is a gap; two tiers with the same limit overlap', () => {
    const noTop: Rubric = { ...selfAssessmentReport.rubric, tiers: (selfAssessmentReport.rubric as Rubric & { type: 'deadline' }).tiers.slice(0, 2) } as Rubric;
    expect(checkRubric(node(noTop, points(2), 'III'))).toEqual([
      {
        rule: 'band-gap',
        code: 'III',
        severity: 'error',
        message: { vi: 'Văn bản chậm từ 4 ngày trở lên không thuộc mức nào', en: 'No tier covers a document 4 or more days late' },
        stated: '3',
        computed: '4–',
      },
    ]);
    const twice: Rubric = {
      type: 'deadline',
      missingPoints: points(0),
      tiers: [
        { maxDaysLate: 0, points: points(2), label: 'Đúng hạn' },
        { maxDaysLate: 9, points: points(1), label: 'Chậm dưới 10 ngày' },
        { maxDaysLate: 9, points: parsePoints('0,5'), label: 'Chậm không quá 9 ngày' },
        { maxDaysLate: null, points: points(0), label: 'Chậm từ 10 ngày trở lên' },
      ],
    };
    expect(checkRubric(node(twice, points(2)))).toMatchObject([
      { rule: 'band-overlap', stated: '9; 9', computed: '1–9', message: { vi: 'Văn bản chậm từ 1 đến 9 ngày thuộc cùng lúc 2 mức: "Chậm dưới 10 ngày", "Chậm không quá 9 ngày"' } },
    ]);
  });

  it('invalid values: repeated ids, negative day limits, bad deadlines, zero steps', () => {
    const dup: Rubric = { type: 'levels', levels: [{ id: 'a', label: 'A', points: points(1) }, { id: 'a', label: 'B', points: points(0) }] };
    expect(checkRubric(node(dup, points(1))).map((f) => [f.rule, f.stated])).toEqual([['invalid-value', 'a']]);
    const bad: Rubric = { type: 'deadline', deadline: '2023-02-30', missingPoints: points(0), tiers: [{ maxDaysLate: -1, points: points(1), label: 'Sớm' }, { maxDaysLate: null, points: points(1), label: 'Bất kể' }] };
    expect(checkRubric(node(bad, points(1))).map((f) => [f.rule, f.stated])).toEqual([['invalid-value', '-1'], ['invalid-value', '2023-02-30']]);
    expect(checkRubric(node({ type: 'proportional', step: 0 as Points }, points(1))).map((f) => f.rule)).toEqual(['invalid-value']);
    expect(checkRubric(node({ type: 'deduction', perItem: 0 as Points }, points(1))).map((f) => f.rule)).toEqual(['invalid-value']);
  });

  it('a node without a rubric has nothing to check', () => {
    expect(checkRubric(node(undefined, points(5)))).toEqual([]);
  });
});

describe('bestPoints', () => {
  it('is the best attainable score within [0, max]', () => {
    expect(ALL_EXAMPLES.map((e) => bestPoints(e.rubric, e.max) === e.max)).toEqual(ALL_EXAMPLES.map(() => true));
    expect(bestPoints(onTimeFiles.rubric, points(5))).toBe(points(4));
    expect(bestPoints(qualityReport.rubric, points(3))).toBe(points(3));
    expect(bestPoints({ type: 'manual' }, parsePoints('1,1'))).toBe(points(1));
    expect(bestPoints({ type: 'count', perItem: 0 as Points }, points(3))).toBe(0);
    expect(bestPoints({ ...taskRating.rubric, levels: [{ id: 'x', label: 'x', share: 5000 }] } as Rubric, points(4))).toBe(points(2));
  });
});

describe('describeRubric', () => {
  it('one line per level, with the working rule, in both languages', () => {
    expect(describeRubric(planIssued.rubric, planIssued.max, 'vi')).toEqual([
      'Trước và đúng thời gian quy định (đúng hạn hoặc sớm hơn): 2 điểm',
      'Chậm dưới 10 ngày so với thời gian quy định (chậm từ 1 đến 9 ngày): 1 điểm',
      'Không ban hành hoặc ban hành chậm từ 10 ngày trở lên (chậm từ 10 ngày trở lên): 0 điểm',
      'Không ban hành hoặc ban hành chậm từ 10 ngày trở lên (không có văn bản): 0 điểm',
    ]);
    expect(describeRubric(onTimeFiles.rubric, onTimeFiles.max, 'en')[1]).toBe('Từ 95% - dưới 100% hồ sơ TTHC được giải quyết đúng hạn và trước hạn (from 95% to under 100%): 3 points');
    expect(describeRubric(taskRating.rubric, taskRating.max, 'en')).toEqual(['Excellent: 100% × 4 = 4 points', 'Good: 75% × 4 = 3 points', 'Done: 50% × 4 = 2 points', 'Not done: 0% × 4 = 0 points']);
    expect(describeRubric({ type: 'deduction', perItem: parsePoints('0,75'), itemLabel: 'tiêu chí không đạt yêu cầu' }, points(3), 'vi')).toEqual([
      'Mỗi tiêu chí không đạt yêu cầu trừ 0,75 điểm từ 3 điểm, thấp nhất 0 điểm',
    ]);
    expect(describeRubric(initiatives.rubric, initiatives.max, 'vi')).toEqual(['Mỗi sáng kiến được Chủ tịch UBND tỉnh công nhận: 2 điểm, tối đa 3 điểm']);
    expect(describeRubric({ type: 'manual' }, points(2), 'en')).toEqual(['The scorer enters points from 0 to 2 points, step 0.25']);
    expect(describeRubric({ type: 'proportional' }, points(2), 'vi')).toEqual(['Điểm = 2 × tử số ÷ mẫu số, làm tròn đến 0,01']);
    expect(describeRubric({ type: 'yes-no' }, points(1), 'vi')).toEqual(['Có: 1 điểm', 'Không: 0 điểm']);
    for (const ex of ALL_EXAMPLES) {
      expect(describeRubric(ex.rubric, ex.max, 'vi').length, ex.code).toBeGreaterThan(0);
      expect(expectedInput(ex.rubric)).toBeTruthy();
    }
  });
});
