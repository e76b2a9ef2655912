// What each role sees in the navigation. The server decides every permission again (deny by
// default); this table only hides what a role could not use anyway.
import type { Role } from '../api/types';

export type Screen = 'home' | 'units' | 'periods' | 'assessment' | 'appraisal' | 'results' | 'frameworks' | 'imports' | 'users' | 'audit' | 'password';

const everyone: readonly Role[] = [
  'admin',
  'organiser',
  'unit-editor',
  'unit-leader',
  'appraiser',
  'council-chair',
  'viewer',
];

const screens: Record<Screen, readonly Role[]> = {
  home: everyone,
  units: ['admin', 'organiser'],
  periods: ['admin', 'organiser', 'unit-editor', 'unit-leader', 'appraiser', 'council-chair', 'viewer'],
  // Self-assessment (issue 5): the unit's form for its editor and leader, progress for organisers.
  assessment: ['admin', 'organiser', 'unit-editor', 'unit-leader'],
  // Issue 6: appraisal (assignments, queue, council; the unit's returns and remediation plan),
  // results for everyone (unit users and viewers once published — the server decides).
  appraisal: ['admin', 'organiser', 'appraiser', 'council-chair', 'unit-editor', 'unit-leader'],
  results: everyone,
  // Criteria sets are reference data every role reads; importing documents (issue 4) is for the
  // organiser, and for unit users bringing in their own unit's report.
  frameworks: everyone,
  imports: ['admin', 'organiser', 'unit-editor', 'unit-leader'],
  users: ['admin'],
  audit: ['admin', 'organiser'],
  password: everyone,
};

export const SCREEN_ORDER: readonly Screen[] = ['home', 'units', 'periods', 'assessment', 'appraisal', 'results', 'frameworks', 'imports', 'users', 'audit', 'password'];

export function canSee(role: Role, screen: Screen): boolean {
  return screens[screen].includes(role);
}

/** Roles that manage units and periods (create, edit, import, transitions). */
export function canManage(role: Role): boolean {
  return role === 'admin' || role === 'organiser';
}

export function screenOfPath(path: string): Screen | null {
  const first = path.split('/')[1] ?? '';
  if (first === '') return 'home';
  return (SCREEN_ORDER as readonly string[]).includes(first) ? (first as Screen) : null;
}
