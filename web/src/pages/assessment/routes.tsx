// Screens of issue 5 under existing top-level paths: the form, the evidence library and the
// organiser's progress view live below /periods/…; /assessment is the navigation entry.
// Each screen is its own chunk, loaded when first shown (app/lazyPage.ts).
import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

const EvidencePage = lazyPage(() => import('../evidence/EvidencePage').then((m) => m.EvidencePage));
const ProgressPage = lazyPage(() => import('../progress/ProgressPage').then((m) => m.ProgressPage));
const AssessmentHome = lazyPage(() => import('./AssessmentHome').then((m) => m.AssessmentHome));
const AssessmentPage = lazyPage(() => import('./AssessmentPage').then((m) => m.AssessmentPage));

/** The screen for `path` when it is one of ours, else null (the shell's own routing applies). */
export function assessmentRoute(path: string): ReactNode | null {
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  if (parts[0] === 'assessment' && parts.length === 1) return <AssessmentHome />;
  if (parts[0] !== 'periods') return null;
  const [, periodId, third, unitId, fifth] = parts;
  if (!periodId) return null;
  if (third === 'progress' && parts.length === 3) return <ProgressPage key={periodId} periodId={periodId} />;
  if (third === 'units' && unitId && parts.length === 5) {
    if (fifth === 'assessment') return <AssessmentPage key={`${periodId}/${unitId}`} periodId={periodId} unitId={unitId} />;
    if (fifth === 'evidence') return <EvidencePage key={`${periodId}/${unitId}`} periodId={periodId} unitId={unitId} />;
  }
  return null;
}
