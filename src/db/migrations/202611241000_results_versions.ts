// Change counters for results (issue 6): a cached ranking stays valid only while nothing it was
// computed from has changed. Triggers keep the counters, so no write path can forget to:
//   assessments.results_version  +1 when one of its item rows is inserted or deleted, when an
//                                item's scores, N/A or keys change, and when its finalisation row
//                                is written (finalise, reopen);
//   periods.results_version      +1 when an assessment of the period is created, deleted or moved,
//                                when the period's unit list changes, and when a unit of the
//                                period is renamed or re-coded.
// A unit's saves bump only its own assessment row (already its own lock), so saving editors of
// different units never wait on one shared row. Counters only grow. Frozen.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const ITEM_SCORES = ['assessment_id', 'node_id', 'self_points', 'na_reason', 'appraisal_points', 'survey_points'];

const sqliteUp = [
  `CREATE TRIGGER results_items_insert AFTER INSERT ON assessment_items BEGIN
     UPDATE assessments SET results_version = results_version + 1 WHERE id = NEW.assessment_id;
   END`,
  `CREATE TRIGGER results_items_delete AFTER DELETE ON assessment_items BEGIN
     UPDATE assessments SET results_version = results_version + 1 WHERE id = OLD.assessment_id;
   END`,
  `CREATE TRIGGER results_items_update AFTER UPDATE OF ${ITEM_SCORES.join(', ')} ON assessment_items
     WHEN ${ITEM_SCORES.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')} BEGIN
     UPDATE assessments SET results_version = results_version + 1 WHERE id IN (OLD.assessment_id, NEW.assessment_id);
   END`,
  ...['INSERT', 'UPDATE', 'DELETE'].map(
    (op) => `CREATE TRIGGER results_finalisations_${op.toLowerCase()} AFTER ${op} ON appraisal_finalisations BEGIN
     UPDATE assessments SET results_version = results_version + 1 WHERE id IN (${op === 'INSERT' ? 'NEW' : 'OLD'}.assessment_id, ${op === 'DELETE' ? 'OLD' : 'NEW'}.assessment_id);
   END`,
  ),
  ...['assessments', 'period_units'].flatMap((table) => [
    `CREATE TRIGGER results_${table}_insert AFTER INSERT ON ${table} BEGIN
       UPDATE periods SET results_version = results_version + 1 WHERE id = NEW.period_id;
     END`,
    `CREATE TRIGGER results_${table}_delete AFTER DELETE ON ${table} BEGIN
       UPDATE periods SET results_version = results_version + 1 WHERE id = OLD.period_id;
     END`,
    `CREATE TRIGGER results_${table}_update AFTER UPDATE OF period_id, unit_id ON ${table}
       WHEN OLD.period_id IS NOT NEW.period_id OR OLD.unit_id IS NOT NEW.unit_id BEGIN
       UPDATE periods SET results_version = results_version + 1 WHERE id IN (OLD.period_id, NEW.period_id);
     END`,
  ]),
  `CREATE TRIGGER results_units_update AFTER UPDATE OF code, name ON units
     WHEN OLD.code IS NOT NEW.code OR OLD.name IS NOT NEW.name BEGIN
     UPDATE periods SET results_version = results_version + 1 WHERE id IN (SELECT period_id FROM period_units WHERE unit_id = NEW.id);
   END`,
];

// PostgreSQL: item inserts and deletes come in batches (150 rows when an assessment is made), so
// those triggers run once per statement over the transition table; the rest once per row.
const postgresUp = [
  `CREATE FUNCTION results_bump_item_batch() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE assessments SET results_version = results_version + 1 WHERE id IN (SELECT assessment_id FROM changed_items);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER results_items_insert AFTER INSERT ON assessment_items REFERENCING NEW TABLE AS changed_items
     FOR EACH STATEMENT EXECUTE FUNCTION results_bump_item_batch()`,
  `CREATE TRIGGER results_items_delete AFTER DELETE ON assessment_items REFERENCING OLD TABLE AS changed_items
     FOR EACH STATEMENT EXECUTE FUNCTION results_bump_item_batch()`,
  `CREATE FUNCTION results_bump_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'INSERT' THEN
       UPDATE assessments SET results_version = results_version + 1 WHERE id = OLD.assessment_id;
     END IF;
     IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.assessment_id IS DISTINCT FROM OLD.assessment_id) THEN
       UPDATE assessments SET results_version = results_version + 1 WHERE id = NEW.assessment_id;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER results_items_update AFTER UPDATE OF ${ITEM_SCORES.join(', ')} ON assessment_items FOR EACH ROW
     WHEN (${ITEM_SCORES.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')}) EXECUTE FUNCTION results_bump_assessment()`,
  `CREATE TRIGGER results_finalisations AFTER INSERT OR UPDATE OR DELETE ON appraisal_finalisations FOR EACH ROW EXECUTE FUNCTION results_bump_assessment()`,
  `CREATE FUNCTION results_bump_period() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP <> 'INSERT' THEN
       UPDATE periods SET results_version = results_version + 1 WHERE id = OLD.period_id;
     END IF;
     IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.period_id IS DISTINCT FROM OLD.period_id) THEN
       UPDATE periods SET results_version = results_version + 1 WHERE id = NEW.period_id;
     END IF;
     RETURN NULL;
   END $$`,
  ...['assessments', 'period_units'].flatMap((table) => [
    `CREATE TRIGGER results_${table}_rows AFTER INSERT OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION results_bump_period()`,
    `CREATE TRIGGER results_${table}_update AFTER UPDATE OF period_id, unit_id ON ${table} FOR EACH ROW
       WHEN (OLD.period_id IS DISTINCT FROM NEW.period_id OR OLD.unit_id IS DISTINCT FROM NEW.unit_id) EXECUTE FUNCTION results_bump_period()`,
  ]),
  `CREATE FUNCTION results_bump_unit_periods() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE periods SET results_version = results_version + 1 WHERE id IN (SELECT period_id FROM period_units WHERE unit_id = NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER results_units_update AFTER UPDATE OF code, name ON units FOR EACH ROW
     WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION results_bump_unit_periods()`,
];

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['periods', 'assessments']) {
    await db.schema
      .alterTable(table)
      .addColumn('results_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
  for (const statement of isPostgres(db) ? postgresUp : sqliteUp) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const f of ['results_bump_item_batch', 'results_bump_assessment', 'results_bump_period', 'results_bump_unit_periods']) await sql.raw(`DROP FUNCTION ${f}() CASCADE`).execute(db);
  } else {
    const triggers = (await sql<{ name: string }>`select name from sqlite_master where type = 'trigger' and name like 'results\\_%' escape '\\'`.execute(db)).rows;
    for (const t of triggers) await sql.raw(`DROP TRIGGER ${t.name}`).execute(db);
  }
  for (const table of ['periods', 'assessments']) await db.schema.alterTable(table).dropColumn('results_version').execute();
}
