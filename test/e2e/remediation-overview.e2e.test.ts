// The organiser's overview of every unit's remediation plan, in a real browser against the real
// server, after a demo-like cycle: one department self-assesses and submits, is appraised with
// points lost on three items and finalised by the council chair; a second department is not
// finalised. The unit fills two rows of its plan (one overdue). The organiser (noivu) opens the
// overview from the cycle home and checks every figure against the unit's plan, filters, opens
// the plan read-only, and exports all plans as one .xlsx.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { add, formatPoints, parsePoints, sub, toDecimalString, ZERO } from '../../src/core/points';
import type { RemediationPlan } from '../../src/shared/api/remediation';
import { answerAll, appraiseQueue, call } from './cycle-seed';
import type { ApiSession } from './cycle-seed';
import { RemediationPage } from './pages/remediation-page';
import { RemediationOverviewPage } from './pages/remediation-overview-page';
import { screenshot } from './support/browser';
import { browserSession } from './support/session';

const session = browserSession();
let organiser: ApiSession;
let periodId = '';
let unitA = { id: '', name: '' };
let unitB = { id: '', name: '' };
let plan: RemediationPlan;
let unitTypeName = '';

/** The appraiser scores every item of the queue: three items half a point (or all) below the max, the rest as the unit declared. */
async function appraise(): Promise<void> {
  let lowered = 0;
  await appraiseQueue(await session.apiLogin('thamdinh'), periodId, (q) => {
    const max = parsePoints(q.max);
    if (lowered >= 3 || max < parsePoints('1')) return null;
    lowered++;
    return { points: toDecimalString(sub(max, parsePoints('0.5'))), comment: 'Chưa đủ tài liệu kiểm chứng cho toàn bộ nội dung.' };
  });
  expect(lowered).toBe(3);
}

beforeAll(async () => {
  organiser = await session.apiLogin('noivu');
  const editor = await session.apiLogin('bientap');
  unitA = { id: editor.user.unitId ?? '', name: editor.user.unitName ?? '' };
  const periods = await call<{ id: string; status: string; unitType: string }[]>(organiser, 'GET', '/periods');
  const period = periods.find((p) => p.status === 'open')!;
  periodId = period.id;
  // A second unit of the period's type (the demo period uses the bundled set's district departments).
  const units = await call<{ id: string; name: string }[]>(organiser, 'GET', `/units?type=${period.unitType}`);
  const other = units.find((u) => u.id !== unitA.id)!;
  unitB = { id: other.id, name: other.name };
  const types = await call<{ id: string; name: { vi: string } }[]>(organiser, 'GET', '/unit-types');
  unitTypeName = types.find((t) => t.id === period.unitType)!.name.vi;
  await call(organiser, 'PATCH', `/periods/${periodId}`, { unitIds: [unitA.id, unitB.id] });

  // Self-assessment of A, submitted by its leader.
  const view = await answerAll(editor, periodId, unitA.id, new Set());
  const leader = await session.apiLogin('lanhdao');
  await call(leader, 'POST', `/assessments/${view.assessment.id}/submit`, { confirm: true });
  // Appraisal: thamdinh assigned to every field of A; three items lose points; the chair finalises.
  await call(organiser, 'POST', `/periods/${periodId}/transition`, { to: 'appraisal' });
  const assignments = await call<{ fields: { id: string }[]; assignments: { userId: string; username: string }[] }>(organiser, 'GET', `/periods/${periodId}/appraisal/assignments`);
  const appraiserId = assignments.assignments.find((a) => a.username === 'thamdinh')!.userId;
  await call(organiser, 'PUT', `/periods/${periodId}/appraisal/assignments/${appraiserId}`, { fields: assignments.fields.map((f) => f.id), unitIds: [unitA.id] });
  await appraise();
  const chair = await session.apiLogin('chutich');
  await call(chair, 'POST', `/assessments/${view.assessment.id}/appraisal/finalise`, {});

  // The unit fills two rows: one done, one in progress whose time frame has passed (overdue).
  plan = await call<RemediationPlan>(editor, 'GET', `/periods/${periodId}/units/${unitA.id}/remediation`);
  expect(plan.rows.length).toBeGreaterThanOrEqual(3);
  const [first, second] = plan.rows as [RemediationPlan['rows'][number], RemediationPlan['rows'][number]];
  await call(editor, 'PATCH', `/remediation/${first.id}`, { baseVersion: first.version, solution: 'Bổ sung tài liệu kiểm chứng, rà soát hằng quý.', leadAgency: 'Văn phòng Sở', cooperatingAgencies: 'Các phòng chuyên môn', timeFrame: 'Quý I/2020', status: 'in-progress' });
  await call(editor, 'PATCH', `/remediation/${second.id}`, { baseVersion: second.version, solution: 'Ban hành quy chế phối hợp.', leadAgency: 'Phòng Tổ chức', timeFrame: 'Năm 2099', status: 'done' });
}, 300_000);

describe("the organiser's overview of remediation plans", () => {
  it('opens from the cycle home and shows each unit’s figures, most points to regain first', async () => {
    const page = await session.loginAs('noivu');
    await page.goto('/#/appraisal');
    await page.locator(`[data-testid="cycle-period"][data-period-id="${periodId}"] [data-testid="cycle-link-remediation-all"]`).click();
    const overview = new RemediationOverviewPage(page);
    await overview.waitLoaded();
    expect(page.url()).toContain(`#/periods/${periodId}/remediation`);

    const lost = plan.rows.reduce((a, r) => add(a, parsePoints(r.lost)), ZERO);
    expect(await overview.units()).toEqual([unitA.name, unitB.name]);
    const a = overview.row(unitA.name);
    expect(await a.getAttribute('data-lost')).toBe(toDecimalString(lost));
    expect(await a.getAttribute('data-rows')).toBe(String(plan.rows.length));
    expect(await a.getAttribute('data-filled')).toBe('2');
    expect(await a.getAttribute('data-overdue')).toBe('1');
    // What the organiser reads: points with a decimal comma, filled x/y, statuses, overdue.
    const cells = (await a.locator('td').allInnerTexts()).map((t) => t.trim());
    expect(cells).toContain(formatPoints(lost, 'vi'));
    expect(cells).toContain(`2/${plan.rows.length}`);
    expect(cells.slice(4, 8)).toEqual([String(plan.rows.length - 2), '1', '1', '1']); // not started, in progress, done, overdue
    expect(cells[8]).toMatch(/^\d{2}\/\d{2}\/\d{4}/); // last update
    const b = await overview.row(unitB.name).innerText();
    expect(b).toContain('Chưa chốt kết quả');
    expect(b).toContain('Chưa cập nhật');
    expect(await overview.summary.innerText()).toBe(`2 đơn vị · 1 đơn vị có kế hoạch · ${formatPoints(lost, 'vi')} điểm cần lấy lại · 2/${plan.rows.length} nội dung đã điền đủ · 1 quá hạn`);
    await screenshot(page, 'rem-overview-01');

    // Filters: unit type, then only units whose plan is not filled in (B has no plan yet).
    await overview.chooseType(unitTypeName);
    await expect.poll(() => overview.units()).toEqual([unitA.name, unitB.name]);
    await overview.notFilled.click();
    await expect.poll(() => overview.units()).toEqual([unitA.name]);
    await screenshot(page, 'rem-overview-02-not-filled');
  });

  it('opens a unit’s plan read-only for the organiser', async () => {
    const page = await session.loginAs('noivu');
    const overview = new RemediationOverviewPage(page);
    await overview.open(periodId);
    await overview.row(unitA.name).click();
    const unitPlan = new RemediationPage(page);
    await page.locator('[data-testid="remediation-page"][data-available="true"]').waitFor();
    expect(page.url()).toContain(`#/periods/${periodId}/units/${unitA.id}/remediation`);
    expect(await unitPlan.rows.count()).toBe(plan.rows.length);
    expect(await page.getByTestId('rem-save').count()).toBe(0);
    const solution = unitPlan.rows.first().getByTestId('rem-solution');
    expect(await solution.isDisabled()).toBe(true);
    expect(await solution.inputValue()).toBe('Bổ sung tài liệu kiểm chứng, rà soát hằng quý.');
    await screenshot(page, 'rem-overview-03-unit-plan');
  });

  it('exports every plan as one spreadsheet with the unit column', async () => {
    const page = await session.loginAs('noivu');
    const overview = new RemediationOverviewPage(page);
    await overview.open(periodId);
    const [download] = await Promise.all([page.waitForEvent('download'), overview.exportAll.click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0]!;
    const lines: string[] = [];
    sheet.eachRow((r) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (c) => cells.push(c.text));
      lines.push(cells.join('|'));
    });
    const data = lines.filter((l) => /^\d+\|/.test(l));
    expect(data).toHaveLength(plan.rows.length);
    expect(data.every((l) => l.split('|')[1] === unitA.name)).toBe(true);
    expect(data[0]).toContain('|Bổ sung tài liệu kiểm chứng, rà soát hằng quý.|Văn phòng Sở|Các phòng chuyên môn|Quý I/2020|Đang thực hiện|');
    const lost = plan.rows.reduce((a, r) => add(a, parsePoints(r.lost)), ZERO);
    expect(lines.find((l) => l.includes('TỔNG CỘNG'))!.split('|')[5]).toBe(toDecimalString(lost));
  });
});
