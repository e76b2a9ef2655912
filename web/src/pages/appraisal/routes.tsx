// Screens of issue 6 under existing top-level paths (below /periods/…), and /appraisal as the
// navigation entry. Returns null for paths that are not ours.
import type { ReactNode } from 'react';
import { CouncilPage } from '../council/CouncilPage';
import { CouncilUnitPage } from '../council/CouncilUnitPage';
import { RemediationPage } from '../remediation/RemediationPage';
import { ResultsPage } from '../results/ResultsPage';
import { SurveysPage } from '../surveys/SurveysPage';
import { AppraisalHome } from './AppraisalHome';
import { AssignmentsPage } from './AssignmentsPage';
import { ItemPage } from './ItemPage';
import { QueuePage } from './QueuePage';
import { ReturnsPage } from './ReturnsPage';

export function cycleRoute(path: string): ReactNode | null {
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  if (parts[0] === 'appraisal' && parts.length === 1) return <AppraisalHome />;
  if (parts[0] !== 'periods' || !parts[1]) return null;
  const [, periodId, third, a, b, c] = parts;
  const n = parts.length;
  switch (third ?? '') {
    case 'appraisal':
      if (a === 'assignments' && n === 4) return <AssignmentsPage key={periodId} periodId={periodId} />;
      if (a === 'queue' && n === 4) return <QueuePage key={periodId} periodId={periodId} />;
      if (a === 'items' && b && c && n === 6) return <ItemPage key={`${b}/${c}`} periodId={periodId} assessmentId={b} nodeId={c} />;
      return null;
    case 'council':
      if (n === 3) return <CouncilPage key={periodId} periodId={periodId} />;
      if (a && n === 4) return <CouncilUnitPage key={`${periodId}/${a}`} periodId={periodId} unitId={a} />;
      return null;
    case 'surveys':
      return n === 3 ? <SurveysPage key={periodId} periodId={periodId} /> : null;
    case 'results':
      return n === 3 ? <ResultsPage key={periodId} periodId={periodId} /> : null;
    case 'units':
      if (a && n === 5 && b === 'returns') return <ReturnsPage key={`${periodId}/${a}`} periodId={periodId} unitId={a} />;
      if (a && n === 5 && b === 'remediation') return <RemediationPage key={`${periodId}/${a}`} periodId={periodId} unitId={a} />;
      return null;
    default:
      return null;
  }
}
