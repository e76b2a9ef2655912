// All SQL on the evidence library.
import type { Db, EvidenceTable } from '../../db/types';

export function list(db: Db, assessmentId: string): Promise<EvidenceTable[]> {
  return db.selectFrom('evidence').selectAll().where('assessment_id', '=', assessmentId).orderBy('created_at', 'desc').orderBy('id').execute();
}

export function findById(db: Db, id: string): Promise<EvidenceTable | undefined> {
  return db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findBySha(db: Db, assessmentId: string, sha256: string): Promise<EvidenceTable | undefined> {
  return db.selectFrom('evidence').selectAll().where('assessment_id', '=', assessmentId).where('sha256', '=', sha256).executeTakeFirst();
}

export async function insert(db: Db, row: EvidenceTable): Promise<void> {
  await db.insertInto('evidence').values(row).execute();
}

export async function update(db: Db, id: string, patch: Partial<Pick<EvidenceTable, 'title' | 'document_date'>>): Promise<void> {
  await db.updateTable('evidence').set(patch).where('id', '=', id).execute();
}

export async function remove(db: Db, id: string): Promise<void> {
  await db.deleteFrom('evidence').where('id', '=', id).execute();
}

/** nodeIds using each evidence of an assessment. */
export async function usage(db: Db, assessmentId: string): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('item_evidence').select(['evidence_id', 'node_id']).where('assessment_id', '=', assessmentId).execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.evidence_id, [...(out.get(r.evidence_id) ?? []), r.node_id]);
  return out;
}

/** Whether any evidence row (of any assessment) still points at these bytes. */
export async function shaInUse(db: Db, sha256: string): Promise<boolean> {
  return (await db.selectFrom('evidence').select('id').where('sha256', '=', sha256).executeTakeFirst()) !== undefined;
}
