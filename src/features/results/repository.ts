// All SQL of results: the period's units, every item score (packed per unit), change counters, finalisations,
// earlier periods of the same unit type, public links.
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../db/types';

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

export function periodUnits(db: Db, periodId: string) {
  return db
    .selectFrom('period_units')
    .innerJoin('units', 'units.id', 'period_units.unit_id')
    .select(['units.id', 'units.code', 'units.name'])
    .where('period_units.period_id', '=', periodId)
    .execute();
}

/** Every score of the period, one row object per unit × leaf: the reference `packedScores` is tested against. */
export function scores(db: Db, periodId: string) {
  return db
    .selectFrom('assessment_items')
    .innerJoin('assessments', 'assessments.id', 'assessment_items.assessment_id')
    .select(['assessments.unit_id', 'assessment_items.node_id', 'assessment_items.self_points', 'assessment_items.na_reason', 'assessment_items.appraisal_points', 'assessment_items.survey_points'])
    .where('assessments.period_id', '=', periodId)
    .execute();
}

export function unitScores(db: Db, periodId: string, unitId: string) {
  return db
    .selectFrom('assessment_items')
    .innerJoin('assessments', 'assessments.id', 'assessment_items.assessment_id')
    .select(['assessment_items.node_id', 'assessment_items.self_points', 'assessment_items.na_reason', 'assessment_items.appraisal_points', 'assessment_items.survey_points'])
    .where('assessments.period_id', '=', periodId)
    .where('assessments.unit_id', '=', unitId)
    .execute();
}

/** Item scores of some units of the period as row objects (chunked under SQLite's parameter limit). */
export async function scoresOfUnits(db: Db, periodId: string, unitIds: string[]) {
  const out: Awaited<ReturnType<typeof scores>> = [];
  for (let i = 0; i < unitIds.length; i += 500) {
    const part = await db
      .selectFrom('assessment_items')
      .innerJoin('assessments', 'assessments.id', 'assessment_items.assessment_id')
      .select(['assessments.unit_id', 'assessment_items.node_id', 'assessment_items.self_points', 'assessment_items.na_reason', 'assessment_items.appraisal_points', 'assessment_items.survey_points'])
      .where('assessments.period_id', '=', periodId)
      .where('assessments.unit_id', 'in', unitIds.slice(i, i + 500))
      .execute();
    out.push(...part);
  }
  return out;
}

/**
 * A unit's item scores packed by the database into one row: JSON arrays of node ids, N/A
 * reasons and the three point columns. Reading 600 000 items as 4 000 rows spares the driver
 * 600 000 row objects, which cost far more than the database's own work; the values are the
 * stored ones (integers written as JSON integers), decided on by `leafScore` as before.
 * The i-th entries of the five arrays are one item: the aggregates of a group are fed each
 * input row together, in one pass (SQLite and PostgreSQL alike). The rows come sorted by node
 * so that the node-id text is the same for most units (parsed once); an ORDER BY inside each
 * aggregate would make PostgreSQL sort every group five times (twice the time at 600 000 rows).
 */
export interface PackedScores {
  unit_id: string;
  node_ids: string;
  na_reasons: string;
  self_points: string;
  appraisal_points: string;
  survey_points: string;
}

export async function packedScores(db: Db, periodId: string, unitIds?: readonly string[]): Promise<PackedScores[]> {
  const postgres = isPostgres(db);
  const json = (c: string) => (postgres ? sql.raw(`coalesce(json_agg(i.${c})::text, '[]')`) : sql.raw(`json_group_array(i.${c})`));
  // Integers as text joined by commas: cheaper than the JSON functions on both databases.
  const ints = (c: string) => (postgres ? sql.raw(`'[' || string_agg(coalesce(i.${c}::text, 'null'), ',') || ']'`) : sql.raw(`'[' || group_concat(ifnull(i.${c}, 'null'), ',') || ']'`));
  const query = (ids: readonly string[] | undefined) =>
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('assessments as a')
          .innerJoin('assessment_items as t', 't.assessment_id', 'a.id')
          .select(['a.id as assessment_id', 'a.unit_id', 't.node_id', 't.na_reason', 't.self_points', 't.appraisal_points', 't.survey_points'])
          .where('a.period_id', '=', periodId)
          .$if(ids !== undefined, (q) => q.where('a.unit_id', 'in', ids!))
          .orderBy('a.id')
          .orderBy('t.node_id')
          .as('i'),
      )
      .select([
        'i.unit_id',
        json('node_id').as('node_ids'),
        json('na_reason').as('na_reasons'),
        ints('self_points').as('self_points'),
        ints('appraisal_points').as('appraisal_points'),
        ints('survey_points').as('survey_points'),
      ])
      .groupBy(['i.assessment_id', 'i.unit_id'])
      .execute() as Promise<PackedScores[]>;
  if (unitIds === undefined) return query(undefined);
  const out: PackedScores[] = [];
  // Chunks keep every statement under SQLite's bound-parameter limit.
  for (let i = 0; i < unitIds.length; i += 500) out.push(...(await query(unitIds.slice(i, i + 500))));
  return out;
}

/** What a cached result is checked against on each request: two cheap reads, no item rows. */
export interface VersionStamp {
  period: number;
  assessments: number;
  sum: number;
}

/** The period's change counters (kept by triggers, migration 202611241000_results_versions). */
export async function versionStamp(db: Db, periodId: string): Promise<VersionStamp> {
  const p = await db.selectFrom('periods').select(sql<number>`results_version`.as('v')).where('id', '=', periodId).executeTakeFirst();
  const a = await db
    .selectFrom('assessments')
    .select([sql<number | string>`count(*)`.as('n'), sql<number | string | null>`sum(results_version)`.as('s')])
    .where('period_id', '=', periodId)
    .executeTakeFirst();
  return { period: Number(p?.v ?? -1), assessments: Number(a?.n ?? 0), sum: Number(a?.s ?? 0) };
}

/** unit id → its assessment's change counter. */
export async function assessmentVersions(db: Db, periodId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('assessments').select(['unit_id', sql<number>`results_version`.as('v')]).where('period_id', '=', periodId).execute();
  return new Map(rows.map((r) => [r.unit_id, Number(r.v)]));
}

/** unit id → finalised_at of the units whose appraisal is finalised. */
export async function finalisations(db: Db, periodId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('appraisal_finalisations')
    .innerJoin('assessments', 'assessments.id', 'appraisal_finalisations.assessment_id')
    .select(['assessments.unit_id', 'appraisal_finalisations.finalised_at'])
    .where('assessments.period_id', '=', periodId)
    .where('appraisal_finalisations.finalised', '=', 1)
    .execute();
  return new Map(rows.map((r) => [r.unit_id, r.finalised_at ?? '']));
}

/** True when the period has units and every one of them is finalised (two counts). */
export async function allFinalised(db: Db, periodId: string): Promise<boolean> {
  const units = await db.selectFrom('period_units').select((eb) => eb.fn.countAll<number | string>().as('n')).where('period_id', '=', periodId).executeTakeFirst();
  const done = await db
    .selectFrom('appraisal_finalisations')
    .innerJoin('assessments', 'assessments.id', 'appraisal_finalisations.assessment_id')
    .innerJoin('period_units', (j) => j.onRef('period_units.period_id', '=', 'assessments.period_id').onRef('period_units.unit_id', '=', 'assessments.unit_id'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('assessments.period_id', '=', periodId)
    .where('appraisal_finalisations.finalised', '=', 1)
    .executeTakeFirst();
  const n = Number(units?.n ?? 0);
  return n > 0 && Number(done?.n ?? 0) === n;
}

export function snapshots(db: Db, periodId: string) {
  return db.selectFrom('unit_results').select(['unit_id', 'finalised_at', 'figures']).where('period_id', '=', periodId).execute();
}

export async function putSnapshots(db: Db, rows: { period_id: string; unit_id: string; finalised_at: string; figures: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('unit_results')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['period_id', 'unit_id']).doUpdateSet((eb) => ({ finalised_at: eb.ref('excluded.finalised_at'), figures: eb.ref('excluded.figures') })))
      .execute();
  }
}

/** The units whose appraisal is finalised (the keys of `finalisations`). */
export async function finalisedUnits(db: Db, periodId: string): Promise<Set<string>> {
  return new Set((await finalisations(db, periodId)).keys());
}

/** Earlier periods of the same unit type whose results stand (closed or published), newest first. */
export function earlierPeriods(db: Db, unitType: string, before: { year: number; id: string }) {
  return db
    .selectFrom('periods')
    .select(['id', 'name', 'year', 'status'])
    .where('unit_type', '=', unitType)
    .where('id', '!=', before.id)
    .where('year', '<=', before.year)
    .where('status', 'in', ['closed', 'published'])
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function unitTypeName(db: Db, id: string) {
  return db.selectFrom('unit_types').select(['name_vi', 'name_en']).where('id', '=', id).executeTakeFirst();
}

export function linkOf(db: Db, periodId: string) {
  return db.selectFrom('result_links').selectAll().where('period_id', '=', periodId).executeTakeFirst();
}

export function linkByToken(db: Db, token: string) {
  return db.selectFrom('result_links').selectAll().where('token', '=', token).executeTakeFirst();
}

export async function insertLink(db: Db, row: { token: string; period_id: string; created_at: string; created_by: string | null }): Promise<void> {
  await db.insertInto('result_links').values(row).onConflict((oc) => oc.column('period_id').doNothing()).execute();
}

export function publishedAt(db: Db, periodId: string) {
  return db
    .selectFrom('audit_log')
    .select('at')
    .where('entity_type', '=', 'period')
    .where('entity_id', '=', periodId)
    .where('action', '=', 'period.transition')
    .where('after', 'like', '%published%')
    .orderBy('at', 'desc')
    .executeTakeFirst();
}
