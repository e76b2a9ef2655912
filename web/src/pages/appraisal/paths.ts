// Addresses of the issue-6 screens (hash routes below /periods/:periodId/…), one place so links
// and the router agree.
const enc = encodeURIComponent;

export const cyclePaths = {
  assignments: (periodId: string) => `/periods/${enc(periodId)}/appraisal/assignments`,
  queue: (periodId: string) => `/periods/${enc(periodId)}/appraisal/queue`,
  item: (periodId: string, assessmentId: string, nodeId: string) =>
    `/periods/${enc(periodId)}/appraisal/items/${enc(assessmentId)}/${enc(nodeId)}`,
  council: (periodId: string) => `/periods/${enc(periodId)}/council`,
  councilUnit: (periodId: string, unitId: string) => `/periods/${enc(periodId)}/council/${enc(unitId)}`,
  surveys: (periodId: string) => `/periods/${enc(periodId)}/surveys`,
  results: (periodId: string) => `/periods/${enc(periodId)}/results`,
  returns: (periodId: string, unitId: string) => `/periods/${enc(periodId)}/units/${enc(unitId)}/returns`,
  remediation: (periodId: string, unitId: string) => `/periods/${enc(periodId)}/units/${enc(unitId)}/remediation`,
  /** Every unit's plan in numbers (organiser, council). */
  remediationOverview: (periodId: string) => `/periods/${enc(periodId)}/remediation`,
};

/** The public results page lives outside the hash app: a plain path anyone can open. */
export function publicTokenOf(pathname: string): string | null {
  const m = /^\/public\/results\/([^/?#]+)\/?$/.exec(pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Which navigation entry a cycle screen belongs to, so the side menu marks it (null: not ours). */
export function cycleScreenOf(path: string): 'appraisal' | 'results' | null {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'periods') return null;
  const third = parts[2];
  if (third === 'appraisal' || third === 'council' || third === 'surveys') return 'appraisal';
  if (third === 'results' || third === 'remediation') return 'results';
  if (third === 'units' && parts[4] === 'returns') return 'appraisal';
  if (third === 'units' && parts[4] === 'remediation') return 'results';
  return null;
}
