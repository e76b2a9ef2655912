import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/api/common';
import { ACTIONS, can, type Action, type Actor } from './policy';

const OWN = 'unit-own';
const OTHER = 'unit-other';

function actor(role: Role): Actor {
  return {
    id: `u-${role}`,
    username: role,
    role,
    unitId: role === 'unit-editor' || role === 'unit-leader' ? OWN : null,
    scopes: role === 'appraiser' ? { fields: ['1'], unitIds: [OWN] } : null,
  };
}

// Expected decision for every role × action, on the actor's own unit / field in scope ("own")
// and on another unit ("other"). Y = allowed, n = denied. Reading this table is reading the
// access rules; a change to policy.ts that is not mirrored here fails.
type Cell = 'Y' | 'n';
const R = (own: Cell, other: Cell = own) => ({ own, other });
const ROWS: Record<Action, Record<Role, { own: Cell; other: Cell }>> = {
  //                         admin      organiser  editor     leader     appraiser  chair      viewer
  'user.list':           row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'user.create':         row(R('Y'), R('n'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'user.update':         row(R('Y'), R('n'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'user.reset-password': row(R('Y'), R('n'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'unit.list':           row(R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y')),
  'unit.create':         row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'unit.update':         row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'unit.import':         row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'framework.list':      row(R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y')),
  'framework.read':      row(R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y')),
  'period.list':         row(R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y')),
  'period.read':         row(R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y')),
  'period.create':       row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'period.update':       row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'period.transition':   row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'period.deadlines':    row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'audit.read':          row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'home.read':           row(R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y')),
  'assessment.read':     row(R('Y'), R('Y'), R('Y', 'n'), R('Y', 'n'), R('Y', 'n'), R('Y'), R('n')),
  'assessment.edit':     row(R('n'), R('n'), R('Y', 'n'), R('Y', 'n'), R('n'), R('n'), R('n')),
  'assessment.submit':   row(R('n'), R('n'), R('n'), R('Y', 'n'), R('n'), R('n'), R('n')),
  'assessment.reopen':   row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'assessment.remind':   row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'notification.read':   row(R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y'), R('Y')),
  'appraisal.read':      row(R('Y'), R('Y'), R('Y', 'n'), R('Y', 'n'), R('Y', 'n'), R('Y'), R('n')),
  'appraisal.score':     row(R('n'), R('n'), R('n'), R('n'), R('Y', 'n'), R('n'), R('n')),
  'appraisal.finalise':  row(R('n'), R('n'), R('n'), R('n'), R('n'), R('Y'), R('n')),
  'appraisal.assign':    row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'appraisal.answer':    row(R('n'), R('n'), R('Y', 'n'), R('Y', 'n'), R('n'), R('n'), R('n')),
  'appraisal.reopen':    row(R('n'), R('Y'), R('n'), R('n'), R('n'), R('Y'), R('n')),
  'survey.read':         row(R('Y'), R('Y'), R('n'), R('n'), R('Y'), R('Y'), R('n')),
  'survey.import':       row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'results.read':        row(R('Y'), R('Y'), R('Y', 'n'), R('Y', 'n'), R('Y'), R('Y'), R('n')),
  'results.export':      row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('Y'), R('n')),
  'remediation.read':    row(R('Y'), R('Y'), R('Y', 'n'), R('Y', 'n'), R('n'), R('Y'), R('n')),
  'remediation.edit':    row(R('n'), R('n'), R('Y', 'n'), R('Y', 'n'), R('n'), R('n'), R('n')),
  'import.upload':       row(R('Y'), R('Y'), R('Y'), R('Y'), R('n'), R('n'), R('n')),
  'import.to-framework': row(R('Y'), R('Y'), R('n'), R('n'), R('n'), R('n'), R('n')),
  'import.to-assessment': row(R('Y'), R('Y'), R('Y', 'n'), R('Y', 'n'), R('n'), R('n'), R('n')),
};

function row(...cells: { own: Cell; other: Cell }[]): Record<Role, { own: Cell; other: Cell }> {
  return Object.fromEntries(ROLES.map((r, i) => [r, cells[i]!])) as Record<Role, { own: Cell; other: Cell }>;
}

describe('access policy: every role × action', () => {
  it('the table covers every action', () => {
    expect(Object.keys(ROWS).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const expected = ROWS[action][role];
      it(`${role} ${action}: own ${expected.own}, other unit ${expected.other}`, () => {
        const a = actor(role);
        expect(can(a, action, { unitId: OWN, field: '1' }) ? 'Y' : 'n').toBe(expected.own);
        expect(can(a, action, { unitId: OTHER, field: '1' }) ? 'Y' : 'n').toBe(expected.other);
      });
    }
  }
});

describe('access policy: scopes and defaults', () => {
  it('an appraiser may not score a field outside their scope, even in their unit', () => {
    expect(can(actor('appraiser'), 'appraisal.score', { unitId: OWN, field: '2' })).toBe(false);
    expect(can(actor('appraiser'), 'appraisal.score', { unitId: OWN })).toBe(false);
  });

  it('a unit user without a unit reads no unit data', () => {
    const orphan: Actor = { ...actor('unit-editor'), unitId: null };
    expect(can(orphan, 'assessment.read', { unitId: OWN })).toBe(false);
    expect(can(orphan, 'assessment.read', {})).toBe(false);
  });

  it('unit-scoped actions without a unit in the resource are denied', () => {
    expect(can(actor('unit-leader'), 'assessment.submit', {})).toBe(false);
    expect(can(actor('appraiser'), 'assessment.read', {})).toBe(false);
  });

  it('an unknown action is denied (deny by default)', () => {
    expect(can(actor('admin'), 'nuke.everything' as Action)).toBe(false);
  });
});
