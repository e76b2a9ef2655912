// Self-assessment (issue 5): assessments, their items with history, evidence, notifications.
// Frozen: never import application code here; later changes go in a new migration file.
// Item rows also carry the appraisal and survey columns (issue 6) so one row holds every score
// of one leaf for one unit: self, appraisal and survey points side by side, INTEGER 1/10 000.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('last_reminded_at', 'text')
    .addUniqueConstraint('assessments_period_unit_uq', ['period_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('assessment_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_comments_idx').on('assessment_comments').columns(['assessment_id', 'at']).execute();

  await db.schema
    .createTable('assessment_items')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    // Self-assessment: what the unit declared (JSON, kept even when invalid) and what it scores.
    .addColumn('input', 'text')
    .addColumn('self_points', 'integer')
    .addColumn('self_explanation', 'text')
    .addColumn('self_errors', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('na_reason', 'text')
    .addColumn('flagged', 'integer', (c) => c.notNull().defaultTo(0))
    // Appraisal and survey (issue 6).
    .addColumn('appraisal_input', 'text')
    .addColumn('appraisal_points', 'integer')
    .addColumn('appraisal_comment', 'text')
    .addColumn('survey_points', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text')
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('assessment_items_pk', ['assessment_id', 'node_id'])
    .execute();

  await db.schema
    .createTable('assessment_item_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('assessment_item_history_idx').on('assessment_item_history').columns(['assessment_id', 'node_id', 'version']).execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('size', 'integer')
    .addColumn('mime', 'text')
    .addColumn('sha256', 'text')
    .addColumn('stored_path', 'text')
    .addColumn('url', 'text')
    .addColumn('citation', 'text')
    .addColumn('document_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('evidence_assessment_idx').on('evidence').columns(['assessment_id', 'created_at']).execute();
  // The same file once per assessment library (nulls are distinct on both databases).
  await db.schema.createIndex('evidence_sha_uq').on('evidence').columns(['assessment_id', 'sha256']).unique().execute();
  await db.schema.createIndex('evidence_sha_idx').on('evidence').column('sha256').execute();

  await db.schema
    .createTable('item_evidence')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('item_evidence_pk', ['assessment_id', 'node_id', 'evidence_id'])
    .execute();
  await db.schema.createIndex('item_evidence_evidence_idx').on('item_evidence').column('evidence_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message_vi', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['notifications', 'item_evidence', 'evidence', 'assessment_item_history', 'assessment_items', 'assessment_comments', 'assessments']) {
    await db.schema.dropTable(table).execute();
  }
}
