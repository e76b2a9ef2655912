// Imported documents (issue 4, web import): one draft row per upload, kept after the decision.
// Frozen: never import application code here; later changes go in a new migration file.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // No foreign key on the user: the record of what was imported outlives accounts.
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('stored_path', 'text', (c) => c.notNull())
    // What the document is: framework | report | remediation.
    .addColumn('kind', 'text', (c) => c.notNull())
    // The importer's ImportResult JSON, exactly as shown in the preview.
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON of what the draft was confirmed into (framework id, or period/unit and counts).
    .addColumn('outcome', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('imports_user_idx').on('imports').columns(['user_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('imports').execute();
}
