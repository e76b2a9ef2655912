import type { Db, UsersTable } from '../../db/types';

/** The columns of a UserRow (the user with its unit's name); sessions read the same with the session. */
export const USER_COLUMNS = [
  'users.id',
  'users.username',
  'users.display_name',
  'users.role',
  'users.unit_id',
  'users.locale',
  'users.active',
  'users.password_hash',
  'users.scopes',
  'users.email',
  'users.created_at',
  'users.updated_at',
  'units.name as unit_name',
] as const;

export type UserRow = UsersTable & { unit_name: string | null };

function base(db: Db) {
  return db.selectFrom('users').leftJoin('units', 'units.id', 'users.unit_id').select(USER_COLUMNS);
}

export async function findById(db: Db, id: string): Promise<UserRow | undefined> {
  return base(db).where('users.id', '=', id).executeTakeFirst();
}

export async function findByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return base(db).where('users.username', '=', username).executeTakeFirst();
}

export async function listAll(db: Db): Promise<UserRow[]> {
  return base(db).orderBy('users.username').execute();
}

export async function insert(db: Db, row: UsersTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function update(db: Db, id: string, patch: Partial<Omit<UsersTable, 'id'>>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function count(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function unitExists(db: Db, unitId: string): Promise<boolean> {
  return (await db.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst()) !== undefined;
}
