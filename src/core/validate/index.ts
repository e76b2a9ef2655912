/** Validation of criteria sets and filled-in tables; rule ids in ../findings.ts. */
export { validateFramework } from './framework';
export { validateReport } from './report';
export type { ReportRow, ReportTable } from './report';
export { surveyFindings } from './survey';
