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

export interface AssessmentsTable {
  id: string;
  period_id: string;
  unit_id: string;
  /** src/shared/api/assessments.ts ASSESSMENT_STATUSES */
  status: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  submitted_by: string | null;
  last_reminded_at: string | null;
}

export interface AssessmentCommentsTable {
  id: string;
  assessment_id: string;
  at: string;
  user_id: string | null;
  kind: string;
  text: string;
}

/** One leaf of one unit's assessment: self, appraisal and survey scores side by side. */
export interface AssessmentItemsTable {
  assessment_id: string;
  node_id: string;
  /** JSON of the API item input (shared/api/assessments.ts itemInput), kept even when invalid. */
  input: string | null;
  self_points: number | null;
  /** JSON Bilingual: how the points were computed. */
  self_explanation: string | null;
  /** JSON InputError[] from evaluateRubric. */
  self_errors: string | null;
  note: string;
  na_reason: string | null;
  flagged: number;
  appraisal_input: string | null;
  appraisal_points: number | null;
  appraisal_comment: string | null;
  survey_points: number | null;
  /** Optimistic concurrency: every save increments it; 0 = never saved. */
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

export interface AssessmentItemHistoryTable {
  id: string;
  assessment_id: string;
  node_id: string;
  version: number;
  at: string;
  user_id: string | null;
  before: string | null;
  after: string | null;
}

export interface EvidenceTable {
  id: string;
  assessment_id: string;
  kind: string;
  title: string;
  file_name: string | null;
  size: number | null;
  mime: string | null;
  sha256: string | null;
  /** Relative to the files directory (content-addressed: ab/abcdef…). */
  stored_path: string | null;
  url: string | null;
  /** JSON Citation (src/vn/citations.ts). */
  citation: string | null;
  document_date: string | null;
  created_at: string;
  created_by: string | null;
}

export interface ItemEvidenceTable {
  assessment_id: string;
  node_id: string;
  evidence_id: string;
  position: number;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  at: string;
  kind: string;
  message_vi: string;
  message_en: string;
  link: string | null;
  read_at: string | null;
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
  assessments: AssessmentsTable;
  assessment_comments: AssessmentCommentsTable;
  assessment_items: AssessmentItemsTable;
  assessment_item_history: AssessmentItemHistoryTable;
  evidence: EvidenceTable;
  item_evidence: ItemEvidenceTable;
  notifications: NotificationsTable;
}

/** What repositories take: the database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;
export type DatabaseKind = 'sqlite' | 'postgres';
