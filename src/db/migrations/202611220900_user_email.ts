// A user's e-mail address (issue 5, reminders by e-mail when SMTP is configured). Nullable: an
// account without an address still gets in-app notifications. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('email').execute();
}
