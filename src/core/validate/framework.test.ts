import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { FrameworkNode } from '../framework';
import type { Finding } from '../findings';
import { parsePoints, points } from '../points';
import { walkAll } from '../tree';
import { consistentNodesArb, frameworkOf } from '../format/arbitrary.test-helpers';
import { validateFramework } from './framework';

const p = parsePoints;

function leaf(code: string | null, max: string, extra: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id: code ?? 'uncoded', code, name: `Tiêu chí ${code ?? ''}`, max: p(max), children: [], rubric: { type: 'yes-no' }, ...extra };
}
function parent(code: string, max: string, children: FrameworkNode[], extra: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id: code, code, name: `Mục ${code}`, max: p(max), children, ...extra };
}
const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.nodeId ?? f.code ?? 'total'}`);

describe('validateFramework', () => {
  it('is clean on a consistent set', () => {
    const fw = frameworkOf([parent('1', '3', [leaf('1.1', '2'), leaf('1.2', '1')])], { statedMax: points(3) });
    expect(validateFramework(fw)).toEqual([]);
  });

  it('sum-mismatch: names the code, the stated and computed max, in both languages', () => {
    const fw = frameworkOf([parent('1', '22', [leaf('1.1', '12'), leaf('1.2', '8')])]);
    const [f, ...rest] = validateFramework(fw);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'sum-mismatch', code: '1', nodeId: '1', column: 'max', stated: '22', computed: '20', severity: 'error' });
    expect(f!.message.vi).toBe('Mục 1: điểm tối đa ghi 22 nhưng tổng các tiêu chí con là 20');
    expect(f!.message.en).toBe('Item 1: stated max is 22 but its sub-criteria add up to 20');
  });

  it('sum-mismatch: decimals are exact and written the Vietnamese way', () => {
    const fw = frameworkOf([parent('6', '0,3', [leaf('6.1', '0,1'), leaf('6.2', '0,2')]), parent('7', '3', [leaf('7.1', '1,5'), leaf('7.2', '1,25')])]);
    const fs = validateFramework(fw);
    expect(rules(fs)).toEqual(['sum-mismatch@7']);
    expect(fs[0]!.message.vi).toContain('tổng các tiêu chí con là 2,75');
    expect(fs[0]!.computed).toBe('2.75');
  });

  it('leaves bonus and penalty children out of the parent sum', () => {
    const ok = frameworkOf([parent('1', '2', [leaf('1.1', '2'), leaf('1.2', '5', { kind: 'bonus' }), leaf('1.3', '1', { kind: 'penalty' })])]);
    expect(validateFramework(ok)).toEqual([]);
    const bad = frameworkOf([parent('1', '7', [leaf('1.1', '2'), leaf('1.2', '5', { kind: 'bonus' })])]);
    expect(rules(validateFramework(bad))).toEqual(['sum-mismatch@1']);
  });

  it('total-mismatch only when a stated total differs from the top-level sum', () => {
    const nodes = [parent('I', '22', [leaf('1', '22')]), parent('II', '73', [leaf('1', '73')]), leaf('III', '2')];
    nodes[1]!.children[0]!.id = 'II.1';
    nodes[0]!.children[0]!.id = 'I.1';
    const bad = validateFramework(frameworkOf(nodes, { statedMax: points(100) }));
    expect(rules(bad)).toEqual(['total-mismatch@total']);
    expect(bad[0]).toMatchObject({ code: null, stated: '100', computed: '97' });
    expect(bad[0]!.message.vi).toBe('Tổng điểm tối đa ghi 100 nhưng tổng các mục cấp cao nhất là 97');
    expect(validateFramework(frameworkOf(nodes, { statedMax: points(97) }))).toEqual([]);
    expect(validateFramework(frameworkOf(nodes))).toEqual([]);
  });

  it('duplicate-code within a part, but not across parts; duplicate ids too', () => {
    const acrossParts = frameworkOf([
      parent('I', '1', [{ ...leaf('1', '1'), id: 'I.1' }]),
      parent('II', '1', [{ ...leaf('1', '1'), id: 'II.1' }]),
    ]);
    expect(validateFramework(acrossParts)).toEqual([]);
    const twice = frameworkOf([parent('1', '2', [leaf('1.1', '1'), { ...leaf('1.1', '1'), id: '1.1b' }])]);
    const fs = validateFramework(twice);
    expect(rules(fs)).toEqual(['duplicate-code@1.1b']);
    expect(fs[0]!.message.vi).toContain('Mã 1.1 xuất hiện lần thứ 2');
    const sameId = frameworkOf([parent('1', '2', [leaf('1.1', '1'), { ...leaf('1.2', '1'), id: '1.1' }])]);
    expect(rules(validateFramework(sameId))).toEqual(['duplicate-code@1.1']);
  });

  it('depth-exceeded beyond five levels, reported once', () => {
    let deep: FrameworkNode = leaf('1.1.1.1.1.1.1', '1');
    for (const c of ['1.1.1.1.1.1', '1.1.1.1.1', '1.1.1.1', '1.1.1', '1.1', '1']) deep = parent(c, '1', [deep]);
    expect(rules(validateFramework(frameworkOf([deep])))).toEqual(['depth-exceeded@1.1.1.1.1.1']);
    expect(validateFramework(frameworkOf([deep.children[0]!.children[0]!]))).toEqual([]);
  });

  it('invalid-value: negative max is an error', () => {
    const fs = validateFramework(frameworkOf([leaf('1', '-1')]));
    expect(fs.find((f) => f.rule === 'invalid-value')).toMatchObject({ severity: 'error', stated: '-1', code: '1' });
    expect(validateFramework(frameworkOf([leaf('1', '0', { rubric: { type: 'manual' } })]))).toEqual([]);
  });

  it('warns about unit-scored leaves without a rubric, and rubrics on inner nodes', () => {
    const noRubric = (scoredBy?: 'unit' | 'appraiser') => {
      const l = leaf('1', '1', scoredBy ? { scoredBy } : {});
      delete l.rubric;
      return validateFramework(frameworkOf([l]));
    };
    expect(noRubric()).toMatchObject([{ rule: 'invalid-value', severity: 'warning', code: '1' }]);
    expect(noRubric('unit')).toHaveLength(1);
    expect(noRubric('appraiser')).toEqual([]);
    const inner = validateFramework(frameworkOf([parent('1', '1', [leaf('1.1', '1')], { rubric: { type: 'manual' } })]));
    expect(inner).toMatchObject([{ rule: 'invalid-value', severity: 'warning', code: '1' }]);
  });

  it('runs the rubric checks of every leaf and adds the node id', () => {
    const fw = frameworkOf([parent('II', '2', [{ ...leaf('6.3', '2', { rubric: { type: 'yes-no', yes: p('1') } }), id: 'II.6.3' }])]);
    const fs = validateFramework(fw);
    expect(fs).toMatchObject([{ rule: 'max-unreachable', code: '6.3', nodeId: 'II.6.3' }]);
    const gap = frameworkOf([leaf('1', '1', { rubric: { type: 'percent-bands', bands: [{ from: 9000, to: null, points: p('1'), label: 'từ 90%' }, { from: null, to: 8000, points: p('0'), label: 'dưới 80%' }] } })]);
    expect(rules(validateFramework(gap))).toEqual(['band-gap@1']);
  });

  it('checks classification bands', () => {
    const bands = [
      { code: 'A', label: { vi: 'Tốt', en: 'Good' }, minIndex: 9000 },
      { code: 'B', label: { vi: 'Khá', en: 'Fair' }, minIndex: 9000 },
      { code: 'C', label: { vi: 'Lạ', en: 'Odd' }, minIndex: 12_000 },
    ];
    const fs = validateFramework(frameworkOf([leaf('1', '1')], { bands }));
    expect(fs.map((f) => f.rule)).toEqual(['band-overlap', 'invalid-value']);
    expect(validateFramework(frameworkOf([leaf('1', '1')], { bands: bands.slice(0, 1) }))).toEqual([]);
  });
});

describe('validateFramework properties', () => {
  const yesNo = (nodes: FrameworkNode[]) => {
    for (const v of walkAll(nodes)) if (v.node.children.length === 0) v.node.rubric = { type: 'yes-no' };
    return nodes;
  };

  it('a tree whose parents are the sums of their children has no sum-mismatch', () => {
    fc.assert(
      fc.property(consistentNodesArb(5), (nodes) => {
        const fs = validateFramework(frameworkOf(yesNo(nodes)));
        expect(fs.filter((f) => f.rule === 'sum-mismatch')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // Stated maxima are compared with the children's stated maxima, so changing a node's max
  // disturbs two sums: its own (against its children) and its parent's (it is a child there).
  const perturbed = fc
    .tuple(consistentNodesArb(5), fc.nat(), fc.integer({ min: 1, max: 100_000 }), fc.boolean())
    .filter(([nodes]) => walkAll(nodes).some((v) => v.node.children.length > 0))
    .map(([original, pick, delta, up]) => {
      const nodes = yesNo(structuredClone(original));
      const parents = walkAll(nodes).filter((v) => v.node.children.length > 0);
      const visit = parents[pick % parents.length]!;
      const max = visit.node.max;
      visit.node.max = (up || max < delta ? max + delta : max - delta) as typeof max;
      return { nodes, visit };
    });

  it('perturbing one top-level parent yields exactly one sum-mismatch, at that code', () => {
    fc.assert(
      fc.property(perturbed.filter(({ visit }) => visit.parent === null), ({ nodes, visit }) => {
        const sums = validateFramework(frameworkOf(nodes)).filter((f) => f.rule === 'sum-mismatch');
        expect(sums).toHaveLength(1);
        expect(sums[0]).toMatchObject({ nodeId: visit.node.id, code: visit.node.code });
      }),
      { numRuns: 200 },
    );
  });

  it('perturbing an inner parent yields sum-mismatches at that code and its parent only', () => {
    fc.assert(
      fc.property(perturbed.filter(({ visit }) => visit.parent !== null), ({ nodes, visit }) => {
        const sums = validateFramework(frameworkOf(nodes)).filter((f) => f.rule === 'sum-mismatch');
        expect(sums.map((f) => f.nodeId).sort()).toEqual([visit.node.id, visit.parent!.id].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('a perturbed total yields exactly one total-mismatch', () => {
    fc.assert(
      fc.property(consistentNodesArb(3), fc.integer({ min: 1, max: 1000 }), (nodes, delta) => {
        const total = nodes.reduce((a, n) => a + n.max, 0);
        const fs = validateFramework(frameworkOf(yesNo(nodes), { statedMax: (total + delta) as never }));
        expect(fs.map((f) => f.rule)).toEqual(['total-mismatch']);
        expect(validateFramework(frameworkOf(nodes, { statedMax: total as never }))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
