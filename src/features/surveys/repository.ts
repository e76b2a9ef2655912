// All SQL on survey imports and figures, and the survey_points column of assessment items.
import { randomUUID } from 'node:crypto';
import type { Db, SurveyFiguresTable } from '../../db/types';

export function figures(db: Db, periodId: string) {
  return db
    .selectFrom('survey_figures')
    .innerJoin('units', 'units.id', 'survey_figures.unit_id')
    .leftJoin('users', 'users.id', 'survey_figures.created_by')
    .selectAll('survey_figures')
    .select(['units.code as unit_code', 'units.name as unit_name', 'users.username'])
    .where('survey_figures.period_id', '=', periodId)
    .orderBy('units.name')
    .orderBy('survey_figures.node_id')
    .orderBy('survey_figures.respondent_group')
    .execute();
}
export type FigureRow = Awaited<ReturnType<typeof figures>>[number];

export function figureById(db: Db, id: string) {
  return db.selectFrom('survey_figures').selectAll().where('id', '=', id).executeTakeFirst();
}

export function imports(db: Db, periodId: string) {
  return db
    .selectFrom('survey_imports')
    .leftJoin('users', 'users.id', 'survey_imports.created_by')
    .select(['survey_imports.id', 'survey_imports.file_name', 'survey_imports.rows', 'survey_imports.created_at', 'users.username'])
    .where('survey_imports.period_id', '=', periodId)
    .orderBy('survey_imports.created_at', 'desc')
    .execute();
}

export async function insertImport(db: Db, r: { id: string; period_id: string; file_name: string; rows: number; created_at: string; created_by: string }): Promise<void> {
  await db.insertInto('survey_imports').values(r).execute();
}

/** Replaces the figure of the same unit × criterion × group (case-insensitive group). */
export async function putFigure(db: Db, f: Omit<SurveyFiguresTable, 'id'>): Promise<string> {
  const same = await db
    .selectFrom('survey_figures')
    .select(['id', 'respondent_group'])
    .where('period_id', '=', f.period_id)
    .where('unit_id', '=', f.unit_id)
    .where('node_id', '=', f.node_id)
    .execute();
  const old = same.filter((s) => s.respondent_group.toLowerCase() === f.respondent_group.toLowerCase()).map((s) => s.id);
  if (old.length > 0) await db.deleteFrom('survey_figures').where('id', 'in', old).execute();
  const id = randomUUID();
  await db.insertInto('survey_figures').values({ id, ...f }).execute();
  return id;
}

export async function deleteFigure(db: Db, id: string): Promise<void> {
  await db.deleteFrom('survey_figures').where('id', '=', id).execute();
}

export function figuresOf(db: Db, periodId: string, unitId: string, nodeId: string) {
  return db.selectFrom('survey_figures').select(['respondent_group', 'kind', 'value']).where('period_id', '=', periodId).where('unit_id', '=', unitId).where('node_id', '=', nodeId).execute();
}

export async function setSurveyPoints(db: Db, assessmentId: string, nodeId: string, points: number | null): Promise<void> {
  await db.updateTable('assessment_items').set({ survey_points: points }).where('assessment_id', '=', assessmentId).where('node_id', '=', nodeId).execute();
}
