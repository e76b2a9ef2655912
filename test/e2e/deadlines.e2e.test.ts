// Per-criterion deadlines in a real browser: the organiser sets the deadline of a criterion the
// criteria set leaves open (II.1.1.2 of the bundled set) in the period drawer; the editor sees
// "Hạn: … (do cơ quan tổ chức đặt)" on the form, answers with the document's date and gets the
// tier's points; the organiser moves the deadline and the editor's stored points follow.
import { describe, expect, it } from 'vitest';
import { screenshot, screenshotOf } from './support/browser';
import { browserSession } from './support/session';
import { AssessmentPage } from './pages/assessment-page';
import { PeriodDeadlinesPage } from './pages/period-deadlines-page';

const PERIOD = 'Đánh giá Chỉ số CCHC năm 2026';

// The organiser and the editor work side by side: both devices stay open.
const session = browserSession({ keepEarlierPages: true });

describe('criterion deadlines set by the organiser', () => {
  it('sets a deadline, the editor answers against it, a later deadline moves the stored points', async () => {
    const organiser = await session.loginAs('noivu');
    const period = await organiser.evaluate(async (name) => {
      const list = (await (await fetch('/api/periods')).json()) as { id: string; name: string; dataEnd: string }[];
      return list.find((p) => p.name === name)!;
    }, PERIOD);
    const year = period.dataEnd.slice(0, 4);

    const deadlines = new PeriodDeadlinesPage(organiser);
    await deadlines.open(PERIOD);
    // The set's own deadline is shown, not editable; the demo's dates fill the others.
    expect(await deadlines.row('I.1.1').innerText()).toContain('20/01 hằng năm');
    expect(await deadlines.row('I.1.1').getByTestId('deadline-date').count()).toBe(0);
    await deadlines.setDate('II.1.1.2', `31/03/${year}`);
    await deadlines.setNote('II.1.1.2', 'Theo Kế hoạch số 15/KH-UBND của UBND huyện');
    await expect.poll(() => deadlines.changed.innerText()).toMatch(/^1 hạn đã thay đổi/);
    await deadlines.save.click();
    await expect.poll(() => deadlines.effective('II.1.1.2').innerText()).toBe(`31/03/${year}`);
    await expect.poll(() => deadlines.changed.innerText()).toBe('Chưa có thay đổi');
    await deadlines.row('II.1.1.2').scrollIntoViewIfNeeded();
    await screenshot(organiser, 'deadlines-01-organiser');

    const editor = await session.loginAs('bientap');
    const unitId = await editor.evaluate(async () => ((await (await fetch('/api/session')).json()) as { user: { unitId: string } }).user.unitId);
    const form = new AssessmentPage(editor);
    await form.open(period.id, unitId);
    const item = editor.locator('[data-testid="assessment-item"][data-node-id="II.1.1.2"]');
    await item.scrollIntoViewIfNeeded();
    expect(await item.getByTestId('item-deadline').innerText()).toBe(`Hạn: 31/03/${year} (do cơ quan tổ chức đặt)`);
    await form.date(item, `05/04/${year}`);
    await form.waitSaved(item);
    await expect.poll(() => form.points(item).innerText()).toBe('1');
    expect(await form.explanation(item).innerText()).toContain('chậm 5 ngày');
    await screenshotOf(item, 'deadlines-02-editor-late');

    // The organiser moves the deadline past the document's date: the stored points follow.
    await deadlines.setDate('II.1.1.2', `10/04/${year}`);
    await deadlines.save.click();
    await expect.poll(() => deadlines.effective('II.1.1.2').innerText()).toBe(`10/04/${year}`);
    // A fresh load of the form (the editor's screen does not poll the server).
    await editor.reload();
    await form.waitLoaded();
    await item.scrollIntoViewIfNeeded();
    await expect.poll(() => form.points(item).innerText()).toBe('2');
    expect(await item.getByTestId('item-deadline').innerText()).toBe(`Hạn: 10/04/${year} (do cơ quan tổ chức đặt)`);
    expect(await form.explanation(item).innerText()).toContain('sớm 5 ngày');
    await screenshotOf(item, 'deadlines-03-editor-recomputed');

    // Cleared: the form says so plainly instead of the rubric's error; the date stays.
    const clear = deadlines.row('II.1.1.2');
    await clear.locator('.ant-picker').hover();
    await clear.locator('.ant-picker-clear').click();
    await deadlines.save.click();
    await expect.poll(() => deadlines.effective('II.1.1.2').innerText()).toBe('Chưa có');
    await editor.reload();
    await form.waitLoaded();
    await item.scrollIntoViewIfNeeded();
    expect(await item.getByTestId('item-deadline').innerText()).toBe('Chưa có hạn — cơ quan tổ chức chưa đặt hạn cho tiêu chí này');
    expect(await item.getByTestId('input-errors').count()).toBe(0);
    expect(await form.points(item).innerText()).toBe('–');
    await screenshotOf(item, 'deadlines-04-editor-no-deadline');
  });
});
