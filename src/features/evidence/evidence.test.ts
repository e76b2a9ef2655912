import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { describeEachApp, type TestApp } from '../../../test/support/app';
import type { AssessmentView, Item } from '../../shared/api/assessments';
import type { Evidence } from '../../shared/api/evidence';
import { openDemo, pdfBytes, save, upload } from '../assessments/testing';

function storedFiles(t: TestApp): string[] {
  const root = t.config.filesDir;
  let out: string[] = [];
  try {
    for (const dir of readdirSync(root)) out = out.concat(readdirSync(join(root, dir)).map((f) => `${dir}/${f}`));
  } catch {
    return [];
  }
  return out;
}

describeEachApp('evidence library', (getApp) => {
  it('stores an uploaded file once by content hash and serves it back with a safe name', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const first = await upload(t, d.editor, d.assessmentId, '../../etc/Kế hoạch\u0007 CCHC.pdf', pdfBytes('a'), { title: 'Kế hoạch số 85/KH-UBND ngày 21/12/2026 của UBND tỉnh' });
    expect(first.statusCode).toBe(201);
    const ev = first.json<Evidence>();
    expect(ev).toMatchObject({ kind: 'file', fileName: 'Kế hoạch CCHC.pdf', mime: 'application/pdf', size: pdfBytes('a').length });
    expect(ev.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ev.citation?.number).toBe('85/KH-UBND');
    const again = await upload(t, d.editor, d.assessmentId, 'copy.pdf', pdfBytes('a'));
    expect(again.statusCode).toBe(200);
    expect(again.json<Evidence>().id).toBe(ev.id);
    await upload(t, d.editor, d.assessmentId, 'other.pdf', pdfBytes('b'));
    expect(storedFiles(t).filter((f) => !f.startsWith('tmp/'))).toHaveLength(2);
    expect(storedFiles(t).filter((f) => f.startsWith('tmp/'))).toHaveLength(0);
    const file = await t.inject(d.editor, 'GET', `/api/evidence/${ev.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdfBytes('a'))).toBe(true);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20CCHC.pdf");
    const list = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/evidence`)).json<Evidence[]>();
    expect(list).toHaveLength(2);
  });

  it('detects the type by content: a renamed text file is refused, a real .docx is recognised', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const fake = await upload(t, d.editor, d.assessmentId, 'bao-cao.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.field).toBe('file');
    expect(fake.json().error.message.vi).toContain('loại tệp không được hỗ trợ');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    const ok = await upload(t, d.editor, d.assessmentId, 'bao-cao.bin', docx);
    expect(ok.statusCode).toBe(201);
    expect(ok.json<Evidence>().mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const plainZip = new JSZip();
    plainZip.file('a.txt', 'x');
    const refused = await upload(t, d.editor, d.assessmentId, 'a.docx', await plainZip.generateAsync({ type: 'nodebuffer' }));
    expect(refused.statusCode).toBe(400);
    expect(storedFiles(t).filter((f) => !f.startsWith('tmp/'))).toHaveLength(1);
  });

  it('parses citations, flags items whose evidence is dated outside the data window, and links reuse', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const view = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}`)).json<AssessmentView>();
    const year = view.assessment.dataStart.slice(0, 4);
    const old = await t.inject(d.editor, 'POST', `/api/assessments/${d.assessmentId}/evidence`, { kind: 'citation', text: `Kế hoạch số 12/KH-UBND ngày 05/01/${Number(year) - 1} của UBND tỉnh về CCHC` });
    expect(old.statusCode).toBe(201);
    const citation = old.json<Evidence>();
    expect(citation.citation).toMatchObject({ kind: 'Kế hoạch', number: '12/KH-UBND', date: `${Number(year) - 1}-01-05` });
    expect(citation.documentDate).toBe(`${Number(year) - 1}-01-05`);
    const link = await t.inject(d.editor, 'POST', `/api/assessments/${d.assessmentId}/evidence`, { kind: 'link', url: 'https://example.gov.vn/cchc', title: 'Cổng thông tin' });
    expect(link.statusCode).toBe(201);
    const bare = await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } });
    expect(bare.json<Item>().flags.map((f) => f.code)).toEqual(['no-evidence']);
    const linked = await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 1, evidenceIds: [citation.id, link.json<Evidence>().id] });
    const flags = linked.json<Item>().flags;
    expect(flags.map((f) => f.code)).toEqual(['evidence-outside-window']);
    expect(flags[0]!.evidenceIds).toEqual([citation.id]);
    await save(t, d.editor, d.assessmentId, '1.2', { baseVersion: 0, evidenceIds: [citation.id] });
    const used = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/evidence`)).json<Evidence[]>().find((e) => e.id === citation.id)!;
    expect(used.usedBy.sort()).toEqual(['1.1', '1.2']);
    expect((await t.inject(d.editor, 'DELETE', `/api/evidence/${citation.id}`)).statusCode).toBe(409);
    const unknown = await save(t, d.editor, d.assessmentId, '2.1', { baseVersion: 0, evidenceIds: ['nope'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('evidenceIds.0');
  });

  it('keeps an item\'s linked evidence, in its order, through a save that changes only the note', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const add = async (title: string) =>
      (await t.inject(d.editor, 'POST', `/api/assessments/${d.assessmentId}/evidence`, { kind: 'link', url: `https://example.gov.vn/${title}`, title })).json<Evidence>().id;
    const [b, a] = [await add('B'), await add('A')];
    await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, evidenceIds: [b, a] });
    const noted = await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 1, note: 'Chỉ sửa giải trình' });
    expect(noted.statusCode).toBe(200);
    expect(noted.json<Item>().evidenceIds).toEqual([b, a]);
    const history = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/items/1.1/history`)).json<{ version: number; before: { evidenceIds: string[] }; after: { evidenceIds: string[]; note: string } }[]>();
    expect(history[0]).toMatchObject({ version: 2, before: { evidenceIds: [b, a] }, after: { evidenceIds: [b, a], note: 'Chỉ sửa giải trình' } });
    // An item without links saves with none.
    const bare = await save(t, d.editor, d.assessmentId, '1.2', { baseVersion: 0, note: 'x' });
    expect(bare.json<Item>().evidenceIds).toEqual([]);
  });
});

describeEachApp(
  'evidence upload limit',
  (getApp) => {
    it('refuses a file over the limit with 413 and leaves nothing on disk', async () => {
      const t = getApp();
      const d = await openDemo(t);
      const big = Buffer.concat([pdfBytes('big'), Buffer.alloc(20_000, 0x20)]);
      const res = await upload(t, d.editor, d.assessmentId, 'big.pdf', big);
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('payload-too-large');
      expect(res.json().error.message.vi).toContain('vượt quá giới hạn');
      expect(storedFiles(t)).toEqual([]);
      const small = await upload(t, d.editor, d.assessmentId, 'small.pdf', pdfBytes('small'));
      expect(small.statusCode).toBe(201);
    });
  },
  { CHISO_MAX_UPLOAD_MB: '0.01' },
);
