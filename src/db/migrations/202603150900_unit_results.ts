// Stored results of finalised units (issue 6): the figures of one unit in one period, written
// the first time results are computed after the unit is finalised, so ranking 4 000 units reads
// 4 000 small rows instead of 600 000 item scores. A snapshot counts only while its
// `finalised_at` matches the unit's finalisation (a reopening makes it stale). Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit_results')
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('finalised_at', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_results_pk', ['period_id', 'unit_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('unit_results').execute();
}
