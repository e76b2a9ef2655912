import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../framework';
import type { Finding } from '../findings';
import { frameworkOf } from '../format/arbitrary.test-helpers';
import { setFile } from '../format/file.test-helpers';
import { parseFramework } from '../format/parse';
import { parsePoints } from '../points';
import type { SurveySettings } from '../survey/settings';
import { validateFramework } from './framework';

const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.nodeId ?? 'set'}`);

function surveyLeaf(code: string, survey?: SurveySettings, extra: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id: code, code, name: `Hài lòng ${code}`, max: parsePoints('3'), children: [], scoredBy: 'survey', rubric: { type: 'manual' }, ...(survey && { survey }), ...extra };
}
function set(survey: SurveySettings | undefined, leaves: FrameworkNode[]) {
  const max = leaves.reduce((a, l) => a + l.max, 0) as FrameworkNode['max'];
  return frameworkOf([{ id: '1', code: '1', name: 'Sự hài lòng', max, children: leaves }], survey ? { survey } : {});
}
const shares = (...list: [string, number][]) => list.map(([answer, pct]) => ({ answer, share: pct * 100 }));

describe('validateFramework: survey rules', () => {
  it('is clean on a scale with a 100 % answer, unique labels and positive weights', () => {
    const fw = set({ answers: shares(['A', 100], ['B', 75], ['C', 0]), groups: [{ name: 'Người dân', weight: parsePoints('2') }, { name: 'Doanh nghiệp' }] }, [surveyLeaf('1.1', { answers: shares(['Có', 100], ['Không', 0]) })]);
    expect(validateFramework(fw)).toEqual([]);
  });

  it('fewer than two answers: survey-too-few-answers, on the set or on the criterion', () => {
    const fw = set({ answers: shares(['A', 100]) }, [surveyLeaf('1.1', { answers: [] })]);
    const fs = validateFramework(fw);
    expect(rules(fs)).toEqual(['survey-too-few-answers@set', 'survey-too-few-answers@1.1']);
    expect(fs[0]).toMatchObject({ code: null, severity: 'error', stated: '1', computed: '2' });
    expect(fs[0]!.message.vi).toBe('Quy tắc điều tra xã hội học của bộ tiêu chí: cần ít nhất 2 phương án trả lời, hiện có 1');
    expect(fs[1]!.message.en).toBe('Item 1.1, survey rule: needs at least 2 answers, has 0');
  });

  it('repeated answer labels (case and spaces ignored) and repeated groups: survey-duplicate-answer', () => {
    const fw = set({ answers: shares(['A', 100], [' a', 50], ['B', 0]), groups: [{ name: 'Người dân' }, { name: 'người  dân' }] }, [surveyLeaf('1.1')]);
    const fs = validateFramework(fw);
    expect(rules(fs)).toEqual(['survey-duplicate-answer@set', 'survey-duplicate-answer@set']);
    expect(fs[0]!.message.vi).toContain('phương án " a" bị trùng với "A"');
    expect(fs[1]!.message.en).toContain('respondent group "người  dân" appears twice');
  });

  it('a best answer below 100 % is an error unless a note explains it', () => {
    const scale = shares(['A', 90], ['B', 50], ['C', 0]);
    const fs = validateFramework(set(undefined, [surveyLeaf('1.1', { answers: scale })]));
    expect(rules(fs)).toEqual(['survey-best-below-full@1.1']);
    expect(fs[0]).toMatchObject({ code: '1.1', stated: '90', computed: '100', severity: 'error' });
    expect(fs[0]!.message.vi).toBe('Mục 1.1, quy tắc điều tra xã hội học: phương án tốt nhất chỉ được 90% nên không đơn vị nào đạt đủ điểm tối đa; đặt phương án tốt nhất là 100% hoặc ghi lý do vào "note"');
    expect(validateFramework(set(undefined, [surveyLeaf('1.1', { answers: scale, note: 'Theo Quyết định 12/QĐ-UBND: mức cao nhất 90%' })]))).toEqual([]);
  });

  it('shares outside 0–100 % or finer than hundredths, non-positive weights and steps: invalid-value', () => {
    const fw = set({ answers: [{ answer: 'A', share: 10_000 }, { answer: 'B', share: 12_000 }, { answer: 'C', share: 33.5 }], groups: [{ name: 'X', weight: 0 as never }], step: 0 as never }, [surveyLeaf('1.1')]);
    const fs = validateFramework(fw);
    expect(rules(fs)).toEqual(['invalid-value@set', 'invalid-value@set', 'invalid-value@set', 'invalid-value@set']);
    expect(fs[0]!.message.vi).toContain('tỷ lệ của phương án "B" (120%) phải là số phần trăm từ 0 đến 100');
  });

  it('a survey rule on a criterion that is not survey-scored is ignored, with a warning', () => {
    const fw = set(undefined, [surveyLeaf('1.1', { step: parsePoints('0.25') }, { scoredBy: 'unit', rubric: { type: 'yes-no' } })]);
    const fs = validateFramework(fw);
    expect(rules(fs)).toEqual(['invalid-value@1.1']);
    expect(fs[0]!.severity).toBe('warning');
  });

  it('a file breaking the rules still loads, so every finding is reported at once', () => {
    const r = parseFramework(
      setFile(
        'x',
        'X',
        `survey:
  answers:
    - { answer: A, share: 80 }
    - { answer: A, share: 40 }
bands: []
nodes:
  - { code: "1", name: Hài lòng, max: 2, scoredBy: survey, rubric: { type: manual } }
`,
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(rules(validateFramework(r.framework))).toEqual(['survey-duplicate-answer@set', 'survey-best-below-full@set']);
  });
});
