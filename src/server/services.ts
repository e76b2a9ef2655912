// Wires services to the database. Each service gets the database handle and the options it
// needs; repositories are plain functions over `db` or a transaction.
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/types';
import { AssessmentDocuments } from '../features/assessments/documents';
import { AssessmentOverview } from '../features/assessments/overview';
import { AssessmentsService } from '../features/assessments/service';
import { AssessmentTransitions } from '../features/assessments/transitions';
import { AuditService } from '../features/audit/service';
import { EvidenceService } from '../features/evidence/service';
import { FrameworksService } from '../features/frameworks/service';
import { HomeService } from '../features/home/service';
import { NotificationsService } from '../features/notifications/service';
import { ImportsService } from '../features/imports/service';
import { PeriodDeadlinesService } from '../features/periods/deadlines';
import { PeriodsService } from '../features/periods/service';
import { SessionsService } from '../features/sessions/service';
import { UnitsService } from '../features/units/service';
import { UsersService } from '../features/users/service';
import { consoleMailLog, type MailLog } from '../features/mail/types';
import { FileStore } from '../storage/store';
import { buildCycle, type CycleServices } from './cycle';

export interface Services {
  sessions: SessionsService;
  users: UsersService;
  units: UnitsService;
  frameworks: FrameworksService;
  periods: PeriodsService;
  /** Per-criterion deadlines of a period; a change recomputes stored points. */
  periodDeadlines: PeriodDeadlinesService;
  audit: AuditService;
  home: HomeService;
  assessments: AssessmentsService;
  transitions: AssessmentTransitions;
  overview: AssessmentOverview;
  documents: AssessmentDocuments;
  evidence: EvidenceService;
  notifications: NotificationsService;
  imports: ImportsService;
  /** Issue 6: appraisal, surveys, results, remediation (src/server/cycle.ts). */
  cycle: CycleServices;
}

export function buildServices(
  db: Kysely<Database>,
  config: Pick<Config, 'sessionTtlMs' | 'lockout' | 'filesDir' | 'maxUploadBytes'> & Partial<Pick<Config, 'smtp' | 'publicUrl' | 'importWorkerMemoryMb'>>,
  log: MailLog = consoleMailLog,
): Services {
  const periods = new PeriodsService(db);
  const frameworks = new FrameworksService(db);
  const files = new FileStore(config.filesDir);
  const assessments = new AssessmentsService(db, frameworks);
  const notifications = new NotificationsService(db);
  const cycle = buildCycle(db, frameworks, periods);
  const periodDeadlines = new PeriodDeadlinesService(db, (tx, id) => assessments.loader.prepared(tx, id));
  // Results aggregate stored points, which a deadline change rewrites.
  periodDeadlines.onChange = (periodId) => cycle.results.invalidate(periodId);
  return {
    sessions: new SessionsService(db, { ttlMs: config.sessionTtlMs, lockout: config.lockout }),
    users: new UsersService(db),
    units: new UnitsService(db),
    frameworks,
    periods,
    periodDeadlines,
    audit: new AuditService(db),
    home: new HomeService(db, periods),
    assessments,
    transitions: new AssessmentTransitions(db, assessments, notifications),
    overview: new AssessmentOverview(db, assessments, notifications, { smtp: config.smtp, publicUrl: config.publicUrl, log, budgetMs: 20_000 }),
    documents: new AssessmentDocuments(db, assessments),
    evidence: new EvidenceService(db, assessments, files, config.maxUploadBytes),
    notifications,
    cycle,
    imports: new ImportsService(db, frameworks, new FileStore(config.filesDir), {
      maxBytes: config.maxUploadBytes,
      timeBudgetMs: 15_000,
      pool: { memoryMb: config.importWorkerMemoryMb },
    }),
  };
}
