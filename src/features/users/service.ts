// Accounts: created and changed by administrators (a user may set their own language and
// e-mail address); every change audited in its transaction.
// Disabling a user or resetting their password ends their sessions.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Db, UsersTable } from '../../db/types';
import type { Role } from '../../shared/api/common';
import type { ChangeOwnPassword, PatchMe, Scopes, User } from '../../shared/api/session';
import type { CreateUser, PatchUser } from '../../shared/api/users';
import { assertCan, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError, conflict, invalid, notFound } from '../common/errors';
import { hashPassword, verifyPassword } from '../sessions/password';
import { deleteUserSessions } from '../sessions/repository';
import { auditUser, presentUser } from './present';
import * as repo from './repository';

const USER = { vi: 'người dùng', en: 'User' };
/** Roles that belong to one unit. */
const UNIT_ROLES: Role[] = ['unit-editor', 'unit-leader'];

export class UsersService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(actor: Actor): Promise<User[]> {
    assertCan(actor, 'user.list');
    return (await repo.listAll(this.db)).map(presentUser);
  }

  async get(id: string): Promise<User> {
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound(USER);
    return presentUser(row);
  }

  /** `actor` null = the system itself (first start, CLI). */
  async create(actor: Actor | null, input: CreateUser, options: { passwordHash?: string } = {}): Promise<User> {
    if (actor) assertCan(actor, 'user.create');
    const username = input.username.toLowerCase();
    const unitId = input.unitId ?? null;
    await this.checkUnit(input.role, unitId);
    // Seeding many accounts with one shared demo password hashes it once (scrypt is slow on purpose).
    const passwordHash = options.passwordHash ?? (await hashPassword(input.password));
    const now = nowIso();
    const row: UsersTable = {
      id: randomUUID(),
      username,
      display_name: input.displayName,
      role: input.role,
      unit_id: unitId,
      locale: 'vi',
      active: 1,
      password_hash: passwordHash,
      scopes: input.role === 'appraiser' ? JSON.stringify(input.scopes ?? { fields: [], unitIds: [] }) : null,
      email: input.email ?? null,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (tx) => {
      if (await repo.findByUsername(tx, username)) {
        throw conflict(`Tên đăng nhập "${username}" đã tồn tại`, `Username "${username}" already exists`, 'username');
      }
      await repo.insert(tx, row);
      await record(tx, { userId: actor?.id ?? null, action: 'user.create', entityType: 'user', entityId: row.id, after: auditUser(row) });
    });
    return this.get(row.id);
  }

  async update(actor: Actor, id: string, patch: PatchUser): Promise<User> {
    assertCan(actor, 'user.update');
    await this.db.transaction().execute(async (tx) => {
      const before = await repo.findById(tx, id);
      if (!before) throw notFound(USER);
      if (id === actor.id && (patch.active === false || (patch.role && patch.role !== before.role))) {
        throw conflict('Không thể tự vô hiệu hoá hoặc đổi vai trò của chính mình', 'You cannot disable yourself or change your own role', patch.active === false ? 'active' : 'role');
      }
      const role = patch.role ?? (before.role as Role);
      const unitId = patch.unitId !== undefined ? patch.unitId : before.unit_id;
      await this.checkUnit(role, unitId, tx);
      const scopes: Scopes | undefined = patch.scopes;
      const changes: Partial<UsersTable> = { updated_at: nowIso() };
      if (patch.displayName !== undefined) changes.display_name = patch.displayName;
      if (patch.role !== undefined) changes.role = patch.role;
      if (patch.unitId !== undefined) changes.unit_id = patch.unitId;
      if (patch.active !== undefined) changes.active = patch.active ? 1 : 0;
      if (patch.email !== undefined) changes.email = patch.email;
      if (role !== 'appraiser') changes.scopes = null;
      else if (scopes !== undefined) changes.scopes = JSON.stringify(scopes);
      else if (before.scopes === null) changes.scopes = JSON.stringify({ fields: [], unitIds: [] });
      await repo.update(tx, id, changes);
      if (patch.active === false) await deleteUserSessions(tx, id);
      const after = { ...before, ...changes };
      await record(tx, { userId: actor.id, action: 'user.update', entityType: 'user', entityId: id, before: auditUser(before), after: auditUser(after) });
    });
    return this.get(id);
  }

  async resetPassword(actor: Actor, id: string, password: string): Promise<void> {
    assertCan(actor, 'user.reset-password');
    const hash = await hashPassword(password);
    await this.db.transaction().execute(async (tx) => {
      if (!(await repo.findById(tx, id))) throw notFound(USER);
      await repo.update(tx, id, { password_hash: hash, updated_at: nowIso() });
      await deleteUserSessions(tx, id);
      await record(tx, { userId: actor.id, action: 'user.reset-password', entityType: 'user', entityId: id });
    });
  }

  /** The user's own password; other sessions of the user end, the current one stays. */
  async changeOwnPassword(actor: Actor, currentSessionHash: string | null, input: ChangeOwnPassword): Promise<void> {
    const row = await repo.findById(this.db, actor.id);
    if (!row) throw notFound(USER);
    if (!(await verifyPassword(input.currentPassword, row.password_hash))) {
      throw new AppError('validation', { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' }, 'currentPassword');
    }
    const hash = await hashPassword(input.newPassword);
    await this.db.transaction().execute(async (tx) => {
      await repo.update(tx, actor.id, { password_hash: hash, updated_at: nowIso() });
      await deleteUserSessions(tx, actor.id, currentSessionHash ?? undefined);
      await record(tx, { userId: actor.id, action: 'user.change-password', entityType: 'user', entityId: actor.id });
    });
  }

  /** Own language and e-mail address; a changed address is audited like an administrator's edit. */
  async patchMe(actor: Actor, input: PatchMe): Promise<User> {
    await this.db.transaction().execute(async (tx) => {
      const before = await repo.findById(tx, actor.id);
      if (!before) throw notFound(USER);
      const changes: Partial<UsersTable> = { updated_at: nowIso() };
      if (input.locale !== undefined) changes.locale = input.locale;
      if (input.email !== undefined) changes.email = input.email;
      await repo.update(tx, actor.id, changes);
      if (input.email !== undefined && input.email !== before.email) {
        await record(tx, { userId: actor.id, action: 'user.update', entityType: 'user', entityId: actor.id, before: { email: before.email }, after: { email: input.email } });
      }
    });
    return this.get(actor.id);
  }

  private async checkUnit(role: Role, unitId: string | null, db: Db = this.db): Promise<void> {
    if (UNIT_ROLES.includes(role) && unitId === null) {
      throw invalid('unitId', 'vai trò này cần một đơn vị', 'this role needs a unit');
    }
    if (unitId !== null && !(await repo.unitExists(db, unitId))) {
      throw invalid('unitId', 'đơn vị không tồn tại', 'unit does not exist');
    }
  }
}
