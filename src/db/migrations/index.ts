// Every migration, by name. Names sort by time; add one import and one entry per new file.
import type { Migration } from 'kysely';
import * as m202603010800 from './202603010800_initial';
import * as m202603101000 from './202603101000_assessments';
import * as m202603121000 from './202603121000_appraisal';
import * as m202603150900 from './202603150900_unit_results';
import * as m202603141200 from './202603141200_imports';
import * as m202611220900 from './202611220900_user_email';
import * as m202611231000 from './202611231000_survey_answers';
import * as m202611231100 from './202611231100_period_deadlines';
import * as m202611241000 from './202611241000_results_versions';

export const migrations: Record<string, Migration> = {
  '202603010800_initial': m202603010800,
  '202603101000_assessments': m202603101000,
  '202603121000_appraisal': m202603121000,
  '202603150900_unit_results': m202603150900,
  '202603141200_imports': m202603141200,
  '202611220900_user_email': m202611220900,
  '202611231000_survey_answers': m202611231000,
  '202611231100_period_deadlines': m202611231100,
  '202611241000_results_versions': m202611241000,
};
