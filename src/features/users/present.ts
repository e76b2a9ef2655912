// The only shape of a user that leaves the server: never the password hash.
import type { Role } from '../../shared/api/common';
import type { Scopes, User } from '../../shared/api/session';
import type { Actor } from '../access/policy';
import type { UserRow } from './repository';

export function parseScopes(text: string | null): Scopes | null {
  if (text === null) return null;
  const v = JSON.parse(text) as Partial<Scopes>;
  return { fields: v.fields ?? [], unitIds: v.unitIds ?? [] };
}

export function presentUser(row: UserRow): User {
  const scopes = parseScopes(row.scopes);
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    locale: row.locale === 'en' ? 'en' : 'vi',
    active: row.active === 1,
    ...(scopes ? { scopes } : {}),
    email: row.email,
  };
}

/** Audit snapshots: the user without secrets. */
export function auditUser(row: Omit<UserRow, 'unit_name'>): Record<string, unknown> {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    locale: row.locale,
    active: row.active === 1,
    scopes: parseScopes(row.scopes),
    email: row.email,
  };
}

export function toActor(row: UserRow): Actor {
  return { id: row.id, username: row.username, role: row.role as Role, unitId: row.unit_id, scopes: parseScopes(row.scopes) };
}
