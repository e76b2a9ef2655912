import { expect, it } from 'vitest';
import { describeEachApp, type TestApp } from '../../../test/support/app';

async function draftPeriod(t: TestApp, token: Awaited<ReturnType<TestApp['login']>>) {
  const units = (await t.inject(token, 'GET', '/api/units?type=department')).json<{ id: string }[]>();
  const frameworks = (await t.inject(token, 'GET', '/api/frameworks')).json<{ id: string; unitType: string }[]>();
  const res = await t.inject(token, 'POST', '/api/periods', {
    name: 'Đánh giá 6 tháng đầu năm 2026',
    kind: 'half-year',
    year: 2026,
    unitType: 'department',
    frameworkId: frameworks.find((f) => f.unitType === 'department')!.id,
    dataStart: '2026-01-01',
    dataEnd: '2026-06-15',
    selfAssessmentDeadline: '2026-06-30',
    appraisalStart: '2026-07-01',
    appraisalEnd: '2026-07-31',
    unitIds: units.slice(0, 3).map((u) => u.id),
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; status: string; unitIds: string[]; frameworkVersion: string }>();
}

describeEachApp('periods', (getApp) => {
  it('walks draft → open → appraisal → closed → published and refuses skips and returns', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const p = await draftPeriod(t, organiser);
    expect(p.status).toBe('draft');
    expect(p.unitIds).toHaveLength(3);
    expect(p.frameworkVersion).toBe('1');
    const go = (to: string) => t.inject(organiser, 'POST', `/api/periods/${p.id}/transition`, { to });

    const skip = await go('appraisal');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('conflict');
    for (const to of ['open', 'appraisal', 'closed']) {
      const res = await go(to);
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe(to);
    }
    // Publishing waits for every unit's finalised appraisal (issue 6) and lists those missing.
    const publish = await go('published');
    expect(publish.statusCode).toBe(409);
    expect(publish.json().error.details).toHaveLength(3);
    expect((await go('open')).statusCode).toBe(409);
    expect((await go('closed')).statusCode).toBe(409);
  });

  it('freezes the framework once open; refuses changes after closing', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const p = await draftPeriod(t, organiser);
    await t.inject(organiser, 'POST', `/api/periods/${p.id}/transition`, { to: 'open' });
    const res = await t.inject(organiser, 'PATCH', `/api/periods/${p.id}`, { unitType: 'commune' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.field).toBe('unitType');
    const rename = await t.inject(organiser, 'PATCH', `/api/periods/${p.id}`, { name: 'Đợt đã đổi tên', selfAssessmentDeadline: '2026-06-29' });
    expect(rename.statusCode).toBe(200);
    expect(rename.json().name).toBe('Đợt đã đổi tên');
  });

  it('checks dates, units and the framework’s unit type, naming the field', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const p = await draftPeriod(t, organiser);
    const late = await t.inject(organiser, 'PATCH', `/api/periods/${p.id}`, { dataEnd: '2025-12-31' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.field).toBe('dataEnd');
    const badDate = await t.inject(organiser, 'PATCH', `/api/periods/${p.id}`, { dataEnd: '2026-02-30' });
    expect(badDate.json().error.field).toBe('dataEnd');
    const communes = (await t.inject(organiser, 'GET', '/api/units?type=commune')).json<{ id: string }[]>();
    const wrongType = await t.inject(organiser, 'PATCH', `/api/periods/${p.id}`, { unitIds: [communes[0]!.id] });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.field).toBe('unitIds.0');
  });

  it('lets only organisers and admins create or move periods', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const p = await draftPeriod(t, organiser);
    for (const username of ['bientap', 'lanhdao', 'thamdinh', 'chutich', 'xem']) {
      const s = await t.login(username);
      const res = await t.inject(s, 'POST', `/api/periods/${p.id}/transition`, { to: 'open' });
      expect(res.statusCode, username).toBe(403);
      expect((await t.inject(s, 'GET', `/api/periods/${p.id}`)).statusCode, username).toBe(200);
    }
  });

  it('records each change in the audit log with before and after', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const p = await draftPeriod(t, organiser);
    await t.inject(organiser, 'POST', `/api/periods/${p.id}/transition`, { to: 'open' });
    const log = await t.inject(organiser, 'GET', `/api/audit?entityType=period&entityId=${p.id}`);
    expect(log.statusCode).toBe(200);
    const entries = log.json<{ action: string; username: string; before: unknown; after: unknown }[]>();
    expect(entries.map((e) => e.action)).toEqual(['period.transition', 'period.create']);
    expect(entries[0]).toMatchObject({ username: 'noivu', before: { status: 'draft' }, after: { status: 'open' } });
    const editor = await t.login('bientap');
    expect((await t.inject(editor, 'GET', '/api/audit')).statusCode).toBe(403);
  });

  it('the demo period is open and the home pages say what to do', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const periods = (await t.inject(organiser, 'GET', '/api/periods')).json<{ name: string; status: string; unitIds: string[] }[]>();
    const demo = periods.find((p) => p.name === 'Đánh giá Chỉ số CCHC năm 2026')!;
    expect(demo.status).toBe('open');
    const home = (await t.inject(organiser, 'GET', '/api/home')).json();
    expect(home.role).toBe('organiser');
    expect(home.tasks[0].message.vi).toBe(`${demo.unitIds.length} đơn vị chưa nộp báo cáo tự đánh giá (${demo.name})`);
    expect(home.deadlines[0]).toMatchObject({ kind: 'self-assessment', daysLeft: 14 });
    const editorHome = (await t.inject(await t.login('bientap'), 'GET', '/api/home')).json();
    expect(editorHome.tasks[0].message.vi).toMatch(/^Hoàn thành tự đánh giá/);
  });
});
