// First start: an empty database gets either the demo province (default on SQLite) or, in
// production mode (CHISO_DEMO=0), one administrator from CHISO_ADMIN_USERNAME/PASSWORD.
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { DatabaseKind } from '../../db/types';
import type { FrameworksService } from '../frameworks/service';
import type { PeriodDeadlinesService } from '../periods/deadlines';
import type { PeriodsService } from '../periods/service';
import type { UnitsService } from '../units/service';
import type { UsersService } from '../users/service';
import * as usersRepo from '../users/repository';
import { hashPassword } from '../sessions/password';
import { addDays, DEMO_PERIOD_NAME, demoDeadlines } from './period';
import { DEMO_ACCOUNTS, DEMO_COMMUNES, DEMO_DEPARTMENTS, DEMO_DISTRICT, DEMO_DISTRICT_DEPARTMENTS } from './data';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import { todayInVietnam } from '../common/clock';

export interface SeedServices {
  users: UsersService;
  units: UnitsService;
  frameworks: FrameworksService;
  periods: PeriodsService;
  periodDeadlines: PeriodDeadlinesService;
}

export type SeedOutcome =
  | { kind: 'existing' }
  | { kind: 'demo'; accounts: { username: string; role: string; password: string }[]; sharedPassword: boolean }
  | { kind: 'admin'; username: string };

export class SeedError extends Error {}

export async function seedOnFirstStart(db: Kysely<Database>, kind: DatabaseKind, config: Config, s: SeedServices): Promise<SeedOutcome> {
  if ((await usersRepo.count(db)) > 0) return { kind: 'existing' };
  const demo = config.demo ?? kind === 'sqlite';
  if (!demo) {
    if (!config.adminUsername || !config.adminPassword) {
      throw new SeedError(
        'Cơ sở dữ liệu trống và chế độ demo tắt: hãy đặt CHISO_ADMIN_USERNAME và CHISO_ADMIN_PASSWORD (ít nhất 8 ký tự) để tạo quản trị viên đầu tiên.\n' +
          'Empty database and demo mode off: set CHISO_ADMIN_USERNAME and CHISO_ADMIN_PASSWORD (at least 8 characters) to create the first administrator.',
      );
    }
    await s.users.create(null, { username: config.adminUsername, displayName: 'Quản trị hệ thống', role: 'admin', password: config.adminPassword });
    return { kind: 'admin', username: config.adminUsername.toLowerCase() };
  }
  return seedDemo(config, s);
}

async function seedDemo(config: Config, s: SeedServices): Promise<SeedOutcome> {
  const unitIds = new Map<string, string>();
  for (const [code, name] of DEMO_DEPARTMENTS) unitIds.set(code, (await s.units.create(null, { code, name, type: 'department' })).id);
  for (const [code, name] of DEMO_COMMUNES) unitIds.set(code, (await s.units.create(null, { code, name, type: 'commune' })).id);
  const district = await s.units.create(null, { code: DEMO_DISTRICT[0], name: DEMO_DISTRICT[1], type: 'district' });
  unitIds.set(DEMO_DISTRICT[0], district.id);
  for (const [code, name] of DEMO_DISTRICT_DEPARTMENTS) {
    unitIds.set(code, (await s.units.create(null, { code, name, type: 'district-department', parentId: district.id })).id);
  }

  const frameworks = await s.frameworks.listAll();
  const deptFramework = frameworks.find((f) => f.unitType === 'department') ?? frameworks[0];
  const fieldCodes = deptFramework ? await s.frameworks.fieldCodes(deptFramework.id) : [];

  const accounts: { username: string; role: string; password: string }[] = [];
  const sharedHash = config.demoPassword ? await hashPassword(config.demoPassword) : undefined;
  // The demo period uses the bundled criteria set (departments preferred); unit users and the
  // appraiser belong to the units of that set's type so every home page has work on it.
  const unitType = deptFramework?.unitType ?? 'department';
  const participants =
    unitType === 'commune' ? DEMO_COMMUNES : unitType === 'district-department' ? DEMO_DISTRICT_DEPARTMENTS : unitType === 'district' ? [DEMO_DISTRICT] : DEMO_DEPARTMENTS;
  const participantIds = participants.map(([code]) => unitIds.get(code)!);
  const unitOf = (a: (typeof DEMO_ACCOUNTS)[number]) =>
    a.role === 'unit-editor' || a.role === 'unit-leader' ? participantIds[0]! : a.unit ? (unitIds.get(a.unit) ?? null) : null;
  for (const a of DEMO_ACCOUNTS) {
    const password = config.demoPassword ?? randomBytes(9).toString('base64url');
    await s.users.create(null, {
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      unitId: unitOf(a),
      password,
      ...(a.role === 'appraiser' ? { scopes: { fields: fieldCodes.slice(0, 2), unitIds: participantIds } } : {}),
    }, sharedHash ? { passwordHash: sharedHash } : {});
    accounts.push({ username: a.username, role: a.role, password });
  }

  if (deptFramework) {
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const period = await s.periods.create(null, {
      name: DEMO_PERIOD_NAME,
      kind: 'yearly',
      year: Math.max(year, 2026),
      unitType,
      frameworkId: deptFramework.id,
      dataStart: `${Math.max(year, 2026)}-01-01`,
      dataEnd: `${Math.max(year, 2026)}-10-15`,
      // Deadlines relative to today so the demo's home pages always have something due.
      selfAssessmentDeadline: addDays(today, 14),
      appraisalStart: addDays(today, 15),
      appraisalEnd: addDays(today, 45),
      explanationDeadline: addDays(today, 30),
      unitIds: participantIds,
    });
    // Dates for the criteria whose set states no deadline, so every item can be answered.
    const deadlines = demoDeadlines(period, (await s.periodDeadlines.list(null, period.id)).criteria);
    if (deadlines.length > 0) await s.periodDeadlines.set(null, period.id, { deadlines });
    await s.periods.transition(null, period.id, 'open');
  }
  return { kind: 'demo', accounts, sharedPassword: config.demoPassword !== undefined };
}

/** The console block printed once after demo seeding. */
export function describeSeed(outcome: SeedOutcome): string | undefined {
  if (outcome.kind === 'admin') {
    return `Đã tạo quản trị viên "${outcome.username}" / created administrator "${outcome.username}".`;
  }
  if (outcome.kind !== 'demo') return undefined;
  const lines = [
    '═'.repeat(64),
    ' Dữ liệu mẫu đã được tạo. Tài khoản đăng nhập (chỉ hiển thị MỘT lần):',
    ' Demo data created. Login accounts (shown ONCE only):',
    '',
    ...outcome.accounts.map((a) => `   ${a.username.padEnd(10)} ${a.role.padEnd(14)} ${a.password}`),
    '',
    outcome.sharedPassword ? ' (mật khẩu từ CHISO_DEMO_PASSWORD / password from CHISO_DEMO_PASSWORD)' : ' Hãy lưu lại các mật khẩu này. / Keep these passwords.',
    '═'.repeat(64),
  ];
  return lines.join('\n');
}
