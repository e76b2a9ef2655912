import { describe, expect, it } from 'vitest';
import { parsePoints, points } from '../../core/points';
import type { SummaryRow } from '../types';
import { sampleRows } from '../testing/sample';
import { resolveTotals, summaryTable } from './summary-table';

const p = parsePoints;

describe('summary table', () => {
  it('totals the top rows exactly and derives the index', () => {
    const rows = sampleRows();
    const t = resolveTotals(rows);
    expect(t.max).toBe(points(100));
    expect(t.self).toBe(points(93));
    expect(t.appraisal).toBe(p('89'));
    expect(t.selfIndex).toBe(9300);
    expect(t.summed).toEqual({ max: true, self: true, appraisal: true });
  });

  it('subtracts a penalty section and keeps it out of the max', () => {
    const rows: SummaryRow[] = [
      { level: 1, code: '1', name: 'A', max: p('60'), self: p('55,5') },
      { level: 1, code: '2', name: 'B', max: p('40'), self: p('40') },
      { level: 1, code: 'III', name: 'Điểm trừ', max: p('5'), self: p('0,75'), penalty: true },
    ];
    const t = resolveTotals(rows);
    expect(t.max).toBe(points(100));
    expect(t.self).toBe(p('94,75'));
    const table = summaryTable(rows, t);
    const total = table.rows.at(-1)!;
    expect(total.style).toBe('total');
    expect(total.formulas?.find((f) => f.column === 3)?.terms).toEqual([
      { row: 0, sign: 1 },
      { row: 1, sign: 1 },
      { row: 2, sign: -1 },
    ]);
    expect(total.formulas?.find((f) => f.column === 2)?.terms.map((x) => x.row)).toEqual([0, 1]);
  });

  it('uses given totals and then writes no formula for them', () => {
    const rows = sampleRows();
    const t = resolveTotals(rows, { max: points(95), self: points(93) });
    expect(t.selfIndex).toBe(9789);
    const total = summaryTable(rows, t).rows.at(-1)!;
    expect(total.cells[2]!.text).toBe('95');
    // The self total equals the sum, so it keeps its formula; the rescaled max does not.
    expect(total.formulas?.map((f) => f.column)).toEqual([3, 4]);
  });

  it('styles fields, criteria and sub-criteria and joins evidence lines', () => {
    const table = summaryTable(sampleRows(), resolveTotals(sampleRows()));
    expect(table.rows.slice(0, 3).map((r) => [r.style, r.indent])).toEqual([
      ['field', 0],
      ['criterion', 0],
      ['sub', 1],
    ]);
    expect(table.rows[2]!.cells[5]!.text).toBe('- Kế hoạch số 67/KH-UBND ngày 10/01/2022 của UBND huyện về cải cách hành chính năm 2022');
    expect(table.rows[0]!.cells[4]).toEqual({ text: '14,5', value: { kind: 'points', points: p('14,5') } });
  });

  it('drops the appraisal column on request', () => {
    const table = summaryTable(sampleRows(), resolveTotals(sampleRows()), false);
    expect(table.columns.map((c) => c.header)).not.toContain('Điểm thẩm định');
    expect(table.rows.every((r) => r.cells.length === 5)).toBe(true);
  });
});
