// Survey figures entered as answer counts (issue 6 gap): the counts per answer and the answer
// shares they were converted with, so each figure's source can show both. Nullable: percent and
// score figures have neither. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('survey_figures').addColumn('answer_counts', 'text').execute();
  await db.schema.alterTable('survey_figures').addColumn('answer_shares', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('survey_figures').dropColumn('answer_shares').execute();
  await db.schema.alterTable('survey_figures').dropColumn('answer_counts').execute();
}
