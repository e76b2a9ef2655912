import { describe, it, expect } from 'vitest';
import type { FrameworkNode } from './framework';
import { points, parsePoints } from './points';
import {
  childrenMax, compareCodes, computedMax, findByCode, findById, isDottedCode, isRoman, leaves, leavesMax,
  normalizeCode, parentCode, parseDottedCode, parseRoman, qualifyCode, toRoman, tooDeep, topLevelMax, treeDepth, walkAll,
} from './tree';

function node(code: string | null, max: string, children: FrameworkNode[] = [], extra: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id: code ?? 'x', code, name: `Mục ${code ?? ''}`, max: parsePoints(max), children, ...extra };
}

// Two parts that both number their fields from 1, as the district department set does.
const tree: FrameworkNode[] = [
  node('I', '3', [node('1', '3', [node('1.1', '2'), node('1.2', '1')])]),
  node('II', '5', [node('1', '4', [node('1.1', '4')]), node('2', '1', [], { kind: 'bonus' })]),
  node('III', '2', [node(null, '2')]),
];

describe('walk', () => {
  it('visits in pre-order with depth, parent and qualified code', () => {
    const visits = walkAll(tree);
    expect(visits.map((v) => v.qualified)).toEqual(['I', 'I.1', 'I.1.1', 'I.1.2', 'II', 'II.1', 'II.1.1', 'II.2', 'III', 'III.#1']);
    expect(visits.map((v) => v.depth)).toEqual([1, 2, 3, 3, 1, 2, 3, 2, 1, 2]);
    expect(visits[2]!.parent?.code).toBe('1');
    expect(visits[0]!.parent).toBeNull();
    expect(visits[6]!.path).toEqual([1, 0, 0]);
  });

  it('lists leaves in order', () => {
    expect(leaves(tree).map((n) => n.code)).toEqual(['1.1', '1.2', '1.1', '2', null]);
  });

  it('finds by qualified code first, then by printed code', () => {
    expect(findByCode(tree, 'II.1.1')!.max).toBe(points(4));
    expect(findByCode(tree, '1.1')!.max).toBe(points(2));
    expect(findByCode(tree, '9.9')).toBeUndefined();
    expect(findById(tree, 'III')!.code).toBe('III');
    expect(findById(tree, 'nope')).toBeUndefined();
  });

  it('measures depth', () => {
    expect(treeDepth(tree)).toBe(3);
    expect(treeDepth([])).toBe(0);
    let deep = node('1.1.1.1.1.1', '1');
    for (const c of ['1.1.1.1.1', '1.1.1.1', '1.1.1', '1.1', '1']) deep = node(c, '1', [deep]);
    expect(tooDeep([deep]).map((v) => v.node.code)).toEqual(['1.1.1.1.1.1']);
    expect(tooDeep(tree)).toEqual([]);
  });
});

describe('maxima', () => {
  it('sums children and leaves, leaving bonus out', () => {
    expect(childrenMax(tree[1]!)).toBe(points(4));
    expect(computedMax(tree[0]!)).toBe(points(3));
    expect(computedMax(tree[1]!.children[1]!)).toBe(points(0));
    expect(leavesMax(tree)).toBe(points(9));
    expect(topLevelMax(tree)).toBe(points(10));
    expect(computedMax(node('1', '0,75'))).toBe(parsePoints('0.75'));
  });
});

describe('codes', () => {
  it('parses and writes Roman numerals', () => {
    expect(parseRoman('XIV')).toBe(14);
    expect(parseRoman('iv')).toBeUndefined();
    expect(parseRoman('C')).toBe(100);
    expect(parseRoman('IIII')).toBeUndefined();
    expect(parseRoman('1')).toBeUndefined();
    expect(isRoman('')).toBe(false);
    expect(toRoman(1994)).toBe('MCMXCIV');
    for (let n = 1; n < 200; n++) expect(parseRoman(toRoman(n))).toBe(n);
  });

  it('parses dotted codes and their parents', () => {
    expect(parseDottedCode('6.6.3')).toEqual([6, 6, 3]);
    expect(parseDottedCode('1.')).toEqual([1]);
    expect(parseDottedCode('a.1')).toBeUndefined();
    expect(isDottedCode('II')).toBe(false);
    expect(parentCode('1.2.3')).toBe('1.2');
    expect(parentCode('1')).toBeNull();
    expect(parentCode('II')).toBeNull();
    expect(normalizeCode(' II. ')).toBe('II');
    expect(normalizeCode('a)')).toBe('a');
  });

  it('orders codes as documents do', () => {
    const codes = ['1.10', 'II', '1.2', null, '1', 'I', '1.9', '2', 'c', 'a', '1.2.1'];
    const sorted = [...codes].sort(compareCodes);
    expect(sorted).toEqual(['I', 'II', '1', '1.2', '1.2.1', '1.9', '1.10', '2', 'a', 'c', null]);
  });

  it('qualifies codes within parts', () => {
    expect(qualifyCode(null, '1', 0)).toBe('1');
    expect(qualifyCode({ qualified: 'I', code: 'I' }, '1', 0)).toBe('I.1');
    expect(qualifyCode({ qualified: 'I.1', code: '1' }, '1.1', 0)).toBe('I.1.1');
    expect(qualifyCode({ qualified: '1.2', code: '1.2' }, 'a', 0)).toBe('1.2.a');
    expect(qualifyCode({ qualified: 'III', code: 'III' }, null, 1)).toBe('III.#2');
    expect(qualifyCode(null, null, 0)).toBe('#1');
  });
});
