import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import { communePeriod, uploadSurvey } from './testing';

describeEachApp('survey points', (getApp) => {
  it('imports a CSV: figures keep their source, groups are averaged into the criterion’s points', async () => {
    const t = getApp();
    const { periodId, organiser, units } = await communePeriod(t);
    const [a, b] = units as [{ id: string; code: string }, { id: string; code: string }];
    const csv = ['unit_code,criterion_code,group,score,percent', `${a.code},2.1,Người dân,,80`, `${a.code},2.1,Doanh nghiệp,,65`, `${a.code},2.2,Người dân,2.5,`, `${b.code},2.1,Người dân,,"72,5"`].join('\n');
    const res = await uploadSurvey(t, organiser, periodId, 'khao-sat.csv', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: 4, units: 2, criteria: 2, errors: [] });
    const view = (await t.inject(organiser, 'GET', `/api/periods/${periodId}/surveys`)).json<{ figures: { unitId: string; group: string; value: string; source: { fileName: string; row: number; importId: string } }[]; results: { unitId: string; nodeId: string; points: string }[] }>();
    expect(view.figures.find((f) => f.unitId === a.id && f.group === 'Doanh nghiệp')!.source).toMatchObject({ kind: 'file', fileName: 'khao-sat.csv', row: 3, importId: res.json().importId });
    // (80 % + 65 %) / 2 of 3 points = 2.175 → 2.18; B: 72.5 % of 3 = 2.175 → 2.18
    expect(view.results.map((r) => [r.unitId === a.id ? 'A' : 'B', r.nodeId, r.points]).sort()).toEqual([['A', '2.1', '2.18'], ['A', '2.2', '2.5'], ['B', '2.1', '2.18']]);
    const unit = (await t.inject(organiser, 'GET', `/api/periods/${periodId}/results/units/${a.id}`)).json<{ nodes: { nodeId: string; survey: string | null; final: string | null }[] }>();
    expect(unit.nodes.find((n) => n.nodeId === '2')).toMatchObject({ survey: '4.68', final: '4.68' });
  });

  it('wrong columns and unknown units or criteria: every row and column named, nothing applied', async () => {
    const t = getApp();
    const { periodId, organiser, units } = await communePeriod(t);
    const code = units[0]!.code;
    const badHeader = await uploadSurvey(t, organiser, periodId, 'sai-cot.csv', 'ma,criterion_code,diem\nX,2.1,3');
    expect(badHeader.statusCode).toBe(400);
    const cols = badHeader.json<{ errors: { row: number; column: string }[] }>().errors.map((e) => `${e.row}:${e.column}`);
    expect(cols).toEqual(['1:ma', '1:diem', '1:unit_code', '1:group', '1:score | percent']);
    const csv = ['unit_code,criterion_code,group,percent', `${code},2.1,Người dân,80`, 'XA-KHONG-CO,2.1,Người dân,70', `${code},9.9,Người dân,70`, `${code},1.1,Người dân,70`, `${code},2.2,,70`, `${code},2.2,Doanh nghiệp,120`, `${code},2.2,Doanh nghiệp,abc`].join('\n');
    const res = await uploadSurvey(t, organiser, periodId, 'khao-sat.csv', csv);
    expect(res.statusCode).toBe(400);
    const errors = res.json<{ applied: number; errors: { row: number; column: string; message: { vi: string; en: string } }[] }>();
    expect(errors.applied).toBe(0);
    expect(errors.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['3:unit_code', '4:criterion_code', '5:criterion_code', '6:group', '7:percent', '8:percent', '8:group']); // 8 also repeats row 7's unit, criterion and group
    expect(errors.errors[0]!.message.vi).toBe('Dòng 3, cột "unit_code": không có đơn vị mã "XA-KHONG-CO" trong đợt đánh giá');
    expect(errors.errors[0]!.message.en).toContain('Row 3, column "unit_code"');
    // The valid row 2 was not applied either.
    expect((await t.inject(organiser, 'GET', `/api/periods/${periodId}/surveys`)).json().figures).toEqual([]);
    // Headings in Vietnamese: a row's column is named as the file heads it; a missing column
    // is named in words with both headings it may have.
    const vi = await uploadSurvey(t, organiser, periodId, 'dieu-tra.csv', ['Mã đơn vị,Mã tiêu chí,Tỷ lệ (%)', 'XA-KHONG-CO,2.1,70'].join('\n'));
    expect(vi.json<{ errors: { message: { vi: string } }[] }>().errors.map((e) => e.message.vi)).toEqual(['Dòng 1, cột "group": thiếu cột nhóm đối tượng ở dòng tiêu đề (tiêu đề "group" hoặc "Nhóm đối tượng")']);
    const viRow = await uploadSurvey(t, organiser, periodId, 'dieu-tra.csv', ['Mã đơn vị,Mã tiêu chí,Nhóm đối tượng,Tỷ lệ (%)', 'XA-KHONG-CO,2.1,Người dân,70'].join('\n'));
    expect(viRow.json<{ errors: { row: number; column: string; message: { vi: string } }[] }>().errors).toMatchObject([{ row: 2, column: 'Mã đơn vị', message: { vi: 'Dòng 2, cột "Mã đơn vị": không có đơn vị mã "XA-KHONG-CO" trong đợt đánh giá' } }]);
  });

  it('reads .xlsx, takes manual entries by answer counts, and only organisers change figures', async () => {
    const t = getApp();
    const { periodId, organiser, units } = await communePeriod(t);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Khảo sát');
    ws.addRow(['Mã đơn vị', 'Mã tiêu chí', 'Nhóm đối tượng', 'Tỷ lệ']);
    ws.addRow([units[0]!.code, '2.1', 'Người dân', 90]);
    const res = await uploadSurvey(t, organiser, periodId, 'khao-sat.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    const manual = await t.inject(organiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId: units[0]!.id, nodeId: '2.1', group: 'Công chức', answers: { A: 10, B: 5, C: 5 } });
    expect(manual.statusCode, manual.body).toBe(200);
    // No survey rule in this set: the default shares A 100 %, B 60 %, C 20 %, D 0 % (10 A, 5 B, 5 C → 70 %).
    expect(manual.json()).toMatchObject({ kind: 'answers', value: '70', answers: { A: 10, B: 5, C: 5 }, shares: [{ answer: 'A', percent: '100' }, { answer: 'B', percent: '60' }, { answer: 'C', percent: '20' }, { answer: 'D', percent: '0' }], source: { kind: 'manual', fileName: null } });
    const view = (await t.inject(organiser, 'GET', `/api/periods/${periodId}/surveys`)).json<{ results: { nodeId: string; points: string; groups: number }[] }>();
    expect(view.results).toMatchObject([{ nodeId: '2.1', points: '2.4', groups: 2 }]); // (90 + 70) / 2 = 80 % of 3
    const notSurvey = await t.inject(organiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId: units[0]!.id, nodeId: '1.1', group: 'Người dân', percent: '50' });
    expect(notSurvey.json().error.field).toBe('nodeId');
    const appraiser = await t.login('thamdinh');
    expect((await t.inject(appraiser, 'PUT', `/api/periods/${periodId}/surveys/figures`, { unitId: units[0]!.id, nodeId: '2.1', group: 'X', percent: '50' })).statusCode).toBe(403);
    expect((await uploadSurvey(t, await t.login('bientap'), periodId, 'x.csv', 'a')).statusCode).toBe(403);
  });
});
