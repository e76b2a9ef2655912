import { describe, expect, it } from 'vitest';
import type { Framework } from '../../core/framework';
import { points } from '../../core/points';
import type { AssessmentItemsTable } from '../../db/types';
import { prepareFramework } from '../assessments/prepared';
import { flagsOf } from '../assessments/present';
import { acceptedRange, displayCode, effectiveDeadline, needsPeriodDeadline, withDeadlines } from './deadline-rules';

const tiers = [{ maxDaysLate: 0, points: points(2), label: 'Đúng hạn' }, { maxDaysLate: null, points: points(0), label: 'Chậm' }];
const framework = {
  id: 'f',
  name: 'Bộ thử',
  unitType: 'department',
  year: 2026,
  version: '1',
  naPolicy: 'exclude',
  bands: [],
  nodes: [
    {
      id: 'I',
      code: 'I',
      name: 'Phần I',
      max: points(6),
      children: [
        { id: 'I.1', code: '1', name: 'Kế hoạch', max: points(2), children: [], rubric: { type: 'deadline', deadline: '01-20', tiers, missingPoints: 0 } },
        { id: 'I.2', code: '2', name: 'Đánh giá công chức', max: points(2), children: [], rubric: { type: 'deadline', tiers, missingPoints: 0 } },
        { id: 'I.3', code: '3', name: 'Có/không', max: points(2), children: [], rubric: { type: 'yes-no' } },
      ],
    },
  ],
} as unknown as Framework;
const prepared = prepareFramework('f', framework);
const leaf = (id: string) => prepared.leaves.get(id)!;
const window = { dataStart: '2026-01-01', dataEnd: '2026-10-15', deadlines: new Map([['I.2', '2026-03-31'], ['I.1', '2026-05-01'], ['I.3', '2026-05-01']]) };

describe('which deadline a leaf is scored against', () => {
  it("the set's own date wins; the period's fills a leaf without one; other rubrics have none", () => {
    expect(effectiveDeadline(leaf('I.1'), window)).toEqual({ date: '2026-01-20', source: 'document' });
    expect(effectiveDeadline(leaf('I.2'), window)).toEqual({ date: '2026-03-31', source: 'period' });
    expect(effectiveDeadline(leaf('I.2'), { ...window, deadlines: new Map() })).toEqual({ date: null, source: null });
    expect(effectiveDeadline(leaf('I.3'), window)).toEqual({ date: null, source: null });
    expect([...prepared.leaves.values()].filter(needsPeriodDeadline).map((l) => l.node.id)).toEqual(['I.2']);
  });

  it('dates accepted: one year either side of the data window', () => {
    expect(acceptedRange({ dataStart: '2026-01-01', dataEnd: '2026-10-15' })).toEqual({ from: '2025-01-01', to: '2027-12-31' });
  });

  it('codes as people read them', () => {
    expect(displayCode('II.4.3')).toBe('II.4.3');
    expect(displayCode('III.#1')).toBe('III');
  });

  it("the form's node list carries the effective deadline without touching the shared one", () => {
    const nodes = withDeadlines(prepared.view, prepared, window);
    expect(nodes.find((n) => n.id === 'I.1')!.leaf).toMatchObject({ deadline: '01-20', deadlineSource: 'document' });
    expect(nodes.find((n) => n.id === 'I.2')!.leaf).toMatchObject({ deadline: '2026-03-31', deadlineSource: 'period' });
    expect(nodes.find((n) => n.id === 'I.3')!.leaf).not.toHaveProperty('deadlineSource');
    expect(prepared.view.find((n) => n.id === 'I.2')!.leaf!.deadline).toBeNull();
  });

  it("flags evidence dated after the period's deadline", () => {
    const row = { input: null, na_reason: null, flagged: 0 } as AssessmentItemsTable;
    const flags = flagsOf(row, leaf('I.2'), [{ evidence_id: 'e1', document_date: '2026-04-02' }], window, []);
    expect(flags.map((f) => [f.code, f.message.en])).toEqual([['evidence-after-deadline', "Evidence issued after the criterion's deadline 31 Mar 2026"]]);
    expect(flagsOf(row, leaf('I.2'), [{ evidence_id: 'e1', document_date: '2026-03-31' }], window, [])).toEqual([]);
  });
});
