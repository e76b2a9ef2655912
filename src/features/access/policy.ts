// Who may do what: the single place authorization is decided. Services call `can` (or
// `assertCan`) before acting; anything not granted here is denied. Actions are enumerated so a
// test can walk every role × action (policy.test.ts).
import type { Role } from '../../shared/api/common';
import { forbidden } from '../common/errors';

export interface Actor {
  id: string;
  username: string;
  role: Role;
  unitId: string | null;
  /** Appraisers only: the fields (criteria-tree field codes) and units they may appraise. */
  scopes: { fields: string[]; unitIds: string[] } | null;
}

export const ACTIONS = [
  'user.list',
  'user.create',
  'user.update',
  'user.reset-password',
  'unit.list',
  'unit.create',
  'unit.update',
  'unit.import',
  'framework.list',
  'framework.read',
  'period.list',
  'period.read',
  'period.create',
  'period.update',
  'period.transition',
  // Per-criterion deadlines of a period (periods/deadlines.ts): setting them recomputes scores.
  'period.deadlines',
  'audit.read',
  'home.read',
  // A unit's own data in a period (self-assessment, evidence). Used by later issues.
  'assessment.read',
  'assessment.edit',
  'assessment.submit',
  // Organiser: reopen a submitted self-assessment (with a recorded reason), send reminders.
  'assessment.reopen',
  'assessment.remind',
  // One's own in-app notifications.
  'notification.read',
  // Appraisal of one unit's item in one field.
  'appraisal.read',
  'appraisal.score',
  'appraisal.finalise',
  // Importing documents (issue 4): upload and preview; confirm into a criteria set; confirm a
  // filled-in report into a unit's self-assessment (unit users: their own unit only).
  'import.upload',
  'import.to-framework',
  'import.to-assessment',
  // Issue 6: assigning appraisers; a unit answering a return; reopening a finalised appraisal.
  'appraisal.assign',
  'appraisal.answer',
  'appraisal.reopen',
  // Survey figures (read; import or enter).
  'survey.read',
  'survey.import',
  // Results of a period (a unit's own result for unit users) and the ranking documents.
  'results.read',
  'results.export',
  // A unit's remediation plan.
  'remediation.read',
  'remediation.edit',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an action is applied to, when that matters (a unit's data, a field of the tree). */
export interface Resource {
  unitId?: string | null;
  field?: string | null;
}

type Rule = (actor: Actor, resource: Resource) => boolean;

const always: Rule = () => true;
const ownUnit: Rule = (a, r) => a.unitId !== null && r.unitId !== undefined && r.unitId === a.unitId;
/** An appraiser sees the units in scope; to score, the field must be in scope too. */
const appraiserUnit: Rule = (a, r) =>
  a.scopes !== null && typeof r.unitId === 'string' && a.scopes.unitIds.includes(r.unitId);
const appraiserUnitAndField: Rule = (a, r) =>
  appraiserUnit(a, r) && typeof r.field === 'string' && a.scopes!.fields.includes(r.field);

const readReference: Partial<Record<Action, Rule>> = {
  'unit.list': always,
  'framework.list': always,
  'framework.read': always,
  'period.list': always,
  'period.read': always,
  'home.read': always,
  'notification.read': always,
};

/** Running the yearly cycle: the organiser's work, which the administrator may also do. */
const runTheCycle: Partial<Record<Action, Rule>> = {
  'user.list': always,
  'unit.create': always,
  'unit.update': always,
  'unit.import': always,
  'period.create': always,
  'period.update': always,
  'period.transition': always,
  'period.deadlines': always,
  'audit.read': always,
  'assessment.read': always,
  'assessment.reopen': always,
  'assessment.remind': always,
  'appraisal.read': always,
  'import.upload': always,
  'import.to-framework': always,
  'import.to-assessment': always,
  'appraisal.assign': always,
  'survey.read': always,
  'survey.import': always,
  'results.read': always,
  'results.export': always,
  'remediation.read': always,
};

/** A unit's own work in a period: its self-assessment, answers to returns, its plan. */
const unitWork: Partial<Record<Action, Rule>> = {
  'assessment.read': ownUnit,
  'assessment.edit': ownUnit,
  'appraisal.read': ownUnit,
  'import.upload': always,
  'import.to-assessment': ownUnit,
  'appraisal.answer': ownUnit,
  'results.read': ownUnit,
  'remediation.read': ownUnit,
  'remediation.edit': ownUnit,
};

const rules: Record<Role, Partial<Record<Action, Rule>>> = {
  admin: {
    ...readReference,
    ...runTheCycle,
    'user.create': always,
    'user.update': always,
    'user.reset-password': always,
  },
  // The organiser (like the council chair) may also reopen a finalised appraisal; the administrator may not.
  organiser: {
    ...readReference,
    ...runTheCycle,
    'appraisal.reopen': always,
  },
  'unit-editor': {
    ...readReference,
    ...unitWork,
  },
  // Only the leader sends the unit's self-assessment on (submits it).
  'unit-leader': {
    ...readReference,
    ...unitWork,
    'assessment.submit': ownUnit,
  },
  appraiser: {
    ...readReference,
    'assessment.read': appraiserUnit,
    'appraisal.read': appraiserUnit,
    'appraisal.score': appraiserUnitAndField,
    'survey.read': always,
    'results.read': always,
  },
  'council-chair': {
    ...readReference,
    'assessment.read': always,
    'appraisal.read': always,
    'appraisal.finalise': always,
    'appraisal.reopen': always,
    'survey.read': always,
    'results.read': always,
    'results.export': always,
    'remediation.read': always,
  },
  // Viewers read results once published (results/service.ts), like any logged-in user.
  viewer: { ...readReference },
};

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  const rule = rules[actor.role][action];
  return rule !== undefined && rule(actor, resource);
}

export function assertCan(actor: Actor, action: Action, resource: Resource = {}): void {
  if (!can(actor, action, resource)) throw forbidden();
}
