// Table interfaces for Kysely. Conventions, identical on SQLite and PostgreSQL:
// - ids are text (crypto.randomUUID() or readable slugs for seeded reference data);
// - timestamps are text ISO 8601 UTC ("2026-03-01T08:00:00.000Z"), dates text "YYYY-MM-DD",
//   so both dialects sort and compare them the same way;
// - booleans are integers 0/1 (SQLite has no boolean type);
// - points are INTEGER counts of 1/10 000 point (src/core/points.ts), never REAL;
// - JSON documents are text, parsed by the repository that owns them.
import type { Kysely, Transaction } from 'kysely';

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit_id: string | null;
  locale: string;
  active: number;
  password_hash: string;
  /** JSON `{ fields: string[], unitIds: string[] }` for appraisers, else null. */
  scopes: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database does not yield live sessions. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface LoginFailuresTable {
  id: string;
  username: string;
  ip: string;
  at: string;
}

export interface UnitTypesTable {
  id: string;
  name_vi: string;
  name_en: string;
  sort: number;
}

export interface UnitsTable {
  id: string;
  code: string;
  name: string;
  type: string;
  parent_id: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface FrameworksTable {
  /** `${framework.id}@${framework.version}`: a stored version never changes once a period uses it. */
  id: string;
  framework_key: string;
  name: string;
  unit_type: string;
  year: number;
  version: string;
  /** The Framework (src/core/framework.ts) as JSON; points inside are integers of 1/10 000. */
  content: string;
  leaf_count: number;
  max_points: number;
  source_file: string | null;
  created_at: string;
}

export interface PeriodsTable {
  id: string;
  name: string;
  kind: string;
  year: number;
  unit_type: string;
  framework_id: string;
  status: string;
  data_start: string;
  data_end: string;
  self_assessment_deadline: string;
  appraisal_start: string;
  appraisal_end: string;
  explanation_deadline: string | null;
  created_at: string;
  updated_at: string;
}

export interface PeriodUnitsTable {
  period_id: string;
  unit_id: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  unit_types: UnitTypesTable;
  units: UnitsTable;
  frameworks: FrameworksTable;
  periods: PeriodsTable;
  period_units: PeriodUnitsTable;
  audit_log: AuditLogTable;
}

/** What repositories take: the database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;
export type DatabaseKind = 'sqlite' | 'postgres';
