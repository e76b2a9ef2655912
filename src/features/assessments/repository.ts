// All SQL on assessments, their items, item history and comments.
import { randomUUID } from 'node:crypto';
import type { AssessmentItemsTable, AssessmentsTable, Db } from '../../db/types';

export type AssessmentRow = AssessmentsTable & {
  unit_name: string;
  period_name: string;
  /** The period's year: the report is about it, whatever year the criteria set was written for. */
  period_year: number;
  period_status: string;
  framework_id: string;
  data_start: string;
  data_end: string;
  deadline: string;
};

function withPeriod(db: Db) {
  return db
    .selectFrom('assessments')
    .innerJoin('periods', 'periods.id', 'assessments.period_id')
    .innerJoin('units', 'units.id', 'assessments.unit_id')
    .selectAll('assessments')
    .select([
      'units.name as unit_name',
      'periods.name as period_name',
      'periods.year as period_year',
      'periods.status as period_status',
      'periods.framework_id as framework_id',
      'periods.data_start as data_start',
      'periods.data_end as data_end',
      'periods.self_assessment_deadline as deadline',
    ]);
}

export function findById(db: Db, id: string): Promise<AssessmentRow | undefined> {
  return withPeriod(db).where('assessments.id', '=', id).executeTakeFirst();
}

export function findByPeriodUnit(db: Db, periodId: string, unitId: string): Promise<AssessmentRow | undefined> {
  return withPeriod(db).where('assessments.period_id', '=', periodId).where('assessments.unit_id', '=', unitId).executeTakeFirst();
}

export function listByPeriod(db: Db, periodId: string): Promise<AssessmentRow[]> {
  return withPeriod(db).where('assessments.period_id', '=', periodId).execute();
}

/** Creates the assessment and one row per leaf; a concurrent creation wins silently. */
export async function create(db: Db, periodId: string, unitId: string, leafIds: string[], now: string): Promise<void> {
  const id = randomUUID();
  const inserted = await db
    .insertInto('assessments')
    .values({ id, period_id: periodId, unit_id: unitId, status: 'not-started', created_at: now, updated_at: now, submitted_at: null, submitted_by: null, last_reminded_at: null })
    .onConflict((oc) => oc.columns(['period_id', 'unit_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
  // Chunks keep every statement under SQLite's bound-parameter limit.
  for (let i = 0; i < leafIds.length; i += 200) {
    await db
      .insertInto('assessment_items')
      .values(leafIds.slice(i, i + 200).map((node_id) => ({ assessment_id: id, node_id, note: '', flagged: 0, version: 0 })))
      .execute();
  }
}

export async function setStatus(db: Db, id: string, patch: Partial<Pick<AssessmentsTable, 'status' | 'submitted_at' | 'submitted_by' | 'last_reminded_at'>>, now: string): Promise<void> {
  await db.updateTable('assessments').set({ ...patch, updated_at: now }).where('id', '=', id).execute();
}

export function items(db: Db, assessmentId: string): Promise<AssessmentItemsTable[]> {
  return db.selectFrom('assessment_items').selectAll().where('assessment_id', '=', assessmentId).execute();
}

export function item(db: Db, assessmentId: string, nodeId: string): Promise<AssessmentItemsTable | undefined> {
  return db.selectFrom('assessment_items').selectAll().where('assessment_id', '=', assessmentId).where('node_id', '=', nodeId).executeTakeFirst();
}

export type ItemChange = Omit<AssessmentItemsTable, 'assessment_id' | 'node_id' | 'version' | 'appraisal_input' | 'appraisal_points' | 'appraisal_comment' | 'survey_points'>;

/** The unit's own fields of an item. */
export async function updateItem(db: Db, assessmentId: string, nodeId: string, baseVersion: number, change: ItemChange): Promise<boolean> {
  return updateItemVersion(db, assessmentId, nodeId, baseVersion, change);
}

/**
 * Writes only when the stored version is still `baseVersion`; false = someone saved first. The
 * unit's saves and the appraiser's share this one counter, so neither overwrites the other.
 */
export async function updateItemVersion(
  db: Db,
  assessmentId: string,
  nodeId: string,
  baseVersion: number,
  change: Partial<Omit<AssessmentItemsTable, 'assessment_id' | 'node_id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('assessment_items')
    .set({ ...change, version: baseVersion + 1 })
    .where('assessment_id', '=', assessmentId)
    .where('node_id', '=', nodeId)
    .where('version', '=', baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function addHistory(db: Db, entry: { assessmentId: string; nodeId: string; version: number; at: string; userId: string | null; before: string; after: string }): Promise<void> {
  await db
    .insertInto('assessment_item_history')
    .values({ id: randomUUID(), assessment_id: entry.assessmentId, node_id: entry.nodeId, version: entry.version, at: entry.at, user_id: entry.userId, before: entry.before, after: entry.after })
    .execute();
}

export function history(db: Db, assessmentId: string, nodeId: string) {
  return db
    .selectFrom('assessment_item_history')
    .leftJoin('users', 'users.id', 'assessment_item_history.user_id')
    .select(['assessment_item_history.version', 'assessment_item_history.at', 'assessment_item_history.user_id', 'users.username', 'assessment_item_history.before', 'assessment_item_history.after'])
    .where('assessment_item_history.assessment_id', '=', assessmentId)
    .where('assessment_item_history.node_id', '=', nodeId)
    .orderBy('assessment_item_history.version', 'desc')
    .execute();
}

export async function addComment(db: Db, c: { assessmentId: string; at: string; userId: string | null; kind: string; text: string }): Promise<void> {
  await db.insertInto('assessment_comments').values({ id: randomUUID(), assessment_id: c.assessmentId, at: c.at, user_id: c.userId, kind: c.kind, text: c.text }).execute();
}

export function comments(db: Db, assessmentId: string) {
  return db
    .selectFrom('assessment_comments')
    .leftJoin('users', 'users.id', 'assessment_comments.user_id')
    .select(['assessment_comments.id', 'assessment_comments.at', 'assessment_comments.user_id', 'users.username', 'assessment_comments.kind', 'assessment_comments.text'])
    .where('assessment_comments.assessment_id', '=', assessmentId)
    .orderBy('assessment_comments.at')
    .execute();
}

/** Evidence linked to items, with the document dates the flags need. */
export function itemEvidence(db: Db, assessmentId: string, nodeId?: string) {
  let q = db
    .selectFrom('item_evidence')
    .innerJoin('evidence', 'evidence.id', 'item_evidence.evidence_id')
    .select(['item_evidence.node_id', 'item_evidence.evidence_id', 'evidence.document_date', 'evidence.title', 'evidence.kind', 'evidence.url', 'evidence.file_name', 'evidence.citation'])
    .where('item_evidence.assessment_id', '=', assessmentId);
  if (nodeId !== undefined) q = q.where('item_evidence.node_id', '=', nodeId);
  return q.orderBy('item_evidence.node_id').orderBy('item_evidence.position').execute();
}
export type ItemEvidenceRow = Awaited<ReturnType<typeof itemEvidence>>[number];

/**
 * One item and the evidence linked to it in a single round trip (a save reads both; on
 * PostgreSQL every statement of the save is a round trip). Undefined when there is no such item.
 */
export async function itemWithEvidence(db: Db, assessmentId: string, nodeId: string): Promise<{ item: AssessmentItemsTable; evidence: ItemEvidenceRow[] } | undefined> {
  const rows = await db
    .selectFrom('assessment_items')
    .leftJoin('item_evidence', (j) => j.onRef('item_evidence.assessment_id', '=', 'assessment_items.assessment_id').onRef('item_evidence.node_id', '=', 'assessment_items.node_id'))
    .leftJoin('evidence', 'evidence.id', 'item_evidence.evidence_id')
    .selectAll('assessment_items')
    .select(['item_evidence.evidence_id', 'evidence.document_date', 'evidence.title', 'evidence.kind', 'evidence.url', 'evidence.file_name', 'evidence.citation'])
    .where('assessment_items.assessment_id', '=', assessmentId)
    .where('assessment_items.node_id', '=', nodeId)
    .orderBy('item_evidence.position')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const { evidence_id: _e, document_date: _d, title: _t, kind: _k, url: _u, file_name: _f, citation: _c, ...item } = first;
  const evidence: ItemEvidenceRow[] = [];
  for (const r of rows) {
    // An inner-joined evidence row always has a title and kind; a left join without a link has neither.
    if (r.evidence_id === null || r.title === null || r.kind === null) continue;
    evidence.push({ node_id: r.node_id, evidence_id: r.evidence_id, document_date: r.document_date, title: r.title, kind: r.kind, url: r.url, file_name: r.file_name, citation: r.citation });
  }
  return { item, evidence };
}

export async function setItemEvidence(db: Db, assessmentId: string, nodeId: string, evidenceIds: string[]): Promise<void> {
  await db.deleteFrom('item_evidence').where('assessment_id', '=', assessmentId).where('node_id', '=', nodeId).execute();
  if (evidenceIds.length > 0) {
    await db
      .insertInto('item_evidence')
      .values(evidenceIds.map((evidence_id, position) => ({ assessment_id: assessmentId, node_id: nodeId, evidence_id, position })))
      .execute();
  }
}

export async function evidenceIdsIn(db: Db, assessmentId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('evidence').select('id').where('assessment_id', '=', assessmentId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export function periodUnits(db: Db, periodId: string) {
  return db
    .selectFrom('period_units')
    .innerJoin('units', 'units.id', 'period_units.unit_id')
    .select(['units.id', 'units.name'])
    .where('period_units.period_id', '=', periodId)
    .orderBy('units.name')
    .execute();
}

export async function isInPeriod(db: Db, periodId: string, unitId: string): Promise<boolean> {
  return (await db.selectFrom('period_units').select('unit_id').where('period_id', '=', periodId).where('unit_id', '=', unitId).executeTakeFirst()) !== undefined;
}

/** Every item score of a period, for the organiser's overview (one query, aggregated in memory). */
export function periodScores(db: Db, periodId: string) {
  return db
    .selectFrom('assessment_items')
    .innerJoin('assessments', 'assessments.id', 'assessment_items.assessment_id')
    .select(['assessment_items.assessment_id', 'assessment_items.node_id', 'assessment_items.self_points', 'assessment_items.na_reason'])
    .where('assessments.period_id', '=', periodId)
    .execute();
}
