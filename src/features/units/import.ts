// Bulk import of units from rows (code, name, type, parent_code). Rows are checked first, every
// problem collected with its row number; only a clean file is written (inside the caller's
// transaction). Existing codes are updated, new ones created; a parent may be defined in the
// same file, before or after its children.
import { randomUUID } from 'node:crypto';
import type { Db, UnitsTable } from '../../db/types';
import { UNIT_TYPES } from '../../shared/api/common';
import type { ImportRowError, UnitImportResult } from '../../shared/api/units';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { presentUnit } from './present';
import * as repo from './repository';

export interface ImportRow {
  /** Row number as the user sees it in the spreadsheet (header = 1). */
  row: number;
  code: string;
  name: string;
  type: string;
  parentCode: string;
}

const CODE = /^[A-Za-z0-9._-]{1,50}$/;

/** Accepts the English ids and common Vietnamese words for unit types. */
function normaliseType(t: string): string | undefined {
  const s = t.trim().toLowerCase();
  if ((UNIT_TYPES as readonly string[]).includes(s)) return s;
  if (['sở', 'so', 'sở, ban, ngành', 'ban', 'ngành'].includes(s)) return 'department';
  if (['xã', 'xa', 'phường', 'phuong', 'đặc khu', 'xã, phường'].includes(s)) return 'commune';
  if (['huyện', 'huyen', 'thị xã', 'thành phố'].includes(s)) return 'district';
  if (['phòng', 'phong', 'phòng chuyên môn'].includes(s)) return 'district-department';
  return undefined;
}

export async function applyImport(tx: Db, userId: string, rows: ImportRow[]): Promise<UnitImportResult> {
  const errors: ImportRowError[] = [];
  const err = (row: number, field: string, vi: string, en: string) => errors.push({ row, field, message: { vi, en } });
  const seen = new Map<string, number>();
  const clean: (ImportRow & { type: string })[] = [];
  for (const r of rows) {
    const code = r.code.trim();
    const name = r.name.trim();
    if (!code) err(r.row, 'code', 'thiếu mã đơn vị', 'missing unit code');
    else if (!CODE.test(code)) err(r.row, 'code', `mã "${code}" chỉ được gồm chữ, số, . _ -`, `code "${code}" may only hold letters, digits, . _ -`);
    else if (seen.has(code)) err(r.row, 'code', `mã "${code}" trùng với dòng ${seen.get(code)}`, `code "${code}" repeats row ${seen.get(code)}`);
    if (!name) err(r.row, 'name', 'thiếu tên đơn vị', 'missing unit name');
    const type = normaliseType(r.type);
    if (!type) err(r.row, 'type', `loại "${r.type}" không hợp lệ (department, commune, district, district-department)`, `type "${r.type}" is not one of department, commune, district, district-department`);
    if (code) seen.set(code, r.row);
    clean.push({ ...r, code, name, type: type ?? '', parentCode: r.parentCode.trim() });
  }
  const existing = new Map((await repo.findByCodes(tx, [...new Set(clean.flatMap((r) => [r.code, r.parentCode]).filter(Boolean))])).map((u) => [u.code, u]));
  for (const r of clean) {
    if (r.parentCode && !seen.has(r.parentCode) && !existing.has(r.parentCode)) {
      err(r.row, 'parent_code', `không có đơn vị cấp trên mã "${r.parentCode}"`, `no parent unit with code "${r.parentCode}"`);
    }
    if (r.parentCode && r.parentCode === r.code) err(r.row, 'parent_code', 'đơn vị không thể là cấp trên của chính nó', 'a unit cannot be its own parent');
  }
  // A loop inside the file (A under B, B under A) would pass the checks above.
  const parentOf = new Map(clean.map((r) => [r.code, r.parentCode]));
  for (const r of clean) {
    let p = parentOf.get(r.code);
    for (let i = 0; p && i <= clean.length; i++) {
      if (p === r.code) {
        err(r.row, 'parent_code', 'các đơn vị tạo vòng lặp cấp trên', 'the units form a parent loop');
        break;
      }
      p = parentOf.get(p);
    }
  }
  if (rows.length === 0) err(1, 'file', 'tệp không có dòng dữ liệu nào', 'the file has no data rows');
  if (errors.length > 0) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };

  // Pass 1: create or update without parents, so parents defined later in the file exist;
  // pass 2: set parents.
  const now = nowIso();
  const ids = new Map<string, string>();
  let created = 0;
  let updated = 0;
  for (const r of clean) {
    const old = existing.get(r.code);
    if (old) {
      ids.set(r.code, old.id);
      await repo.update(tx, old.id, { name: r.name, type: r.type, updated_at: now });
      updated++;
    } else {
      const id = randomUUID();
      ids.set(r.code, id);
      await repo.insert(tx, { id, code: r.code, name: r.name, type: r.type, parent_id: null, active: 1, created_at: now, updated_at: now });
      created++;
    }
  }
  for (const r of clean) {
    const id = ids.get(r.code)!;
    const parentId = r.parentCode ? (ids.get(r.parentCode) ?? existing.get(r.parentCode)?.id ?? null) : null;
    await repo.update(tx, id, { parent_id: parentId });
    const old = existing.get(r.code);
    const after = (await repo.findById(tx, id)) as UnitsTable;
    await record(tx, {
      userId,
      action: old ? 'unit.update' : 'unit.create',
      entityType: 'unit',
      entityId: id,
      ...(old ? { before: presentUnit(old) } : {}),
      after: presentUnit(after),
    });
  }
  return { created, updated, errors: [] };
}
