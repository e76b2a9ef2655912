import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import { cyclePeriod } from '../appraisal/test-fixture';

type Home = { tasks: { id: string; message: { vi: string; en: string }; count?: number; link?: string; severity: string }[] };

describeEachApp('home', (getApp) => {
  it("a unit with an open return sees it as a task linking to the unit's returns page, gone once answered", async () => {
    const t = getApp();
    const c = await cyclePeriod(t);
    const editor = await t.login('bientap');
    const leader = await t.login('lanhdao');
    const returnsTask = async (s: typeof editor) => (await t.inject(s, 'GET', '/api/home')).json<Home>().tasks.find((x) => x.id === `returns-${c.periodId}`);
    expect(await returnsTask(editor)).toBeUndefined();

    const appraiser = await t.login('thamdinh');
    const asked = await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/items/1.1/return`, { message: 'Bổ sung văn bản', dueDate: '2099-01-15' });
    expect(asked.statusCode, asked.body).toBe(201);
    const later = await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/items/1.2/return`, { message: 'Giải trình tỷ lệ', dueDate: '2099-02-01' });
    expect(later.statusCode, later.body).toBe(201);

    for (const who of [editor, leader]) {
      const home = (await t.inject(who, 'GET', '/api/home')).json<Home>();
      expect(home.tasks.map((x) => x.id)).not.toContain('nothing');
      const task = home.tasks.find((x) => x.id === `returns-${c.periodId}`);
      expect(task).toMatchObject({
        severity: 'warning',
        count: 2,
        link: `/periods/${c.periodId}/units/${c.unitA}/returns`,
        message: {
          vi: '2 tiêu chí cần giải trình, bổ sung theo yêu cầu thẩm định (Đánh giá Chỉ số CCHC năm 2027, hạn sớm nhất 15/01/2099)',
          en: '2 criteria need an explanation the appraisers asked for (Đánh giá Chỉ số CCHC năm 2027, earliest due 15 Jan 2099)',
        },
      });
    }
    const answer = await t.inject(editor, 'POST', `/api/appraisal/rounds/${asked.json<{ id: string }>().id}/answer`, { text: 'Đã bổ sung', evidenceIds: [] });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(await returnsTask(editor)).toMatchObject({ count: 1, message: { en: '1 criterion needs an explanation the appraisers asked for (Đánh giá Chỉ số CCHC năm 2027, earliest due 1 Feb 2099)' } });
    const answer2 = await t.inject(editor, 'POST', `/api/appraisal/rounds/${later.json<{ id: string }>().id}/answer`, { text: 'Đã giải trình', evidenceIds: [] });
    expect(answer2.statusCode, answer2.body).toBe(200);
    expect(await returnsTask(editor)).toBeUndefined();
  });
});
