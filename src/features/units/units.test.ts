import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachApp, type Session, type TestApp } from '../../../test/support/app';
import { postFile } from '../../../test/support/upload';

function upload(t: TestApp, s: Session, filename: string, content: Buffer | string) {
  return postFile(t, s, '/api/units/import', { filename, content });
}

describeEachApp('units', (getApp) => {
  it('imports a CSV with new units, parents defined later in the file and updates', async () => {
    const t = getApp();
    const s = await t.login('noivu');
    const csv = 'code,name,type,parent_code\nXA-MOI,Xã Mới,commune,H-01\nH-01,Huyện Một,district,\nSO-TP,Sở Tư pháp tỉnh,department,\n';
    const res = await upload(t, s, 'units.csv', csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 1, errors: [] });
    const units = (await t.inject(s, 'GET', '/api/units')).json<{ id: string; code: string; name: string; parentId: string | null }[]>();
    const district = units.find((u) => u.code === 'H-01')!;
    expect(units.find((u) => u.code === 'XA-MOI')!.parentId).toBe(district.id);
    expect(units.find((u) => u.code === 'SO-TP')!.name).toBe('Sở Tư pháp tỉnh');
  });

  it('reports every bad row and applies nothing', async () => {
    const t = getApp();
    const s = await t.login('noivu');
    const before = (await t.inject(s, 'GET', '/api/units')).json<unknown[]>().length;
    const csv = ['code,name,type,parent_code', 'OK-1,Xã Tốt,commune,', ',Không mã,commune,', 'OK-2,,planet,', 'OK-1,Trùng,commune,', 'OK-3,Xã Ba,xã,NOPE'].join('\n');
    const res = await upload(t, s, 'units.csv', csv);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ created: number; errors: { row: number; field: string; message: { vi: string } }[] }>();
    expect(body.created).toBe(0);
    expect(body.errors.map((e) => `${e.row}:${e.field}`)).toEqual(['3:code', '4:name', '4:type', '5:code', '6:parent_code']);
    expect(body.errors[0]!.message.vi).toBe('thiếu mã đơn vị');
    expect((await t.inject(s, 'GET', '/api/units')).json<unknown[]>().length).toBe(before);
  });

  it('imports an .xlsx file with Vietnamese headings', async () => {
    const t = getApp();
    const s = await t.login('admin');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Đơn vị');
    sheet.addRow(['Mã', 'Tên đơn vị', 'Loại', 'Mã cấp trên']);
    sheet.addRow(['PH-MOI', 'Phường Mới', 'phường', '']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(t, s, 'don-vi.xlsx', buffer);
    expect(res.json()).toEqual({ created: 1, updated: 0, errors: [] });
  });

  it('refuses other file types and unit users', async () => {
    const t = getApp();
    const s = await t.login('noivu');
    const res = await upload(t, s, 'units.txt', 'hello');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('file');
    const editor = await t.login('bientap');
    expect((await upload(t, editor, 'units.csv', 'code,name,type\nA,B,commune')).statusCode).toBe(403);
  });

  it('creates and edits units with audit history; refuses duplicate codes and loops', async () => {
    const t = getApp();
    const s = await t.login('noivu');
    const a = (await t.inject(s, 'POST', '/api/units', { code: 'H-A', name: 'Huyện A', type: 'district' })).json<{ id: string }>();
    const b = (await t.inject(s, 'POST', '/api/units', { code: 'X-B', name: 'Xã B', type: 'commune', parentId: a.id })).json<{ id: string }>();
    const dup = await t.inject(s, 'POST', '/api/units', { code: 'H-A', name: 'Khác', type: 'district' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.field).toBe('code');
    const loop = await t.inject(s, 'PATCH', `/api/units/${a.id}`, { parentId: b.id });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.field).toBe('parentId');
    const off = await t.inject(s, 'PATCH', `/api/units/${b.id}`, { active: false });
    expect(off.json().active).toBe(false);
    const inactive = (await t.inject(s, 'GET', '/api/units?active=false')).json<{ id: string }[]>();
    expect(inactive.map((u) => u.id)).toEqual([b.id]);
    const history = (await t.inject(s, 'GET', `/api/audit?entityType=unit&entityId=${b.id}`)).json<{ action: string; before: { active: boolean }; after: { active: boolean } }[]>();
    expect(history.map((e) => e.action)).toEqual(['unit.update', 'unit.create']);
    expect(history[0]!.before.active).toBe(true);
    expect(history[0]!.after.active).toBe(false);
  });

  it('lists the four unit types in both languages', async () => {
    const t = getApp();
    const res = await t.inject(await t.login('xem'), 'GET', '/api/unit-types');
    expect(res.json()).toContainEqual({ id: 'commune', name: { vi: 'Xã, phường, đặc khu', en: 'Commune / ward' } });
    expect(res.json()).toHaveLength(4);
  });
});
