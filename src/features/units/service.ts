// Units (đơn vị) and their hierarchy. Codes are unique; a parent must exist and the hierarchy
// may not loop. Every change is audited in its transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Db, UnitsTable } from '../../db/types';
import type { CreateUnit, PatchUnit, Unit, UnitImportResult, UnitTypeInfo } from '../../shared/api/units';
import { assertCan, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { conflict, invalid, notFound } from '../common/errors';
import { applyImport, type ImportRow } from './import';
import { presentUnit } from './present';
import * as repo from './repository';

const UNIT = { vi: 'đơn vị', en: 'Unit' };

export class UnitsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(actor: Actor, filter: { type?: string; active?: boolean }): Promise<Unit[]> {
    assertCan(actor, 'unit.list');
    return (await repo.list(this.db, filter)).map(presentUnit);
  }

  async types(): Promise<UnitTypeInfo[]> {
    return (await repo.listTypes(this.db)).map((t) => ({ id: t.id as UnitTypeInfo['id'], name: { vi: t.name_vi, en: t.name_en } }));
  }

  /** `actor` null = the system (demo seeding). */
  async create(actor: Actor | null, input: CreateUnit): Promise<Unit> {
    if (actor) assertCan(actor, 'unit.create');
    const now = nowIso();
    const row: UnitsTable = {
      id: randomUUID(),
      code: input.code,
      name: input.name,
      type: input.type,
      parent_id: input.parentId ?? null,
      active: input.active === false ? 0 : 1,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (tx) => {
      if (await repo.findByCode(tx, row.code)) throw duplicateCode(row.code);
      if (row.parent_id !== null && !(await repo.findById(tx, row.parent_id))) throw invalid('parentId', 'đơn vị cấp trên không tồn tại', 'parent unit does not exist');
      await repo.insert(tx, row);
      await record(tx, { userId: actor?.id ?? null, action: 'unit.create', entityType: 'unit', entityId: row.id, after: presentUnit(row) });
    });
    return presentUnit(row);
  }

  async update(actor: Actor, id: string, patch: PatchUnit): Promise<Unit> {
    assertCan(actor, 'unit.update');
    return this.db.transaction().execute(async (tx) => {
      const before = await repo.findById(tx, id);
      if (!before) throw notFound(UNIT);
      const changes: Partial<UnitsTable> = { updated_at: nowIso() };
      if (patch.code !== undefined && patch.code !== before.code) {
        if (await repo.findByCode(tx, patch.code)) throw duplicateCode(patch.code);
        changes.code = patch.code;
      }
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.type !== undefined) changes.type = patch.type;
      if (patch.active !== undefined) changes.active = patch.active ? 1 : 0;
      if (patch.parentId !== undefined) {
        if (patch.parentId !== null) await assertNoCycle(tx, id, patch.parentId);
        changes.parent_id = patch.parentId;
      }
      await repo.update(tx, id, changes);
      const after = { ...before, ...changes };
      await record(tx, { userId: actor.id, action: 'unit.update', entityType: 'unit', entityId: id, before: presentUnit(before), after: presentUnit(after) });
      return presentUnit(after);
    });
  }

  /** All-or-nothing: any row error → nothing is written and every error is returned. */
  async import(actor: Actor, rows: ImportRow[]): Promise<UnitImportResult> {
    assertCan(actor, 'unit.import');
    return this.db.transaction().execute((tx) => applyImport(tx, actor.id, rows));
  }
}

function duplicateCode(code: string) {
  return conflict(`Mã đơn vị "${code}" đã tồn tại`, `Unit code "${code}" already exists`, 'code');
}

async function assertNoCycle(db: Db, id: string, parentId: string): Promise<void> {
  let current: string | null = parentId;
  for (let depth = 0; current !== null; depth++) {
    if (current === id || depth > 50) throw invalid('parentId', 'tạo vòng lặp trong cây đơn vị', 'would make the unit hierarchy loop');
    const row: UnitsTable | undefined = await repo.findById(db, current);
    if (!row) throw invalid('parentId', 'đơn vị cấp trên không tồn tại', 'parent unit does not exist');
    current = row.parent_id;
  }
}
