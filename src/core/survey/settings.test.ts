import { describe, expect, it } from 'vitest';
import { parsePoints, toDecimalString } from '../points';
import { answersToPercent, DEFAULT_ANSWER_SHARES, surveyPoints, type GroupFigure } from './convert';
import { DEFAULT_WEIGHT, findGroup, resolveSurvey, ruleOf, sharesText, type SurveySettings } from './settings';

// A province's own scale: A 100 %, B 75 %, C 33,33 %, D 0 %; citizens count twice, businesses half.
const SET: SurveySettings = {
  answers: [
    { answer: 'A', label: 'Rất hài lòng', share: 10_000 },
    { answer: 'B', label: 'Hài lòng', share: 7_500 },
    { answer: 'C', label: 'Bình thường', share: 3_333 },
    { answer: 'D', label: 'Không hài lòng', share: 0 },
  ],
  groups: [{ name: 'Người dân', weight: parsePoints('2') }, { name: 'Doanh nghiệp', weight: parsePoints('0,5') }, { name: 'Công chức' }],
};

function points(max: string, figures: GroupFigure[], settings: { set?: SurveySettings; node?: SurveySettings } = {}) {
  const rule = resolveSurvey(settings.set, settings.node);
  const weighted = figures.map((f) => ({ ...f, weight: findGroup(rule, f.group)?.weight ?? DEFAULT_WEIGHT }));
  const r = surveyPoints(parsePoints(max), weighted, ruleOf(rule));
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return toDecimalString(r.points);
}

describe('survey conversion with the set’s own shares', () => {
  it('converts answer counts with the set’s shares, exact to 0,01 and half-up', () => {
    // 1 A + 1 B = (100 + 75) / 2 = 87,5 % of 3 = 2,625 → 2,63 (half-up; not 2,62)
    expect(points('3', [{ group: 'Người dân', kind: 'answers', counts: { A: 1, B: 1 } }], { set: SET })).toBe('2.63');
    // The same counts with the default shares (B 60 %) give 80 % of 3 = 2,4.
    expect(points('3', [{ group: 'Người dân', kind: 'answers', counts: { A: 1, B: 1 } }])).toBe('2.4');
    // 3 C = 33,33 % of 3 = 0,9999 → 1 (one rounding, at the end)
    expect(points('3', [{ group: 'Người dân', kind: 'answers', counts: { C: 3 } }], { set: SET })).toBe('1');
  });

  it('weights the groups: (2 × 93,75 % + 0,5 × 60 %) / 2,5 = 87 % of 1,5 = 1,305 → 1,31', () => {
    const figures: GroupFigure[] = [
      { group: 'người dân', kind: 'answers', counts: { A: 3, B: 1, C: 0, D: 0 } }, // (300 + 75) / 4 = 93,75 %
      { group: 'Doanh nghiệp', kind: 'percent', percent: parsePoints('60') },
    ];
    expect(points('1,5', figures, { set: SET })).toBe('1.31');
  });

  it('thirds stay exact: 1 A + 1 C + 1 D = 44,443… % of 7 = 3,111… → 3,11', () => {
    // (10 000 + 3 333 + 0) / 3 / 10 000 × 7 = 3,11103…
    expect(points('7', [{ group: 'Công chức', kind: 'answers', counts: { A: 1, C: 1, D: 1 } }], { set: SET })).toBe('3.11');
  });

  it('a criterion overrides the set key by key: its answers and step, the set’s groups', () => {
    const node: SurveySettings = { answers: [{ answer: '1', share: 10_000 }, { answer: '2', share: 5_000 }], step: parsePoints('0,25') };
    const rule = resolveSurvey(SET, node);
    expect(rule).toMatchObject({ answersFrom: 'criterion', groupsFrom: 'set', step: 2_500 });
    // 2 × "1" + 1 × "2" = 83,33 % of 3 = 2,5 exactly on the 0,25 grid
    expect(points('3', [{ group: 'Người dân', kind: 'answers', counts: { '1': 2, '2': 1 } }], { set: SET, node })).toBe('2.5');
    // An answer of the set's scale is not on the criterion's own.
    const r = surveyPoints(parsePoints('3'), [{ group: 'g', kind: 'answers', counts: { A: 1 } }], ruleOf(rule));
    expect(r.ok).toBe(false);
  });

  it('falls back to the defaults and says where each part came from', () => {
    expect(resolveSurvey(undefined, undefined)).toMatchObject({ answers: DEFAULT_ANSWER_SHARES, answersFrom: 'default', groups: null, groupsFrom: 'default', step: 100 });
    expect(resolveSurvey(SET, undefined)).toMatchObject({ answersFrom: 'set', groupsFrom: 'set' });
  });

  it('answersToPercent uses the given shares; sharesText writes them per language', () => {
    expect(answersToPercent({ A: 1, C: 1 }, SET.answers)).toBe(parsePoints('66.665'));
    expect(sharesText(SET.answers!)).toEqual({ vi: 'A 100%, B 75%, C 33,33%, D 0%', en: 'A 100%, B 75%, C 33.33%, D 0%' });
  });
});
