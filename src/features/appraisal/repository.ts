// All SQL of appraisal: assignments, the appraisal columns of assessment items (same version
// counter as the unit's saves), marks, rounds, finalisations and reopenings.
import { randomUUID } from 'node:crypto';
import type { AppraisalRoundsTable, Db } from '../../db/types';
import { updateItemVersion } from '../assessments/repository';

export function assignments(db: Db, periodId: string) {
  return db.selectFrom('appraisal_assignments').selectAll().where('period_id', '=', periodId).execute();
}

export async function putAssignment(db: Db, row: { period_id: string; user_id: string; fields: string; unit_ids: string; updated_at: string; updated_by: string | null }): Promise<void> {
  await db
    .insertInto('appraisal_assignments')
    .values(row)
    .onConflict((oc) => oc.columns(['period_id', 'user_id']).doUpdateSet({ fields: row.fields, unit_ids: row.unit_ids, updated_at: row.updated_at, updated_by: row.updated_by }))
    .execute();
}

export function appraisers(db: Db) {
  return db.selectFrom('users').select(['id', 'username', 'display_name', 'scopes']).where('role', '=', 'appraiser').where('active', '=', 1).orderBy('username').execute();
}

/** Every item of a period with what the queue and the summaries need (one query). */
export function periodItems(db: Db, periodId: string) {
  return db
    .selectFrom('assessment_items')
    .innerJoin('assessments', 'assessments.id', 'assessment_items.assessment_id')
    .select([
      'assessment_items.assessment_id',
      'assessments.unit_id',
      'assessment_items.node_id',
      'assessment_items.self_points',
      'assessment_items.na_reason',
      'assessment_items.appraisal_points',
      'assessment_items.survey_points',
      'assessment_items.version',
    ])
    .where('assessments.period_id', '=', periodId)
    .execute();
}
export type PeriodItemRow = Awaited<ReturnType<typeof periodItems>>[number];

export interface AppraisalChange {
  appraisal_input: string | null;
  appraisal_points: number | null;
  appraisal_comment: string | null;
}

/** The appraiser's fields of an item, on the item's shared version counter. */
export function updateAppraisal(db: Db, assessmentId: string, nodeId: string, baseVersion: number, change: AppraisalChange): Promise<boolean> {
  return updateItemVersion(db, assessmentId, nodeId, baseVersion, change);
}

export async function setMark(db: Db, assessmentId: string, nodeId: string, at: string, by: string | null): Promise<void> {
  await db
    .insertInto('appraisal_marks')
    .values({ assessment_id: assessmentId, node_id: nodeId, appraised_at: at, appraised_by: by })
    .onConflict((oc) => oc.columns(['assessment_id', 'node_id']).doUpdateSet({ appraised_at: at, appraised_by: by }))
    .execute();
}

export function mark(db: Db, assessmentId: string, nodeId: string) {
  return db
    .selectFrom('appraisal_marks')
    .leftJoin('users', 'users.id', 'appraisal_marks.appraised_by')
    .select(['appraisal_marks.appraised_at', 'users.username'])
    .where('appraisal_marks.assessment_id', '=', assessmentId)
    .where('appraisal_marks.node_id', '=', nodeId)
    .executeTakeFirst();
}

// ---- rounds (returns for explanation) ----

export function rounds(db: Db, assessmentId: string, nodeId?: string) {
  let q = db
    .selectFrom('appraisal_rounds')
    .leftJoin('users as asker', 'asker.id', 'appraisal_rounds.asked_by')
    .leftJoin('users as answerer', 'answerer.id', 'appraisal_rounds.answered_by')
    .selectAll('appraisal_rounds')
    .select(['asker.username as asked_by_name', 'answerer.username as answered_by_name'])
    .where('appraisal_rounds.assessment_id', '=', assessmentId);
  if (nodeId !== undefined) q = q.where('appraisal_rounds.node_id', '=', nodeId);
  return q.orderBy('appraisal_rounds.asked_at', 'desc').orderBy('appraisal_rounds.number', 'desc').execute();
}
export type RoundRow = Awaited<ReturnType<typeof rounds>>[number];

export function roundById(db: Db, id: string) {
  return db.selectFrom('appraisal_rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Rounds not closed, for a whole period (queue states, blockers). */
export function liveRounds(db: Db, periodId: string) {
  return db
    .selectFrom('appraisal_rounds')
    .innerJoin('assessments', 'assessments.id', 'appraisal_rounds.assessment_id')
    .select(['appraisal_rounds.assessment_id', 'appraisal_rounds.node_id', 'appraisal_rounds.status', 'appraisal_rounds.due_date'])
    .where('assessments.period_id', '=', periodId)
    .where('appraisal_rounds.status', '!=', 'closed')
    .execute();
}

export async function insertRound(db: Db, r: Omit<AppraisalRoundsTable, 'id' | 'number' | 'status' | 'answer' | 'answer_evidence_ids' | 'answered_at' | 'answered_by' | 'closed_at'>): Promise<string> {
  const last = await db
    .selectFrom('appraisal_rounds')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('assessment_id', '=', r.assessment_id)
    .where('node_id', '=', r.node_id)
    .executeTakeFirst();
  const id = randomUUID();
  await db
    .insertInto('appraisal_rounds')
    .values({ ...r, id, number: Number(last?.n ?? 0) + 1, status: 'open', answer: null, answer_evidence_ids: null, answered_at: null, answered_by: null, closed_at: null })
    .execute();
  return id;
}

export async function answerRound(db: Db, id: string, answer: string, evidenceIds: string[], at: string, by: string): Promise<boolean> {
  const r = await db
    .updateTable('appraisal_rounds')
    .set({ status: 'answered', answer, answer_evidence_ids: JSON.stringify(evidenceIds), answered_at: at, answered_by: by })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Scoring an item closes its answered rounds (the appraiser has read the answer). */
export async function closeAnswered(db: Db, assessmentId: string, nodeId: string, at: string): Promise<void> {
  await db.updateTable('appraisal_rounds').set({ status: 'closed', closed_at: at }).where('assessment_id', '=', assessmentId).where('node_id', '=', nodeId).where('status', '=', 'answered').execute();
}

// ---- finalisation ----

export function finalisations(db: Db, periodId: string) {
  return db
    .selectFrom('appraisal_finalisations')
    .innerJoin('assessments', 'assessments.id', 'appraisal_finalisations.assessment_id')
    .select(['appraisal_finalisations.assessment_id', 'assessments.unit_id', 'appraisal_finalisations.finalised', 'appraisal_finalisations.finalised_at'])
    .where('assessments.period_id', '=', periodId)
    .execute();
}

export function finalisation(db: Db, assessmentId: string) {
  return db
    .selectFrom('appraisal_finalisations')
    .leftJoin('users', 'users.id', 'appraisal_finalisations.finalised_by')
    .select(['appraisal_finalisations.finalised', 'appraisal_finalisations.finalised_at', 'users.username'])
    .where('appraisal_finalisations.assessment_id', '=', assessmentId)
    .executeTakeFirst();
}

export async function setFinalised(db: Db, assessmentId: string, finalised: boolean, at: string, by: string | null): Promise<void> {
  const values = { finalised: finalised ? 1 : 0, finalised_at: finalised ? at : null, finalised_by: finalised ? by : null, updated_at: at };
  await db
    .insertInto('appraisal_finalisations')
    .values({ assessment_id: assessmentId, ...values })
    .onConflict((oc) => oc.column('assessment_id').doUpdateSet(values))
    .execute();
}

export async function addReopening(db: Db, assessmentId: string, at: string, userId: string, reason: string): Promise<void> {
  await db.insertInto('appraisal_reopenings').values({ id: randomUUID(), assessment_id: assessmentId, at, user_id: userId, reason }).execute();
}

export function reopenings(db: Db, assessmentId: string) {
  return db
    .selectFrom('appraisal_reopenings')
    .leftJoin('users', 'users.id', 'appraisal_reopenings.user_id')
    .select(['appraisal_reopenings.at', 'users.username', 'appraisal_reopenings.reason'])
    .where('appraisal_reopenings.assessment_id', '=', assessmentId)
    .orderBy('appraisal_reopenings.at')
    .execute();
}

export async function isFinalised(db: Db, assessmentId: string): Promise<boolean> {
  const r = await db.selectFrom('appraisal_finalisations').select('finalised').where('assessment_id', '=', assessmentId).executeTakeFirst();
  return r?.finalised === 1;
}

/**
 * True when the actor's unit is answering an open return on this assessment during appraisal:
 * the evidence library then accepts new evidence (hook used by src/features/evidence).
 */
export async function answeringReturn(db: Db, assessmentId: string): Promise<boolean> {
  const r = await db
    .selectFrom('appraisal_rounds')
    .innerJoin('assessments', 'assessments.id', 'appraisal_rounds.assessment_id')
    .innerJoin('periods', 'periods.id', 'assessments.period_id')
    .select('appraisal_rounds.id')
    .where('appraisal_rounds.assessment_id', '=', assessmentId)
    .where('appraisal_rounds.status', '=', 'open')
    .where('periods.status', 'in', ['appraisal', 'closed'])
    .executeTakeFirst();
  return r !== undefined;
}
