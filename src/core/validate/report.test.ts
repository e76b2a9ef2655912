import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { FrameworkNode } from '../framework';
import { consistentNodesArb } from '../format/arbitrary.test-helpers';
import { parsePoints, sum } from '../points';
import type { Points } from '../points';
import type { Finding } from '../findings';
import { validateReport } from './report';
import type { ReportRow } from './report';

const p = (s: string | null) => (s === null ? null : parsePoints(s));

/** row(code, max, self, appraisal, lost, children) with figures as printed ("0,75"). */
function row(code: string | null, max: string | null, self: string | null, appraisal: string | null, lost: string | null, children: ReportRow[] = []): ReportRow {
  return { code, name: `Nội dung ${code ?? 'không mã'}`, max: p(max), self: p(self), appraisal: p(appraisal), lost: p(lost), children };
}
const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.nodeId ?? 'total'}${f.column ? `:${f.column}` : ''}`);

describe('validateReport', () => {
  const clean = () => [
    row('1', '5', '4,5', '4', '1', [row('1.1', '2', '2', '1,5', '0,5'), row('1.2', '3', '2,5', '2,5', '0,5')]),
    row('2', '3', '3', '3', '0'),
  ];

  it('is clean when every figure adds up', () => {
    expect(validateReport({ rows: clean(), stated: { max: p('8')!, self: p('7,5')!, appraisal: p('7')!, lost: p('1')! } })).toEqual([]);
  });

  it('sum-mismatch per column, with stated and computed figures', () => {
    const rows = clean();
    rows[0]!.max = p('6');
    rows[0]!.self = p('4');
    const fs = validateReport({ rows });
    expect(rules(fs)).toEqual(['sum-mismatch@1:max', 'sum-mismatch@1:self', 'lost-mismatch@1:lost']);
    expect(fs[0]).toMatchObject({ code: '1', stated: '6', computed: '5' });
    expect(fs[1]!.message.vi).toBe('Mục 1: điểm tự chấm ghi 4 nhưng tổng các tiêu chí con là 4,5');
    expect(fs[1]!.message.en).toBe('Item 1: stated self-assessment score is 4 but its sub-criteria add up to 4.5');
  });

  it('does not sum a column when a child lacks the figure', () => {
    const rows = clean();
    rows[0]!.children[0]!.appraisal = null;
    rows[0]!.children[0]!.lost = null;
    rows[0]!.appraisal = p('4,75');
    rows[0]!.lost = p('0,25');
    expect(validateReport({ rows })).toEqual([]);
    rows[1]!.self = p('-1');
    expect(rules(validateReport({ rows }))).toEqual(['invalid-value@2:self']);
  });

  it('total-mismatch for stated totals', () => {
    const fs = validateReport({ rows: clean(), stated: { max: p('100'), self: p('7,5'), appraisal: null } });
    expect(rules(fs)).toEqual(['total-mismatch@total:max']);
    expect(fs[0]).toMatchObject({ code: null, stated: '100', computed: '8' });
    expect(fs[0]!.message.vi).toBe('Tổng cộng điểm tối đa ghi 100 nhưng tổng các mục cấp cao nhất là 8');
  });

  it('score-exceeds-max for self, appraisal and survey, rows and totals', () => {
    const rows = [row('1', '2', '2,25', '2', '0'), { ...row('2', '1', '1', '1', '0'), survey: p('1,5') }];
    const fs = validateReport({ rows, stated: { max: p('3'), self: p('3,25') } });
    expect(rules(fs)).toEqual(['score-exceeds-max@1:self', 'score-exceeds-max@2:survey', 'score-exceeds-max@total:self']);
    expect(fs[0]!.message.vi).toBe('Mục 1: điểm tự chấm 2,25 vượt điểm tối đa 2');
    expect(validateReport({ rows: [row('1', '2', '2', '2', '0')] })).toEqual([]);
  });

  it('lost-mismatch when lost ≠ max − appraisal', () => {
    const fs = validateReport({ rows: [row('1', '2', '2', '1,25', '0,5')], stated: { max: p('2'), appraisal: p('1,25'), lost: p('0,75') } });
    expect(rules(fs)).toEqual(['lost-mismatch@1:lost', 'total-mismatch@total:lost']);
    expect(fs[0]).toMatchObject({ stated: '0.5', computed: '0.75' });
    expect(fs[0]!.message.vi).toBe('Mục 1: điểm bị trừ ghi 0,5 nhưng điểm tối đa 2 − điểm thẩm định 1,25 = 0,75');
  });

  it('duplicate-code within a part, not across parts, never for uncoded rows', () => {
    const parts = [
      row('I', '2', null, null, null, [row('1', '1', null, null, null), row(null, '1', null, null, null)]),
      row('II', '2', null, null, null, [row('1', '1', null, null, null), row(null, '1', null, null, null)]),
    ];
    expect(validateReport({ rows: parts })).toEqual([]);
    parts[1]!.children[1]!.code = '1';
    const fs = validateReport({ rows: parts });
    expect(rules(fs)).toEqual(['duplicate-code@II.1']);
    expect(fs[0]!.message.vi).toContain('Mã II.1 xuất hiện lần thứ 2');
  });

  it('names uncoded rows by their text', () => {
    const fs = validateReport({ rows: [row(null, '3', null, null, null, [row('a', '1', null, null, null)])] });
    expect(fs[0]!.message.vi).toBe('Mục "Nội dung không mã": điểm tối đa ghi 3 nhưng tổng các tiêu chí con là 1');
  });
});

describe('validateReport properties', () => {
  /** A filled-in table from a consistent tree: appraisal = ⌊max / 2⌋ on leaves, everything summed. */
  function tableOf(nodes: FrameworkNode[]): ReportRow[] {
    const build = (n: FrameworkNode): ReportRow => {
      const children = n.children.map(build);
      const appraisal = children.length === 0 ? (Math.floor(n.max / 2) as Points) : sum(children.map((c) => c.appraisal!));
      const self = children.length === 0 ? n.max : sum(children.map((c) => c.self!));
      return { code: n.code, name: n.name, max: n.max, self, appraisal, lost: (n.max - appraisal) as Points, children };
    };
    return nodes.map(build);
  }

  it('a consistent table has no findings', () => {
    fc.assert(
      fc.property(consistentNodesArb(4), (nodes) => {
        const rows = tableOf(nodes);
        const stated = { max: sum(rows.map((r) => r.max!)), self: sum(rows.map((r) => r.self!)), appraisal: sum(rows.map((r) => r.appraisal!)), lost: sum(rows.map((r) => r.lost!)) };
        expect(validateReport({ rows, stated })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a changed appraisal on a top-level leaf row is caught by lost-mismatch and the total', () => {
    fc.assert(
      fc.property(consistentNodesArb(1), fc.nat(), (nodes, pick) => {
        const rows = tableOf(nodes);
        const stated = { appraisal: sum(rows.map((r) => r.appraisal!)) };
        const row = rows[pick % rows.length]!;
        row.appraisal = (row.appraisal! + 1) as Points;
        const fs = validateReport({ rows, stated }).filter((f) => f.rule !== 'score-exceeds-max');
        expect(fs.map((f) => f.rule).sort()).toEqual(['lost-mismatch', 'total-mismatch']);
      }),
      { numRuns: 100 },
    );
  });
});
