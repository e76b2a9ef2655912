// Wires services to the database. Each service gets the database handle and the options it
// needs; repositories are plain functions over `db` or a transaction.
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/types';
import { AuditService } from '../features/audit/service';
import { FrameworksService } from '../features/frameworks/service';
import { HomeService } from '../features/home/service';
import { PeriodsService } from '../features/periods/service';
import { SessionsService } from '../features/sessions/service';
import { UnitsService } from '../features/units/service';
import { UsersService } from '../features/users/service';

export interface Services {
  sessions: SessionsService;
  users: UsersService;
  units: UnitsService;
  frameworks: FrameworksService;
  periods: PeriodsService;
  audit: AuditService;
  home: HomeService;
}

export function buildServices(db: Kysely<Database>, config: Pick<Config, 'sessionTtlMs' | 'lockout'>): Services {
  const periods = new PeriodsService(db);
  return {
    sessions: new SessionsService(db, { ttlMs: config.sessionTtlMs, lockout: config.lockout }),
    users: new UsersService(db),
    units: new UnitsService(db),
    frameworks: new FrameworksService(db),
    periods,
    audit: new AuditService(db),
    home: new HomeService(db, periods),
  };
}
