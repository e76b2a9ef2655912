import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFramework } from '../../src/core/format/parse';
import { serializeFramework } from '../../src/core/format/serialize';
import { validateFramework } from '../../src/core/validate';
import { findById, leaves, leavesMax, topLevelMax, walkAll } from '../../src/core/tree';
import { points, toDecimalString } from '../../src/core/points';
import { evaluateRubric } from '../../src/core/rubric/evaluate';
import type { Framework } from '../../src/core/framework';

const REPAIRED = 'frameworks/department-2023.yaml';
const PUBLISHED = 'test/fixtures/frameworks/department-2023-as-published.yaml';

function load(path: string): { text: string; fw: Framework } {
  const text = readFileSync(path, 'utf8');
  const r = parseFramework(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return { text, fw: r.framework };
}

describe('frameworks/department-2023.yaml (Quảng Điền 2023, district departments, repaired)', () => {
  const { text, fw } = load(REPAIRED);

  it('validates without a single finding', () => {
    expect(validateFramework(fw)).toEqual([]);
  });

  it('totals 100 points, stated and from its leaves', () => {
    expect(fw.statedMax).toBe(points(100));
    expect(topLevelMax(fw.nodes)).toBe(points(100));
    expect(leavesMax(fw.nodes)).toBe(points(100));
    expect(fw.nodes.map((n) => toDecimalString(n.max))).toEqual(['22', '76', '2']);
    expect(findById(fw.nodes, 'II')!.children.map((n) => toDecimalString(n.max))).toEqual(['6', '21', '4', '12', '10', '23']);
  });

  it('holds the whole document: 3 parts, 13 fields, 52 leaves, each with a rubric', () => {
    expect(fw.unitType).toBe('district-department');
    expect(fw.naPolicy).toBe('exclude');
    expect(fw.nodes.map((n) => n.children.length)).toEqual([7, 6, 1]);
    const all = leaves(fw.nodes);
    expect(all).toHaveLength(52);
    for (const leaf of all) expect(leaf.rubric, leaf.id).toBeDefined();
    const types = new Set(all.map((l) => l.rubric!.type));
    expect([...types].sort()).toEqual(['checklist', 'deadline', 'deduction', 'levels', 'percent-bands', 'yes-no']);
    expect(walkAll(fw.nodes).reduce((d, v) => Math.max(d, v.depth), 0)).toBe(4);
  });

  it('keeps the appraising departments the document names', () => {
    expect(findById(fw.nodes, 'II.4.4')).toMatchObject({ scoredBy: 'appraiser', appraisingDepartment: 'Phòng Nội vụ' });
    expect(findById(fw.nodes, 'II.5.3')).toMatchObject({ scoredBy: 'appraiser', appraisingDepartment: 'Phòng Tài chính - Kế hoạch' });
    expect(findById(fw.nodes, 'I.3.2')).toMatchObject({ scoredBy: 'appraiser', appraisingDepartment: 'Phòng Văn hóa và Thông tin' });
    expect(findById(fw.nodes, 'II.2.4')!.appraisingDepartment).toBe('Văn phòng HĐND và UBND huyện');
    const appraiserOnly = leaves(fw.nodes).filter((l) => l.scoredBy === 'appraiser').map((l) => l.id);
    expect(appraiserOnly).toEqual(['I.3.2', 'II.3.1', 'II.4.4', 'II.4.5', 'II.5.1.1', 'II.5.1.2', 'II.5.2', 'II.5.3', 'II.5.4.1', 'II.5.4.2', 'II.6.3', 'II.6.4', 'II.6.5.1', 'II.6.7.1']);
  });

  it('lists every repair, naming the code it touches', () => {
    const codes = ['II.6 ', 'II (', 'Tổng', 'I.1.3', 'I.7', 'II.2.2.2', 'II.2.7', 'II.4.2', 'II.6.1.1', 'II.6.2', 'II.6.3', 'II.6.5.1', 'II.6.7.2', 'II.3.1', 'II.6.6', 'II.2.2', 'II.5.1.1'];
    for (const code of codes) expect(fw.repairs!.some((r) => r.startsWith(code)), code).toBe(true);
    expect(fw.repairs).toHaveLength(18);
  });

  it('scores real declarations with the document\'s rules', () => {
    const on = (id: string) => findById(fw.nodes, id)!;
    const run = (id: string, input: Parameters<typeof evaluateRubric>[1]) => {
      // III's deadline comes from the period (the document sets none of its own).
      const r = evaluateRubric(on(id).rubric!, input, { max: on(id).max, deadline: '2023-10-20', periodStart: '2023-01-01', periodEnd: '2023-12-31' });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return toDecimalString(r.points);
    };
    expect(run('II.2.4', { type: 'ratio', numerator: 12_314, denominator: 12_377 })).toBe('3');
    expect(run('I.2', { type: 'count', count: 1 })).toBe('2.25');
    expect(run('II.6.2', { type: 'ratio', numerator: 15, denominator: 100 })).toBe('0');
    expect(run('II.6.2', { type: 'ratio', numerator: 55, denominator: 100 })).toBe('3');
    expect(run('I.1.3', { type: 'ratio', numerator: 80, denominator: 100 })).toBe('1');
    expect(run('II.6.6.3', { type: 'checklist', checked: ['muc-tieu', 'bien-ban'] })).toBe('2');
    expect(run('III.#1', { type: 'date', date: null })).toBe('0');
    expect(run('III.#1', { type: 'date', date: '2023-10-23' })).toBe('1');
    expect(run('II.6.1.1', { type: 'date', date: '2023-02-09' })).toBe('0');
  });

  it('is written in the canonical layout (what serializeFramework writes)', () => {
    expect(serializeFramework(fw)).toBe(text);
  });
});

describe('the same set as published (document numbers unrepaired)', () => {
  const { fw } = load(PUBLISHED);
  const findings = validateFramework(fw);

  it('reports sums exactly where the document disagrees with itself', () => {
    const sums = findings.filter((f) => f.rule === 'sum-mismatch' || f.rule === 'total-mismatch');
    expect(sums.map((f) => [f.rule, f.nodeId ?? null, f.stated, f.computed])).toEqual([
      ['sum-mismatch', 'II', '73', '78'],
      ['sum-mismatch', 'II.6', '25', '23'],
      ['total-mismatch', null, '100', '97'],
    ]);
    expect(sums[1]!.message.vi).toBe('Mục II.6: điểm tối đa ghi 25 nhưng tổng các tiêu chí con là 23');
  });

  it('reports every band gap, overlap and unreachable max found by hand', () => {
    const rest = findings.filter((f) => f.rule !== 'sum-mismatch' && f.rule !== 'total-mismatch');
    expect(rest.map((f) => `${f.rule}@${f.nodeId}`)).toEqual([
      'band-gap@I.1.3', // nothing below 50 %
      'band-gap@II.2.2.2', // nothing below 70 %
      'band-gap@II.2.2.2', // nothing at exactly 100 %
      'band-gap@II.2.7', // nothing below 90 %
      'band-gap@II.4.2', // nothing below 60 %
      'band-gap@II.6.1.1', // no tier for 10+ days late
      'band-gap@II.6.2', // 10 % to < 20 %
      'band-overlap@II.6.2', // "từ 50% trở lên" and "từ 40% trở lên"
      'max-unreachable@II.6.3', // best level 1 of 2
      'max-unreachable@II.6.4',
      'band-overlap@II.6.5.1', // "100%" and "từ 90% đến 100%"
      'band-overlap@II.6.5.2',
      'max-unreachable@II.6.7.2', // best level 0,5 of 1
    ]);
    for (const f of findings) expect(f.severity).toBe('error');
  });
});
