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
  /** Where reminders are e-mailed when SMTP is configured; null = in-app only. */
  email: string | null;
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

/** One uploaded document and what became of it (draft → confirmed | discarded). */
export interface ImportsTable {
  id: string;
  user_id: string;
  file_name: string;
  sha256: string;
  size: number;
  /** Relative to the files directory (content-addressed: ab/abcdef…). */
  stored_path: string;
  /** 'framework' | 'report' | 'remediation' */
  kind: string;
  /** The importer's ImportResult (src/import/types.ts) as JSON. */
  result: string;
  /** 'draft' | 'confirmed' | 'discarded' */
  status: string;
  /** JSON of what a confirmed import became. */
  outcome: string | null;
  created_at: string;
  decided_at: string | null;
}

// Issue 6: appraisal, survey points, results, remediation (migration 202603121000_appraisal).
export interface AppraisalAssignmentsTable {
  period_id: string;
  user_id: string;
  /** JSON string[] of field (top-level node) ids. */
  fields: string;
  /** JSON string[] of unit ids. */
  unit_ids: string;
  updated_at: string;
  updated_by: string | null;
}

export interface AppraisalMarksTable {
  assessment_id: string;
  node_id: string;
  appraised_at: string;
  appraised_by: string | null;
}

export interface AppraisalRoundsTable {
  id: string;
  assessment_id: string;
  node_id: string;
  number: number;
  /** 'open' | 'answered' | 'closed' */
  status: string;
  message: string;
  due_date: string;
  asked_at: string;
  asked_by: string | null;
  answer: string | null;
  /** JSON string[]. */
  answer_evidence_ids: string | null;
  answered_at: string | null;
  answered_by: string | null;
  closed_at: string | null;
}

export interface AppraisalFinalisationsTable {
  assessment_id: string;
  finalised: number;
  finalised_at: string | null;
  finalised_by: string | null;
  updated_at: string;
}

export interface AppraisalReopeningsTable {
  id: string;
  assessment_id: string;
  at: string;
  user_id: string | null;
  reason: string;
}

export interface SurveyImportsTable {
  id: string;
  period_id: string;
  file_name: string;
  rows: number;
  created_at: string;
  created_by: string | null;
}

export interface SurveyFiguresTable {
  id: string;
  period_id: string;
  unit_id: string;
  node_id: string;
  respondent_group: string;
  /**
   * 'percent' (value in 1/10 000 of a percent) | 'score' (value in points units) | 'answers'
   * (value: the percent the counts came to, as for 'percent').
   */
  kind: string;
  value: number;
  /** 'answers' only: JSON `{ "A": 12, "B": 5 }`, the counts as entered. */
  answer_counts: string | null;
  /** 'answers' only: JSON `[{ "answer": "A", "share": 10000 }]`, the shares the counts were converted with. */
  answer_shares: string | null;
  import_id: string | null;
  file_name: string | null;
  row_number: number | null;
  created_at: string;
  created_by: string | null;
}

export interface ResultLinksTable {
  token: string;
  period_id: string;
  created_at: string;
  created_by: string | null;
}

export interface RemediationRowsTable {
  id: string;
  period_id: string;
  unit_id: string;
  node_id: string;
  max_points: number;
  appraisal_points: number;
  lost_points: number;
  solution: string;
  lead_agency: string;
  cooperating_agencies: string;
  time_frame: string;
  note: string;
  /** shared/api/remediation.ts REMEDIATION_STATUSES */
  status: string;
  version: number;
  created_at: string;
  updated_at: string | null;
  updated_by: string | null;
}

export interface RemediationProgressTable {
  id: string;
  row_id: string;
  at: string;
  user_id: string | null;
  status: string;
  note: string;
}

/** Figures of a finalised unit (src/features/results/compute.ts UnitFigures as JSON). */
export interface UnitResultsTable {
  period_id: string;
  unit_id: string;
  finalised_at: string;
  figures: string;
}

/** A criterion's deadline set by the organiser for one period (src/features/periods/deadlines.ts). */
export interface PeriodDeadlinesTable {
  period_id: string;
  /** The leaf's node id in the period's criteria set. */
  criterion_id: string;
  /** ISO date. */
  deadline: string;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
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
  appraisal_assignments: AppraisalAssignmentsTable;
  appraisal_marks: AppraisalMarksTable;
  appraisal_rounds: AppraisalRoundsTable;
  appraisal_finalisations: AppraisalFinalisationsTable;
  appraisal_reopenings: AppraisalReopeningsTable;
  survey_imports: SurveyImportsTable;
  survey_figures: SurveyFiguresTable;
  result_links: ResultLinksTable;
  remediation_rows: RemediationRowsTable;
  remediation_progress: RemediationProgressTable;
  unit_results: UnitResultsTable;
  imports: ImportsTable;
  period_deadlines: PeriodDeadlinesTable;
}

/** What repositories take: the database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;
export type DatabaseKind = 'sqlite' | 'postgres';
