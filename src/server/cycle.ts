// Issue 6 assembled: appraisal, survey points, results and remediation share one context (the
// prepared criteria sets) and are wired to each other here, so services.ts and app.ts each
// carry one line for the whole cycle.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types';
import { AssignmentsService } from '../features/appraisal/assignments';
import { IssueContext } from '../features/appraisal/context';
import { CouncilService } from '../features/appraisal/council';
import { appraisalRoutes } from '../features/appraisal/routes';
import { AppraisalService } from '../features/appraisal/service';
import type { FrameworksService } from '../features/frameworks/service';
import type { PeriodsService } from '../features/periods/service';
import { remediationRoutes } from '../features/remediation/routes';
import { RemediationService } from '../features/remediation/service';
import { resultRoutes } from '../features/results/routes';
import { surveyRoutes } from '../features/surveys/routes';
import { SurveysService } from '../features/surveys/service';
import { ResultsService } from '../features/results/service';

export interface CycleServices {
  context: IssueContext;
  appraisal: AppraisalService;
  assignments: AssignmentsService;
  council: CouncilService;
  results: ResultsService;
  remediation: RemediationService;
  surveys: SurveysService;
}

export function buildCycle(db: Kysely<Database>, frameworks: FrameworksService, periods: PeriodsService): CycleServices {
  const context = new IssueContext(db, frameworks);
  const appraisal = new AppraisalService(db, context);
  const council = new CouncilService(db, context, appraisal);
  const results = new ResultsService(db, context);
  council.onChange = (periodId) => results.changed(periodId);
  const surveys = new SurveysService(db, context);
  surveys.onChange = (periodId) => results.changed(periodId);
  periods.addTransitionGuard(async (tx, periodId, to) => {
    if (to === 'published') {
      results.invalidate(periodId);
      await results.assertPublishable(tx, periodId);
    }
    // Rebuilt in the background once the transition is in (it moves the period's updated_at).
    if (to === 'closed' || to === 'published') results.changed(periodId);
  });
  return { context, appraisal, assignments: new AssignmentsService(db, context), council, results, remediation: new RemediationService(db, context), surveys };
}

export function cycleRoutes(app: FastifyInstance, cycle: CycleServices): void {
  appraisalRoutes(app, cycle);
  resultRoutes(app, cycle.results);
  remediationRoutes(app, cycle.remediation);
  surveyRoutes(app, cycle.surveys);
}
