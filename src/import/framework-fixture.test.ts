import { describe, it, expect } from 'vitest';
import { F001, find, fixtureText, run } from '../../test/fixtures/import/helpers';
import { toFramework } from './to-framework';

describe('fixture 001: draft criteria set with scoring levels', () => {
  it('is a framework with parts I–III and the stated total recognised', async () => {
    const r = await run(fixtureText(F001));
    expect(r.kind).toBe('framework');
    expect(r.year).toBe(2023);
    expect(r.unit).toBe('UBND huyện Quảng Điền');
    expect(r.nodes.map((n) => [n.code, n.max])).toEqual([
      ['I', 22],
      ['II', 73],
      ['III', 2],
    ]);
    expect(r.nodes[1]!.children.map((n) => [n.code, n.max])).toEqual([
      ['1', 6],
      ['2', 21],
      ['3', 4],
      ['4', 12],
      ['5', 10],
      ['6', 25],
    ]);
    expect(r.totals.max).toBe(100);
  });

  it('turns levels into rules, keeping the original wording', async () => {
    const r = await run(fixtureText(F001));
    expect(find(r.nodes, ['I', '1', '1.1']).rubric).toEqual({
      type: 'deadline',
      tiers: [
        { maxDaysLate: 0, points: 2, label: 'Trước và đúng thời gian quy định' },
        { maxDaysLate: 9, points: 1, label: 'Chậm dưới 10 ngày so với thời gian quy định' },
        { maxDaysLate: null, points: 0, label: 'Không ban hành hoặc ban hành chậm từ 10 ngày trở lên' },
      ],
      missingPoints: 0,
      missingLabel: 'Không ban hành hoặc ban hành chậm từ 10 ngày trở lên',
    });
    expect(find(r.nodes, ['I', '1', '1.3']).rubric).toEqual({
      type: 'percent-bands',
      bands: [
        { from: 8000, to: null, fromExclusive: true, points: 2, label: 'Thực hiện trên 80% kế hoạch' },
        { from: 7000, to: 8000, toInclusive: true, points: 1, label: 'Thực hiện từ 70% đến 80% kế hoạch' },
        { from: 5000, to: 7000, points: 0, label: 'Thực hiện từ 50% đến dưới 70% kế hoạch' },
      ],
    });
    expect(find(r.nodes, ['I', '2']).rubric).toMatchObject({ type: 'deduction', perItem: 0.75 });
    expect(find(r.nodes, ['II', '2', '2.1', '2.1.2']).rubric).toMatchObject({ type: 'deduction', perItem: 0.5 });
    expect(find(r.nodes, ['II', '2', '2.4']).rubric).toMatchObject({
      type: 'percent-bands',
      bands: [
        { from: 10000, to: null, points: 4 },
        { from: 9500, to: 10000, points: 3 },
        { from: 9000, to: 9500, points: 2 },
        { from: 8500, to: 9000, points: 1 },
        { from: null, to: 8500, points: 0 },
      ],
    });
    expect(find(r.nodes, ['II', '2', '2.6']).rubric).toMatchObject({ type: 'percent-bands', bands: [{ from: 5000, to: null }, { from: 4000, to: 5000 }, { from: null, to: 4000 }] });
    expect(find(r.nodes, ['I', '3', '3.1']).rubric).toMatchObject({ type: 'yes-no', yesLabel: 'Có ban hành kế hoạch tuyên truyền CCHC theo quy định' });
    expect(find(r.nodes, ['II', '6', '6.6', '6.6.3']).rubric).toMatchObject({ type: 'checklist', items: [{ points: 1 }, { points: 1 }, { points: 1 }, { points: 1 }] });
    expect(find(r.nodes, ['II', '4', '4.4']).rubric).toMatchObject({ type: 'levels', levels: [{ points: 3 }, { points: 1 }, { points: 0 }] });
    // Part III holds one uncoded criterion whose levels follow it.
    const iii = r.nodes[2]!;
    expect(iii.children.map((c) => [c.code, c.name.slice(0, 22), c.max, c.rubric?.type])).toEqual([[null, 'Kịp thời báo cáo và có', 2, 'deadline']]);
    expect(iii.children[0]!.rubric).toMatchObject({ tiers: [{ maxDaysLate: 0, points: 2 }, { maxDaysLate: 3, points: 1 }, { maxDaysLate: null, points: 0 }] });
    // Evidence requirements are kept per criterion.
    expect(find(r.nodes, ['I', '1', '1.1']).explanation).toBe('Kế hoạch CCHC của cơ quan năm 2023');
  });

  it('reports exactly where its sums disagree and its bands leave gaps or overlap', async () => {
    const r = await run(fixtureText(F001));
    expect(r.findings.map((f) => `${f.rule} ${f.code ?? '-'}`)).toEqual([
      'band-gap 1.3', // I.1.3: nothing below 50 %
      'sum-mismatch II', // 73 stated, parts add up to 78
      'band-gap 2.2.2', // II.2.2.2: below 70 %…
      'band-gap 2.2.2', // … and exactly 100 %
      'band-gap 2.7', // below 90 %
      'band-gap 4.2', // below 60 %
      'sum-mismatch 6', // II.6: 25 stated, parts add up to 23
      'band-gap 6.1.1', // late 10 days or more: no level
      'band-gap 6.2', // 10 % to under 20 %
      'band-overlap 6.2', // "từ 50% trở lên" and "từ 40% trở lên"
      'max-unreachable 6.3', // best level 1 of 2
      'max-unreachable 6.4',
      'band-overlap 6.5.1', // 100 % in "100%" and "từ 90% đến 100%"
      'band-overlap 6.5.2',
      'max-unreachable 6.7.2', // best level 0,5 of 1
      'total-mismatch -', // "CỘNG ĐIỂM I + II + III" 100, parts as stated 97
      'band-gap 3.1', // "chậm dưới 15 ngày" / "chậm trên 15 ngày": day 15
      'band-gap 4.3', // "chậm dưới 05 ngày" / "chậm trên 05 ngày": day 5
    ]);
    const ii = r.findings.find((f) => f.code === 'II')!;
    expect([ii.stated, ii.computed]).toEqual([73, 78]);
    const total = r.findings.find((f) => f.rule === 'total-mismatch')!;
    expect([total.stated, total.computed]).toEqual([100, 97]);
  });

  it('warns about levels it kept as plain choices', async () => {
    const r = await run(fixtureText(F001));
    const codes = r.warnings.map((w) => w.message.en.split(':')[0]);
    expect(codes).toEqual(expect.arrayContaining(['Item I.4.1', 'Item I.6', 'Item I.7', 'Item II.5.4.2']));
    expect(find(r.nodes, ['I', '6']).rubric?.type).toBe('levels');
  });

  it('converts into a core Framework with unique ids for repeated codes', async () => {
    const r = await run(fixtureText(F001));
    const fw = toFramework(r, { statedMax: 100 });
    expect(fw.nodes.map((n) => n.id)).toEqual(['I', 'II', 'III']);
    expect(fw.nodes[1]!.children[0]!.children[0]!.id).toBe('II.1.1');
    expect(fw.nodes[0]!.children[0]!.children[0]!.rubric?.type).toBe('deadline');
    expect(fw.statedMax).toBe(1_000_000);
  });
});
