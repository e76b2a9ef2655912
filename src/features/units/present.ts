import type { UnitsTable } from '../../db/types';
import type { Unit } from '../../shared/api/units';

export function presentUnit(row: UnitsTable): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type as Unit['type'],
    parentId: row.parent_id,
    active: row.active === 1,
  };
}
