// Web import through the HTTP API on both databases, with the real fixtures: a criteria set
// (001) confirmed with its findings, a self-assessment table (000) confirmed into a unit's
// period, bad files refused with a bilingual message, drafts discarded, permissions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachApp, type Session, type TestApp } from '../../../test/support/app';
import { postFile } from '../../../test/support/upload';
import { uploadFile } from './test-upload';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/import');
const F000 = readFileSync(join(FIXTURES, '000_3bb45e3d2fab2e34.txt'));
const F001 = readFileSync(join(FIXTURES, '001_1d2ed02fd101ed54.txt'));

const upload = uploadFile;

interface View {
  id: string;
  kind: string;
  status: string;
  totals: { max: number | null; self: number | null };
  nodes: { id: string; code: string | null; depth: number; rubric: { vi: string[] } | null; citations: unknown[] }[];
  findings: { rule: string; nodeId: string | null; stated: number | null; computed: number | null; message: { vi: string; en: string } }[];
  match: { frameworkId: string; matched: number; unmatched: unknown[] } | null;
}

async function importStatuses(t: TestApp): Promise<string[]> {
  return (await t.database.db.selectFrom('imports').select('status').execute()).map((r) => r.status);
}

/** Confirms 000 as a criteria set and opens a period on it for the first three departments. */
async function periodOn000(t: TestApp, organiser: Session): Promise<{ periodId: string; unitIds: string[] }> {
  const draft = (await upload(t, organiser, '000.txt', F000)).json<View>();
  const fw = await t.inject(organiser, 'POST', `/api/imports/${draft.id}/confirm`, { target: 'framework', unitType: 'department', year: 2022, version: '1' });
  expect(fw.statusCode).toBe(200);
  const units = (await t.inject(organiser, 'GET', '/api/units?type=department')).json<{ id: string }[]>();
  const bientap = await t.database.db.selectFrom('users').select('unit_id').where('username', '=', 'bientap').executeTakeFirstOrThrow();
  const unitIds = [bientap.unit_id!, ...units.map((u) => u.id).filter((id) => id !== bientap.unit_id).slice(0, 2)];
  const period = await t.inject(organiser, 'POST', '/api/periods', {
    name: 'Nhập lại báo cáo năm 2022',
    kind: 'yearly',
    year: 2022,
    unitType: 'department',
    frameworkId: fw.json<{ frameworkId: string }>().frameworkId,
    dataStart: '2022-01-01',
    dataEnd: '2022-10-15',
    selfAssessmentDeadline: '2022-11-15',
    appraisalStart: '2022-11-16',
    appraisalEnd: '2022-12-15',
    unitIds,
  });
  expect(period.statusCode).toBe(201);
  return { periodId: period.json<{ id: string }>().id, unitIds };
}

describeEachApp('imports API', (getApp) => {
  it('previews fixture 001 as a criteria set with rubric rules and sum findings, and confirms it despite them', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const res = await upload(t, organiser, '001.txt', F001);
    expect(res.statusCode).toBe(201);
    const view = res.json<View>();
    expect(view.kind).toBe('framework');
    expect(view.status).toBe('draft');
    expect(view.nodes.some((n) => n.rubric !== null && n.rubric.vi.length >= 2)).toBe(true);
    const sums = view.findings.filter((f) => f.rule === 'sum-mismatch');
    expect(sums.length).toBeGreaterThan(0);
    // Every sum finding sits on a row of the tree, with both figures.
    for (const f of sums) {
      expect(view.nodes.map((n) => n.id)).toContain(f.nodeId);
      expect(f.stated).not.toBe(f.computed);
    }

    const again = await t.inject(organiser, 'GET', `/api/imports/${view.id}`);
    expect(again.json<View>().nodes).toEqual(view.nodes);

    const confirm = await t.inject(organiser, 'POST', `/api/imports/${view.id}/confirm`, {
      target: 'framework',
      name: 'Bộ tiêu chí phòng chuyên môn 2023 (nhập)',
      unitType: 'district-department',
      year: 2023,
      version: '1',
    });
    expect(confirm.statusCode).toBe(200);
    const out = confirm.json<{ frameworkId: string; findings: { rule: string; severity: string }[] }>();
    expect(out.findings.some((f) => f.rule === 'sum-mismatch')).toBe(true);

    const list = (await t.inject(organiser, 'GET', '/api/frameworks')).json<{ id: string; name: string; findings?: { errors: number; warnings: number } }[]>();
    const listed = list.find((f) => f.id === out.frameworkId);
    expect(listed?.name).toBe('Bộ tiêu chí phòng chuyên môn 2023 (nhập)');
    expect((listed?.findings?.errors ?? 0) + (listed?.findings?.warnings ?? 0)).toBeGreaterThan(0);

    const outline = (await t.inject(organiser, 'GET', `/api/frameworks/${encodeURIComponent(out.frameworkId)}/outline`)).json<{ nodes: { leaf: boolean; rubric: unknown }[]; findings: unknown[] }>();
    expect(outline.nodes.filter((n) => n.leaf).every((n) => n.rubric !== null)).toBe(true);
    expect(outline.findings.length).toBe(out.findings.length);

    expect(await importStatuses(t)).toEqual(['confirmed']);
    const twice = await t.inject(organiser, 'POST', `/api/imports/${view.id}/confirm`, { target: 'framework', unitType: 'district-department', year: 2023, version: '2' });
    expect(twice.statusCode).toBe(409);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'import.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['import.to-framework', 'import.upload']);
  });

  it('fills a unit\'s self-assessment from fixture 000: every leaf gets its self points, total 93', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const { periodId, unitIds } = await periodOn000(t, organiser);

    const draft = (await upload(t, organiser, 'bao-cao-2022.txt', F000)).json<View>();
    expect(draft.kind).toBe('report');
    expect(draft.totals).toMatchObject({ max: 100, self: 93 });
    expect(draft.match?.unmatched).toEqual([]);

    const match = await t.inject(organiser, 'GET', `/api/imports/${draft.id}/match?periodId=${periodId}`);
    expect(match.json<{ unmatched: unknown[] }>().unmatched).toEqual([]);

    const res = await t.inject(organiser, 'POST', `/api/imports/${draft.id}/confirm`, { target: 'assessment', periodId, unitId: unitIds[1] });
    expect(res.statusCode).toBe(200);
    const out = res.json<{ assessmentId: string; filled: number; unmatched: unknown[]; skipped: unknown[] }>();
    expect(out.unmatched).toEqual([]);
    const items = await t.database.db.selectFrom('assessment_items').selectAll().where('assessment_id', '=', out.assessmentId).execute();
    expect(out.filled).toBe(items.length);
    expect(items.reduce((s, i) => s + (i.self_points ?? 0), 0)).toBe(93 * 10_000);
    const withNote = items.filter((i) => i.note.length > 0);
    expect(withNote.length).toBeGreaterThan(0);
    expect(items.every((i) => i.version === 1 && JSON.parse(i.input!).type === 'manual')).toBe(true);
    const status = await t.database.db.selectFrom('assessments').select('status').where('id', '=', out.assessmentId).executeTakeFirstOrThrow();
    expect(status.status).toBe('in-progress');
    const history = await t.database.db.selectFrom('assessment_item_history').select('node_id').where('assessment_id', '=', out.assessmentId).execute();
    expect(history.length).toBe(items.length);
  });

  it('lets a unit editor import a report only into their own unit', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const { periodId, unitIds } = await periodOn000(t, organiser);
    const editor = await t.login('bientap');
    const draft = (await upload(t, editor, '000.txt', F000)).json<View>();
    const other = await t.inject(editor, 'POST', `/api/imports/${draft.id}/confirm`, { target: 'assessment', periodId, unitId: unitIds[1] });
    expect(other.statusCode).toBe(403);
    const asFramework = await t.inject(editor, 'POST', `/api/imports/${draft.id}/confirm`, { target: 'framework', unitType: 'department', year: 2022, version: '9' });
    expect(asFramework.statusCode).toBe(403);
    const own = await t.inject(editor, 'POST', `/api/imports/${draft.id}/confirm`, { target: 'assessment', periodId, unitId: unitIds[0] });
    expect(own.statusCode).toBe(200);
    // Someone else's draft is not visible to a viewer or to another unit user.
    const viewer = await t.login('xem');
    expect((await t.inject(viewer, 'GET', `/api/imports/${draft.id}`)).statusCode).toBe(403);
    expect((await upload(t, viewer, '000.txt', F000)).statusCode).toBe(403);
  });

  it('refuses to overwrite a submitted self-assessment and leaves it untouched', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const { periodId, unitIds } = await periodOn000(t, organiser);
    const first = (await upload(t, organiser, '000.txt', F000)).json<View>();
    const done = (await t.inject(organiser, 'POST', `/api/imports/${first.id}/confirm`, { target: 'assessment', periodId, unitId: unitIds[2] })).json<{ assessmentId: string }>();
    await t.database.db.updateTable('assessments').set({ status: 'submitted' }).where('id', '=', done.assessmentId).execute();
    const before = await t.database.db.selectFrom('assessment_items').select(['node_id', 'version']).where('assessment_id', '=', done.assessmentId).orderBy('node_id').execute();
    const second = (await upload(t, organiser, '000.txt', F000)).json<View>();
    const res = await t.inject(organiser, 'POST', `/api/imports/${second.id}/confirm`, { target: 'assessment', periodId, unitId: unitIds[2] });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: { vi: string } } }>().error.message.vi).toContain('đã nộp');
    const after = await t.database.db.selectFrom('assessment_items').select(['node_id', 'version']).where('assessment_id', '=', done.assessmentId).orderBy('node_id').execute();
    expect(after).toEqual(before);
    expect((await t.inject(organiser, 'GET', `/api/imports/${second.id}`)).json<View>().status).toBe('draft');
  });

  it('answers a corrupt, encrypted or empty file with a clear bilingual error and stores nothing', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const corrupt = await upload(t, organiser, 'hong.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    expect(corrupt.statusCode).toBe(400);
    const body = corrupt.json<{ error: { code: string; field: string; message: { vi: string; en: string } } }>();
    expect(body.error.field).toBe('file');
    expect(body.error.message.vi).toMatch(/hong\.docx: .*(hỏng|Tệp nén)/);
    expect(body.error.message.en).toMatch(/hong\.docx: /);
    const ole = await upload(t, organiser, 'mat-khau.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    expect(ole.statusCode).toBe(400);
    expect(ole.json<{ error: { message: { vi: string } } }>().error.message.vi).toContain('mật khẩu');
    const empty = await upload(t, organiser, 'rong.txt', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(await importStatuses(t)).toEqual([]);
  });

  it('a request without the file names the field, like every upload route', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const json = await t.inject(organiser, 'POST', '/api/imports', { file: 'bao-cao.txt' });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: { code: 'bad-request', field: 'file', message: { vi: 'Cần gửi tệp (multipart, trường "file")' } } });
    const wrongField = await postFile(t, organiser, '/api/imports', { filename: '000.txt', content: F000, field: 'tep' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json()).toMatchObject({ error: { code: 'validation', field: 'file', message: { vi: 'file: thiếu tệp', en: 'file: missing file' } } });
    expect(await importStatuses(t)).toEqual([]);
  });

  it('discards a draft; a discarded draft cannot be confirmed', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const draft = (await upload(t, organiser, '001.txt', F001)).json<View>();
    expect((await t.inject(organiser, 'POST', `/api/imports/${draft.id}/discard`)).statusCode).toBe(204);
    const res = await t.inject(organiser, 'POST', `/api/imports/${draft.id}/confirm`, { target: 'framework', unitType: 'district-department', year: 2023, version: '1' });
    expect(res.statusCode).toBe(409);
    expect(await importStatuses(t)).toEqual(['discarded']);
    const frameworks = (await t.inject(organiser, 'GET', '/api/frameworks')).json<{ id: string }[]>();
    expect(frameworks.some((f) => f.id.startsWith('import-'))).toBe(false);
  });
});
