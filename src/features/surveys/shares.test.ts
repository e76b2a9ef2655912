// Survey figures converted with the criteria set's own survey rule (testdata/test-commune-survey-
// shares.yaml): A 100 %, B 75 %, C 33,33 %, D 0 %; citizens weigh 2, businesses 1; criterion 2.2
// has its own two-answer scale (Có 100 %, Không 0 %). On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import { describeEachApp, type Session, type TestApp } from '../../../test/support/app';
import type { SurveyFigure, SurveyView } from '../../shared/api/surveys';
import { communePeriod, uploadSurvey } from './testing';

const period = (t: TestApp) => communePeriod(t, { frameworkId: 'test-commune-survey-shares@1', name: 'Đánh giá xã, phường năm 2027 (thang riêng)' });
const upload = (t: TestApp, s: Session, periodId: string, fileName: string, content: string) => uploadSurvey(t, s, periodId, fileName, content, 'text/csv');
const view = async (t: TestApp, s: Session, periodId: string) => (await t.inject(s, 'GET', `/api/periods/${periodId}/surveys`)).json<SurveyView>();

describeEachApp('survey points with the set’s own answer shares', (getApp) => {
  it('shows each criterion’s rule: the set’s scale and weights, 2.2’s own scale', async () => {
    const t = getApp();
    const { periodId, organiser } = await period(t);
    const v = await view(t, organiser, periodId);
    expect(v.answerShares).toEqual([{ answer: 'A', percent: '100' }, { answer: 'B', percent: '75' }, { answer: 'C', percent: '33.33' }, { answer: 'D', percent: '0' }]);
    const [c1, c2] = v.criteria;
    expect(c1!.rule).toMatchObject({ answersFrom: 'set', groupsFrom: 'set', step: '0.01', groups: [{ name: 'Người dân', weight: '2' }, { name: 'Doanh nghiệp', weight: '1' }] });
    expect(c1!.rule.answers.map((a) => `${a.answer}:${a.percent}:${a.label}`)).toEqual(['A:100:Rất hài lòng', 'B:75:Hài lòng', 'C:33.33:Bình thường', 'D:0:Không hài lòng']);
    expect(c2!.rule).toMatchObject({ answersFrom: 'criterion', groupsFrom: 'set', answers: [{ answer: 'Có', percent: '100' }, { answer: 'Không', percent: '0' }] });
  });

  it('converts typed answer counts with the set’s shares and weighs the groups, exact to 0,01 half-up', async () => {
    const t = getApp();
    const { periodId, organiser, units } = await period(t);
    const unitId = units[0]!.id;
    // 1 A + 1 B = (100 + 75) / 2 = 87,5 % (the default B 60 % would give 80 %); the group is
    // written the set's way whatever its case.
    const typed = await t.inject(organiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId, nodeId: '2.1', group: 'người dân', answers: { a: 1, B: 1 } });
    expect(typed.statusCode, typed.body).toBe(200);
    expect(typed.json<SurveyFigure>()).toMatchObject({
      kind: 'answers',
      value: '87.5',
      group: 'Người dân',
      answers: { A: 1, B: 1 },
      shares: [{ answer: 'A', percent: '100' }, { answer: 'B', percent: '75' }, { answer: 'C', percent: '33.33' }, { answer: 'D', percent: '0' }],
      source: { kind: 'manual' },
    });
    let v = await view(t, organiser, periodId);
    // 87,5 % of 3 = 2,625 → 2,63 (half-up, not 2,62)
    expect(v.results).toMatchObject([{ unitId, nodeId: '2.1', points: '2.63', groups: 1 }]);
    expect(v.results[0]!.explanation.vi).toContain('quy đổi phương án (của bộ tiêu chí): A 100%, B 75%, C 33,33%, D 0%');
    expect(v.results[0]!.explanation.en).toContain("answer shares (the set's): A 100%, B 75%, C 33.33%, D 0%");

    // Businesses 61,5 % with weight 1 against citizens' 87,5 % with weight 2:
    // (2 × 87,5 + 61,5) / 3 = 78,8333… % of 3 = 2,365 → 2,37.
    expect((await t.inject(organiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId, nodeId: '2.1', group: 'Doanh nghiệp', percent: '61.5' })).statusCode).toBe(200);
    v = await view(t, organiser, periodId);
    expect(v.results).toMatchObject([{ nodeId: '2.1', points: '2.37', groups: 2 }]);
    expect(v.results[0]!.explanation.vi).toContain('trọng số: Người dân 2, Doanh nghiệp 1');
    // The points reach the results.
    const unit = (await t.inject(organiser, 'GET', `/api/periods/${periodId}/results/units/${unitId}`)).json<{ nodes: { nodeId: string; survey: string | null }[] }>();
    expect(unit.nodes.find((n) => n.nodeId === '2.1')!.survey).toBe('2.37');

    // 2.2 has its own scale: "Có"/"Không" convert, "A" is refused naming the scale.
    const own = await t.inject(organiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId, nodeId: '2.2', group: 'Người dân', answers: { có: 2, Không: 1 } });
    expect(own.json<SurveyFigure>()).toMatchObject({ value: '66.6667', answers: { Có: 2, Không: 1 } });
    const wrong = await t.inject(organiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId, nodeId: '2.2', group: 'Người dân', answers: { A: 2 } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { field: 'answers', message: { vi: 'answers: phương án "A" không có trong thang trả lời của tiêu chí (Có, Không)' } } });
    // A group the set does not list is refused, naming the groups it does.
    const group = await t.inject(organiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId, nodeId: '2.1', group: 'Công chức', percent: '50' });
    expect(group.statusCode).toBe(400);
    expect(group.json()).toMatchObject({ error: { field: 'group', message: { en: 'group: group "Công chức" is not in the criteria set (expected one of: "Người dân", "Doanh nghiệp")' } } });
    v = await view(t, organiser, periodId);
    expect(v.results.find((r) => r.nodeId === '2.2')).toMatchObject({ points: '2' }); // 66,67 % of 3 = 2,0000…
  });

  it('imports answer counts per answer column, each criterion with its own scale; every bad cell named', async () => {
    const t = getApp();
    const { periodId, organiser, units } = await period(t);
    const [a, b] = units as [{ id: string; code: string }, { id: string; code: string }];
    const header = 'unit_code,criterion_code,group,answer_A,answer_B,answer_C,answer_D,Phương án Có,Phương án Không,percent';
    const bad = [header, `${a.code},2.1,Người dân,1,x,,,,,`, `${a.code},2.2,Người dân,3,,,,,,`, `${a.code},2.1,Công chức,,,,,,,40`, `${b.code},2.1,Doanh nghiệp,1,,,,,,50`].join('\n');
    const refused = await upload(t, organiser, periodId, 'phieu.csv', bad);
    expect(refused.statusCode).toBe(400);
    const errors = refused.json<{ applied: number; errors: { row: number; column: string; message: { vi: string } }[] }>();
    expect(errors.applied).toBe(0);
    expect(errors.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:answer_B', '3:answer_A', '4:group', '5:answer_A']);
    expect(errors.errors[1]!.message.vi).toBe('Dòng 3, cột "answer_A": phương án "A" không có trong thang trả lời của tiêu chí (Có, Không)');

    const good = [header, `${a.code},2.1,Người dân,3,1,0,0,,,`, `${a.code},2.2,Người dân,,,,,4,1,`, `${b.code},2.1,Doanh nghiệp,,,3,,,,`].join('\n');
    const res = await upload(t, organiser, periodId, 'phieu.csv', good);
    expect(res.statusCode, res.body).toBe(200);
    const v = await view(t, organiser, periodId);
    const fig = (unitId: string, nodeId: string) => v.figures.find((f) => f.unitId === unitId && f.nodeId === nodeId)!;
    // (3 × 100 + 1 × 75) / 4 = 93,75 %; file and row kept with the counts and shares.
    expect(fig(a.id, '2.1')).toMatchObject({ kind: 'answers', value: '93.75', answers: { A: 3, B: 1, C: 0, D: 0 }, source: { kind: 'file', fileName: 'phieu.csv', row: 2 } });
    expect(fig(a.id, '2.2')).toMatchObject({ value: '80', answers: { Có: 4, Không: 1 }, shares: [{ answer: 'Có', percent: '100' }, { answer: 'Không', percent: '0' }] });
    // 3 × C = 33,33 % of 3 = 0,9999 → 1
    expect(fig(b.id, '2.1')).toMatchObject({ value: '33.33', answers: { C: 3 } });
    const points = v.results.map((r) => `${r.unitId === a.id ? 'a' : 'b'} ${r.nodeId} ${r.points}`).sort();
    // a 2.1: 93,75 % of 3 = 2,8125 → 2,81; a 2.2: 80 % of 3 = 2,4; b 2.1: 1
    expect(points).toEqual(['a 2.1 2.81', 'a 2.2 2.4', 'b 2.1 1']);
  });
});
