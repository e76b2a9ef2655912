// Appraisal, survey points, results and remediation (issue 6). Frozen: never import application
// code here; later changes go in a new migration file. The scores themselves live on
// assessment_items (appraisal_* and survey_points columns, 202603101000_assessments).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Who appraises what in a period: field node ids × units (JSON arrays).
  await db.schema
    .createTable('appraisal_assignments')
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('unit_ids', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('appraisal_assignments_pk', ['period_id', 'user_id'])
    .execute();

  // Who set the appraisal of an item and when (the item row's updated_* belong to the unit).
  await db.schema
    .createTable('appraisal_marks')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('appraised_at', 'text', (c) => c.notNull())
    .addColumn('appraised_by', 'text')
    .addPrimaryKeyConstraint('appraisal_marks_pk', ['assessment_id', 'node_id'])
    .execute();

  // Returns for explanation (giải trình) and the unit's answers: every round is kept.
  await db.schema
    .createTable('appraisal_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text')
    .addColumn('answer', 'text')
    .addColumn('answer_evidence_ids', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('appraisal_rounds_item_idx').on('appraisal_rounds').columns(['assessment_id', 'node_id', 'number']).unique().execute();

  // The council's decision per unit; reopenings are kept with their reason.
  await db.schema
    .createTable('appraisal_finalisations')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    .addColumn('finalised', 'integer', (c) => c.notNull())
    .addColumn('finalised_at', 'text')
    .addColumn('finalised_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('appraisal_reopenings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('survey_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  // One figure per unit × criterion × respondent group; value in 1/10 000 (percent or points).
  await db.schema
    .createTable('survey_figures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('respondent_group', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.references('survey_imports.id').onDelete('set null'))
    .addColumn('file_name', 'text')
    .addColumn('row_number', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('survey_figures_uq', ['period_id', 'unit_id', 'node_id', 'respondent_group'])
    .execute();

  // Unguessable links to a published period's results.
  await db.schema
    .createTable('result_links')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().unique().references('periods.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();

  await db.schema
    .createTable('remediation_rows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('max_points', 'integer', (c) => c.notNull())
    .addColumn('appraisal_points', 'integer', (c) => c.notNull())
    .addColumn('lost_points', 'integer', (c) => c.notNull())
    .addColumn('solution', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_agency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cooperating_agencies', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_frame', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text')
    .addColumn('updated_by', 'text')
    .addUniqueConstraint('remediation_rows_uq', ['period_id', 'unit_id', 'node_id'])
    .execute();
  await db.schema
    .createTable('remediation_progress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('row_id', 'text', (c) => c.notNull().references('remediation_rows.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('remediation_progress_row_idx').on('remediation_progress').columns(['row_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'remediation_progress',
    'remediation_rows',
    'result_links',
    'survey_figures',
    'survey_imports',
    'appraisal_reopenings',
    'appraisal_finalisations',
    'appraisal_rounds',
    'appraisal_marks',
    'appraisal_assignments',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
