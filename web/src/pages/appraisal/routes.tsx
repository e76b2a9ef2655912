// Screens of issue 6 under existing top-level paths (below /periods/…), and /appraisal as the
// navigation entry. Returns null for paths that are not ours.
// Each screen is its own chunk, loaded when first shown (app/lazyPage.ts).
import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

const CouncilPage = lazyPage(() => import('../council/CouncilPage').then((m) => m.CouncilPage));
const CouncilUnitPage = lazyPage(() => import('../council/CouncilUnitPage').then((m) => m.CouncilUnitPage));
const RemediationPage = lazyPage(() => import('../remediation/RemediationPage').then((m) => m.RemediationPage));
const RemediationOverviewPage = lazyPage(() => import('../remediation/OverviewPage').then((m) => m.OverviewPage));
const ResultsPage = lazyPage(() => import('../results/ResultsPage').then((m) => m.ResultsPage));
const SurveysPage = lazyPage(() => import('../surveys/SurveysPage').then((m) => m.SurveysPage));
const AppraisalHome = lazyPage(() => import('./AppraisalHome').then((m) => m.AppraisalHome));
const AssignmentsPage = lazyPage(() => import('./AssignmentsPage').then((m) => m.AssignmentsPage));
const ItemPage = lazyPage(() => import('./ItemPage').then((m) => m.ItemPage));
const QueuePage = lazyPage(() => import('./QueuePage').then((m) => m.QueuePage));
const ReturnsPage = lazyPage(() => import('./ReturnsPage').then((m) => m.ReturnsPage));

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
    case 'remediation':
      return n === 3 ? <RemediationOverviewPage key={periodId} periodId={periodId} /> : null;
    case 'units':
      if (a && n === 5 && b === 'returns') return <ReturnsPage key={`${periodId}/${a}`} periodId={periodId} unitId={a} />;
      if (a && n === 5 && b === 'remediation') return <RemediationPage key={`${periodId}/${a}`} periodId={periodId} unitId={a} />;
      return null;
    default:
      return null;
  }
}
