// Deadlines the organiser sets per criterion for one period (issue 5): a deadline-tier leaf whose
// criteria set states no date ("đúng thời gian quy định" with the date left to the province) is
// scored against the date kept here. One row per period and leaf; no row = no deadline set.
// `criterion_id` is the leaf's node id in the period's frozen criteria set (its qualified code,
// e.g. "II.4.3"). `deadline` is an ISO date. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('period_deadlines')
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id').onDelete('cascade'))
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('period_deadlines_pk', ['period_id', 'criterion_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('period_deadlines').execute();
}
