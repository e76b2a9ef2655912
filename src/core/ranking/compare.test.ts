import { describe, expect, it } from 'vitest';
import { aggregateAssessment, ROOT_ID } from '../aggregate';
import { framework, group, leaf, p } from '../aggregate/testing';
import { compareFields } from './compare';
import { RankingError } from './rank';

const fw = framework([
  group('1', [leaf('1.1', '2'), leaf('1.2', '2')]),
  group('2', [leaf('2.1', '4')]),
]);

const units = [
  {
    unitId: 'so-noi-vu',
    result: aggregateAssessment(fw, [
      { nodeId: '1.1', self: p('2'), appraisal: p('2') },
      { nodeId: '1.2', self: p('2'), appraisal: p('1,5') },
      { nodeId: '2.1', self: p('4'), appraisal: p('3') },
    ]),
  },
  {
    unitId: 'so-tu-phap',
    result: aggregateAssessment(fw, [
      { nodeId: '1.1', self: p('1,5'), appraisal: p('1') },
      { nodeId: '1.2', self: p('2'), appraisal: p('2') },
      { nodeId: '2.1', self: p('3') },
    ]),
  },
  { unitId: 'so-y-te', result: aggregateAssessment(fw, []) },
];

describe('compareFields', () => {
  const [f1, f2] = compareFields(fw, units);

  it('lists each unit in each top-level field', () => {
    expect(f1!.nodeId).toBe('1');
    expect(f1!.max).toBe(p('4'));
    expect(f1!.units.map((u) => [u.unitId, u.self, u.final, u.selfIndex, u.finalIndex, u.gap])).toEqual([
      ['so-noi-vu', p('4'), p('3,5'), 10_000, 8750, 1250],
      ['so-tu-phap', p('3,5'), p('3'), 8750, 7500, 1250],
      ['so-y-te', null, null, null, null, null],
    ]);
  });

  it('gives average, lowest and highest over the units that have a value', () => {
    expect(f1!.finalIndex).toEqual({ count: 2, average: 8125, min: 7500, max: 8750 });
    expect(f1!.selfIndex).toEqual({ count: 2, average: 9375, min: 8750, max: 10_000 });
    expect(f1!.finalPoints).toEqual({ count: 2, average: p('3,25'), min: p('3'), max: p('3,5') });
    expect(f1!.gap).toEqual({ count: 2, average: 1250, min: 1250, max: 1250 });
  });

  it('counts the self-vs-final gap only where both exist', () => {
    expect(f2!.units.map((u) => u.gap)).toEqual([2500, null, null]);
    expect(f2!.gap).toEqual({ count: 1, average: 2500, min: 2500, max: 2500 });
    expect(f2!.selfIndex).toEqual({ count: 2, average: 8750, min: 7500, max: 10_000 });
  });

  it('compares the whole set or any node when asked', () => {
    const [total] = compareFields(fw, units, { nodeIds: [ROOT_ID] });
    expect(total!.name).toBe('Bộ tiêu chí thử');
    expect(total!.finalPoints).toEqual({ count: 2, average: p('4,75'), min: p('3'), max: p('6,5') });
  });

  it('refuses unknown nodes and results from another criteria set', () => {
    expect(() => compareFields(fw, units, { nodeIds: ['9'] })).toThrow(RankingError);
    const other = framework([leaf('1', '1')], { id: 'other' });
    expect(() => compareFields(other, units)).toThrow(/assessed on criteria set "test-set"/);
  });
});
