// Where an appraisal notification takes its reader: the same hash addresses the web app's
// screens use (web/src/pages/appraisal/paths.ts), so a click opens the unit's returns or the
// item itself rather than the list of periods.
const enc = encodeURIComponent;

/** The unit's page of requests for explanation (editors and leaders answer there). */
export function returnsLink(periodId: string, unitId: string): string {
  return `/periods/${enc(periodId)}/units/${enc(unitId)}/returns`;
}

/** One item on the appraiser's screen. */
export function itemLink(periodId: string, assessmentId: string, nodeId: string): string {
  return `/periods/${enc(periodId)}/appraisal/items/${enc(assessmentId)}/${enc(nodeId)}`;
}
