import { describe, expect, it } from 'vitest';
import type { Points } from '../points';
import { aggregateAssessment, aggregateCompiled, compileFramework, FrameworkShapeError, ROOT_ID } from './index';
import type { LeafScore } from './index';
import { framework, group, leaf, p } from './testing';

// Two fields, max 5: field 1 scored by the unit; 2.1 scored only by the appraiser.
const twoFields = framework([
  group('1', [leaf('1.1', '1'), leaf('1.2', '0,5'), leaf('1.3', '0,5')]),
  group('2', [leaf('2.1', '2', { scoredBy: 'appraiser' }), leaf('2.2', '1')]),
]);

describe('aggregateAssessment: self, appraisal, lost, index', () => {
  const r = aggregateAssessment(twoFields, [
    { nodeId: '1.1', self: p('1'), appraisal: p('0,75') },
    { nodeId: '1.2', self: p('0,5'), appraisal: p('0,5') },
    { nodeId: '1.3', self: p('0,25'), appraisal: p('0') },
    { nodeId: '2.1', appraisal: p('1,5') },
    { nodeId: '2.2', self: p('1'), appraisal: p('0,75') },
  ]);

  it('sums each field and the root exactly', () => {
    expect(r.ok).toBe(true);
    const f1 = r.node('1')!;
    expect([f1.max, f1.self, f1.final, f1.lost]).toEqual([p('2'), p('1,75'), p('1,25'), p('0,75')]);
    const f2 = r.node('2')!;
    expect([f2.max, f2.self, f2.appraisal, f2.final, f2.lost]).toEqual([p('3'), p('1'), p('2,25'), p('2,25'), p('0,75')]);
    expect([r.root.nodeId, r.root.max, r.root.self, r.root.final, r.root.lost]).toEqual([ROOT_ID, p('5'), p('2,75'), p('3,5'), p('1,5')]);
  });

  it('computes the self index over the leaves the unit scores and the final index over all', () => {
    expect(r.node('1')!.selfIndex).toBe(8750);
    expect(r.node('1')!.finalIndex).toBe(6250);
    // 2.1 is the appraiser's alone: the self view of field 2 is 2.2 only (1 of 1).
    expect(r.node('2')!.selfApplicableMax).toBe(p('1'));
    expect(r.node('2')!.selfIndex).toBe(10_000);
    expect(r.node('2')!.finalIndex).toBe(7500);
    expect(r.root.selfApplicableMax).toBe(p('3'));
    expect(r.root.selfIndex).toBe(9167);
    expect(r.root.finalIndex).toBe(7000);
    expect(r.finalIndex).toBe(7000);
    expect(r.finalPoints).toBe(p('3,5'));
  });

  it('reports leaf details and counts', () => {
    const l = r.node('1.3')!;
    expect(l).toMatchObject({ isLeaf: true, code: '1.3', depth: 2, kind: 'normal', scoredBy: 'unit', naPolicy: 'exclude' });
    expect([l.self, l.appraisal, l.final, l.lost, l.finalIndex]).toEqual([p('0,25'), p('0'), p('0'), p('0,5'), 0]);
    expect(r.root.counts).toEqual({ leaves: 5, selfScored: 4, appraised: 5, surveyed: 0, decided: 5, na: 0, pending: 0 });
    expect(r.nodes().map((n) => n.nodeId)).toEqual([ROOT_ID, '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2']);
  });

  it('rounds the index half-up to hundredths of a percent', () => {
    const fw = framework([leaf('a', '3')]);
    expect(aggregateAssessment(fw, [{ nodeId: 'a', appraisal: p('2') }]).root.finalIndex).toBe(6667);
    expect(aggregateAssessment(fw, [{ nodeId: 'a', appraisal: p('1') }]).root.finalIndex).toBe(3333);
  });

  it('adds decimals exactly: 0,1 + 0,2 = 0,3', () => {
    const fw = framework([group('1', [leaf('a', '0,1'), leaf('b', '0,2')])]);
    const res = aggregateAssessment(fw, [
      { nodeId: 'a', appraisal: p('0,1') },
      { nodeId: 'b', appraisal: p('0,2') },
    ]);
    expect(res.root.final).toBe(p('0,3'));
    expect(res.root.finalIndex).toBe(10_000);
  });
});

describe('not applicable (không phát sinh) under each policy', () => {
  const tree = (policy: 'exclude' | 'full' | 'zero') =>
    framework([group('A', [leaf('a1', '2'), leaf('a2', '1'), leaf('a3', '1')])], { naPolicy: policy });
  const scores: LeafScore[] = [
    { nodeId: 'a1', self: p('2'), appraisal: p('2') },
    { nodeId: 'a2', na: { reason: 'Năm 2024 không có văn bản quy phạm pháp luật cần rà soát' } },
    { nodeId: 'a3', self: p('0,5'), appraisal: p('0,5') },
  ];

  it('exclude: removes the item from the max and normalises the index', () => {
    const r = aggregateAssessment(tree('exclude'), scores);
    expect(r.ok).toBe(true);
    expect([r.root.max, r.root.applicableMax, r.root.final, r.root.finalIndex]).toEqual([p('4'), p('3'), p('2,5'), 8333]);
    const a2 = r.node('a2')!;
    expect([a2.applicableMax, a2.final, a2.lost, a2.finalIndex]).toEqual([0, 0, 0, null]);
    expect(a2.naReason).toBe('Năm 2024 không có văn bản quy phạm pháp luật cần rà soát');
    expect(r.root.counts.na).toBe(1);
    expect(r.root.counts.decided).toBe(3);
  });

  it('full: gives the item its full marks', () => {
    const r = aggregateAssessment(tree('full'), scores);
    expect([r.root.applicableMax, r.root.self, r.root.final, r.root.finalIndex, r.root.lost]).toEqual([p('4'), p('3,5'), p('3,5'), 8750, p('0,5')]);
    expect([r.node('a2')!.final, r.node('a2')!.lost]).toEqual([p('1'), 0]);
  });

  it('zero: gives the item 0 points and counts it lost', () => {
    const r = aggregateAssessment(tree('zero'), scores);
    expect([r.root.applicableMax, r.root.final, r.root.finalIndex, r.root.lost]).toEqual([p('4'), p('2,5'), 6250, p('1,5')]);
    expect(r.node('a2')!.lost).toBe(p('1'));
  });

  it('a node overrides the policy for everything under it, and a leaf overrides again', () => {
    const fw = framework(
      [
        group('A', [leaf('a1', '1'), leaf('a2', '1')]),
        group('B', [leaf('b1', '1'), leaf('b2', '1', { naPolicy: 'zero' })], { naPolicy: 'full' }),
      ],
      { naPolicy: 'exclude' },
    );
    const na = { reason: 'Không phát sinh nhiệm vụ' };
    const r = aggregateAssessment(fw, ['a1', 'b1', 'b2'].map((nodeId) => ({ nodeId, na })));
    expect(r.node('a1')!.naPolicy).toBe('exclude');
    expect(r.node('b1')!.naPolicy).toBe('full');
    expect(r.node('b2')!.naPolicy).toBe('zero');
    expect([r.node('a1')!.applicableMax, r.node('b1')!.final, r.node('b2')!.final]).toEqual([0, p('1'), 0]);
    expect([r.root.applicableMax, r.root.final, r.root.counts.pending]).toEqual([p('3'), p('1'), 1]);
  });

  it('rejects N/A without a reason, bilingually, and leaves the item unscored', () => {
    const r = aggregateAssessment(tree('full'), [{ nodeId: 'a2', na: { reason: '   ' } }]);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      {
        nodeId: 'a2',
        field: 'na',
        message: {
          vi: 'Tiêu chí a2: đánh dấu "không phát sinh" phải nêu lý do',
          en: 'Criterion a2: marking it "not applicable" needs a reason',
        },
      },
    ]);
    expect([r.node('a2')!.final, r.node('a2')!.naReason, r.root.counts.na]).toEqual([null, null, 0]);
  });

  it('rejects N/A on an item that may not be N/A, and still uses its scores', () => {
    const fw = framework([leaf('x', '2', { naAllowed: false })]);
    const r = aggregateAssessment(fw, [{ nodeId: 'x', na: { reason: 'lý do' }, appraisal: p('1') }]);
    expect(r.errors.map((e) => e.message.vi)).toEqual(['Tiêu chí x không được đánh dấu "không phát sinh"']);
    expect(r.root.final).toBe(p('1'));
  });

  it('keeps the N/A decision but reports scores given beside it', () => {
    const r = aggregateAssessment(tree('zero'), [{ nodeId: 'a2', na: { reason: 'lý do' }, self: p('1') }]);
    expect(r.errors.map((e) => e.field)).toEqual(['na']);
    expect(r.errors[0]!.message.en).toBe('Criterion a2 is marked "not applicable" and also scored; remove one of the two');
    expect([r.node('a2')!.self, r.node('a2')!.final]).toEqual([0, 0]);
  });
});

describe('bonus and penalty', () => {
  const fw = framework([
    group('1', [leaf('1.1', '10')]),
    group('B', [leaf('b1', '3'), leaf('b2', '2')], { kind: 'bonus' }),
    group('P', [leaf('p1', '2'), leaf('p2', '3')], { kind: 'penalty' }),
  ]);

  it('adds bonus to the points but not to the max, and caps the index at 100 %', () => {
    const r = aggregateAssessment(fw, [
      { nodeId: '1.1', appraisal: p('9') },
      { nodeId: 'b1', appraisal: p('3') },
    ]);
    expect([r.root.max, r.root.applicableMax, r.root.final, r.root.finalIndex]).toEqual([p('10'), p('10'), p('12'), 10_000]);
    expect(r.node('b1')!.kind).toBe('bonus');
    const b = r.node('B')!;
    expect([b.kind, b.max, b.final, b.finalIndex, b.lost]).toEqual(['bonus', p('5'), p('3'), 6000, 0]);
    expect(r.root.lost).toBe(p('1'));
  });

  it('lets the index pass 100 % only when the cap is lifted', () => {
    const r = aggregateAssessment(fw, [{ nodeId: '1.1', appraisal: p('9') }, { nodeId: 'b1', appraisal: p('3') }], { indexCap: null });
    expect(r.root.finalIndex).toBe(12_000);
    const under = aggregateAssessment(fw, [{ nodeId: '1.1', appraisal: p('6') }, { nodeId: 'b1', appraisal: p('3') }]);
    expect(under.root.finalIndex).toBe(9000);
  });

  it('subtracts penalties, keeps the deduction positive on the penalty rows, counts it lost', () => {
    const r = aggregateAssessment(fw, [
      { nodeId: '1.1', appraisal: p('8') },
      { nodeId: 'p1', appraisal: p('2') },
    ]);
    expect([r.root.final, r.root.finalIndex, r.root.lost]).toEqual([p('6'), 6000, p('4')]);
    const pen = r.node('P')!;
    expect([pen.kind, pen.max, pen.final, pen.finalIndex]).toEqual(['penalty', p('5'), p('2'), 4000]);
  });

  it('floors the index at 0 when penalties exceed the points', () => {
    const r = aggregateAssessment(fw, [
      { nodeId: '1.1', appraisal: p('1') },
      { nodeId: 'p2', appraisal: p('3') },
    ]);
    expect([r.root.final, r.root.finalIndex]).toEqual([p('-2'), 0]);
  });

  it('scores N/A on bonus and penalty rows as 0 even under "full"', () => {
    const full = { ...fw, naPolicy: 'full' as const };
    const na = { reason: 'Không phát sinh' };
    const r = aggregateAssessment(full, [
      { nodeId: '1.1', appraisal: p('5') },
      { nodeId: 'b1', na },
      { nodeId: 'p1', na },
    ]);
    expect([r.node('b1')!.final, r.node('p1')!.final, r.root.final]).toEqual([0, 0, p('5')]);
  });
});

describe('partial appraisal and survey-scored items', () => {
  const fw = framework([
    group('1', [leaf('1.1', '2'), leaf('1.2', '2')]),
    group('S', [leaf('s1', '2', { scoredBy: 'survey' })]),
  ]);

  it('leaves a self-scored but unappraised item undecided; the final index counts it 0', () => {
    const r = aggregateAssessment(fw, [
      { nodeId: '1.1', self: p('2'), appraisal: p('1,5') },
      { nodeId: '1.2', self: p('2') },
    ]);
    const l = r.node('1.2')!;
    expect([l.self, l.final, l.lost, l.finalIndex, l.counts.pending]).toEqual([p('2'), null, null, null, 1]);
    expect([r.node('1')!.final, r.node('1')!.finalIndex, r.node('1')!.selfIndex]).toEqual([p('1,5'), 3750, 10_000]);
    expect(r.node('S')!.final).toBeNull();
    expect(r.root.counts).toMatchObject({ leaves: 3, decided: 1, pending: 2, selfScored: 2 });
  });

  it('takes the survey score on survey items, else the appraisal', () => {
    const a = aggregateAssessment(fw, [{ nodeId: 's1', survey: p('1,5'), appraisal: p('1') }]);
    expect([a.node('s1')!.survey, a.node('s1')!.final, a.root.survey]).toEqual([p('1,5'), p('1,5'), p('1,5')]);
    const b = aggregateAssessment(fw, [{ nodeId: 's1', appraisal: p('1') }]);
    expect([b.node('s1')!.survey, b.node('s1')!.final]).toEqual([null, p('1')]);
    // The unit's self view does not include survey items.
    expect(b.node('S')!.selfApplicableMax).toBe(0);
  });

  it('rejects a self-score on survey and appraiser-only items and a survey score elsewhere', () => {
    const withAppraiser = framework([leaf('x', '1', { scoredBy: 'appraiser' }), leaf('s1', '2', { scoredBy: 'survey' }), leaf('y', '1')]);
    const r = aggregateAssessment(withAppraiser, [
      { nodeId: 'x', self: p('1') },
      { nodeId: 's1', self: p('1') },
      { nodeId: 'y', survey: p('1') },
    ]);
    expect(r.errors.map((e) => [e.nodeId, e.field, e.message.vi])).toEqual([
      ['x', 'self', 'Tiêu chí x chỉ do cơ quan thẩm định chấm; đơn vị không tự chấm'],
      ['s1', 'self', 'Tiêu chí s1 được chấm qua điều tra xã hội học; đơn vị không tự chấm'],
      ['y', 'survey', 'Tiêu chí y không chấm qua điều tra xã hội học; không nhận điểm điều tra'],
    ]);
    expect(r.root.self).toBeNull();
    expect(r.root.survey).toBeNull();
  });
});

describe('unusable scores come back as bilingual errors', () => {
  it('names the criterion, the field and the values', () => {
    const r = aggregateAssessment(twoFields, [
      { nodeId: '1.1', self: p('1,25') },
      { nodeId: '1.2', appraisal: p('-0,5') },
      { nodeId: '1.3', self: 0.5 as Points },
      { nodeId: '9.9', self: p('1') },
      { nodeId: '1', self: p('1') },
      { nodeId: '2.2', appraisal: p('1') },
      { nodeId: '2.2', appraisal: p('0') },
    ]);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.message)).toEqual([
      { vi: 'Tiêu chí 1.1: điểm tự chấm 1,25 vượt điểm tối đa 1', en: 'Criterion 1.1: self-score 1.25 exceeds the maximum of 1' },
      { vi: 'Tiêu chí 1.2: điểm thẩm định -0,5 là số âm', en: 'Criterion 1.2: appraisal score -0.5 is negative' },
      { vi: 'Tiêu chí 1.3: điểm tự chấm "0.5" không phải là số điểm hợp lệ', en: 'Criterion 1.3: self-score "0.5" is not a valid number of points' },
      { vi: 'Không có tiêu chí "9.9" trong bộ tiêu chí', en: 'There is no criterion "9.9" in the criteria set' },
      {
        vi: 'Tiêu chí 1 có tiêu chí con; chỉ chấm điểm ở tiêu chí thành phần cuối cùng',
        en: 'Criterion 1 has sub-criteria; only the lowest-level criteria are scored',
      },
      { vi: 'Tiêu chí 2.2 được chấm điểm nhiều lần', en: 'Criterion 2.2 is scored more than once' },
    ]);
    // Rejected scores are ignored; the first score of 2.2 stands.
    expect([r.node('1.1')!.self, r.node('1.2')!.appraisal, r.node('1.3')!.self, r.root.final]).toEqual([null, null, null, p('1')]);
  });

  it('refuses a framework with duplicate ids', () => {
    const fw = framework([leaf('a', '1'), leaf('a', '1')]);
    expect(() => compileFramework(fw)).toThrow(FrameworkShapeError);
  });
});

describe('a compiled framework serves many units', () => {
  it('gives the same results as compiling each time, and forgets duplicates between units', () => {
    const c = compileFramework(twoFields);
    const unit1 = [{ nodeId: '1.1', appraisal: p('1') }];
    const unit2 = [{ nodeId: '1.1', appraisal: p('0,5') }];
    const r1 = aggregateCompiled(c, unit1);
    const r2 = aggregateCompiled(c, unit2);
    expect([r1.ok, r2.ok]).toEqual([true, true]);
    expect(r1.root).toEqual(aggregateAssessment(twoFields, unit1).root);
    expect(r2.root.final).toBe(p('0,5'));
    expect(c.leafIndices.length).toBe(5);
    expect(Array.from(c.parent.slice(0, 3))).toEqual([-1, 0, 1]);
  });
});
