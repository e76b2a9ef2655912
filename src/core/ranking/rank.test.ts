import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { units } from '../points';
import type { Points } from '../points';
import { compareEntries, rankByGroup, rankUnits, RankingError } from './rank';
import type { RankEntry } from './rank';

const ranks = (entries: RankEntry[]) => rankUnits(entries).map((r) => [r.unitId, r.rank]);

describe('rankUnits', () => {
  it('uses standard competition ranking: ties share a rank and the next rank skips (1224)', () => {
    expect(
      ranks([
        { unitId: 'so-tu-phap', index: 8500 },
        { unitId: 'so-noi-vu', index: 9550 },
        { unitId: 'so-tai-chinh', index: 8500 },
        { unitId: 'so-y-te', index: 7000 },
      ]),
    ).toEqual([
      ['so-noi-vu', 1],
      ['so-tai-chinh', 2],
      ['so-tu-phap', 2],
      ['so-y-te', 4],
    ]);
  });

  it('breaks equal indices by points, and only equal index and points tie', () => {
    const r = rankUnits([
      { unitId: 'a', index: 9000, points: units(810_000) },
      { unitId: 'b', index: 9000, points: units(900_000) },
      { unitId: 'c', index: 9000 },
      { unitId: 'd', index: 9000, points: units(900_000) },
    ]);
    expect(r.map((x) => [x.unitId, x.rank, x.tied, x.position])).toEqual([
      ['b', 1, true, 1],
      ['d', 1, true, 2],
      ['a', 3, false, 3],
      ['c', 4, false, 4],
    ]);
  });

  it('puts units without a result last, unranked, and keeps extra fields', () => {
    const r = rankUnits([
      { unitId: 'x', index: null, name: 'Xã X' },
      { unitId: 'y', index: 0, name: 'Xã Y' },
      { unitId: 'w', index: null, name: 'Xã W' },
    ]);
    expect(r.map((e) => [e.unitId, e.rank, e.tied, e.name])).toEqual([
      ['y', 1, false, 'Xã Y'],
      ['w', null, false, 'Xã W'],
      ['x', null, false, 'Xã X'],
    ]);
  });

  it('refuses an index that is not a number, naming the unit', () => {
    expect(() => rankUnits([{ unitId: 'p1', index: Number.NaN }])).toThrow(RankingError);
    try {
      rankUnits([{ unitId: 'p1', index: Number.NaN }]);
    } catch (e) {
      expect((e as RankingError).vi).toBe('Đơn vị "p1": chỉ số "NaN" không hợp lệ');
    }
  });

  it('ranks each unit type apart', () => {
    const g = rankByGroup(
      [
        { unitId: 'so-a', type: 'department', index: 8000 },
        { unitId: 'xa-a', type: 'commune', index: 9000 },
        { unitId: 'so-b', type: 'department', index: 9900 },
      ],
      (e) => e.type,
    );
    expect([...g.keys()]).toEqual(['department', 'commune']);
    expect(g.get('department')!.map((e) => [e.unitId, e.rank])).toEqual([
      ['so-b', 1],
      ['so-a', 2],
    ]);
    expect(g.get('commune')!.map((e) => e.rank)).toEqual([1]);
  });
});

describe('rankUnits properties', () => {
  // Few distinct values so that ties are common.
  const entryArb = fc.record({
    index: fc.option(fc.integer({ min: 0, max: 8 }).map((k) => 6000 + k * 500), { nil: null, freq: 6 }),
    points: fc.option(fc.integer({ min: 0, max: 3 }).map((k) => (k * 2500) as Points), { nil: undefined, freq: 3 }),
  });
  const entriesArb = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 40 })
    .chain((ids) => fc.tuple(...ids.map((unitId) => entryArb.map((e): RankEntry => ({ unitId, ...e })))));

  const better = (a: RankEntry, b: RankEntry): boolean => {
    if (a.index === null) return false;
    if (b.index === null) return true;
    if (a.index !== b.index) return a.index > b.index;
    return (a.points ?? -1) > (b.points ?? -1);
  };

  it('is a total order consistent with the index; rank = 1 + number of units ahead; ties share it', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const ranked = rankUnits(entries);
        expect(ranked.map((r) => r.unitId).sort()).toEqual(entries.map((e) => e.unitId).sort());
        for (let i = 1; i < ranked.length; i++) expect(compareEntries(ranked[i - 1]!, ranked[i]!)).toBeLessThan(0);
        for (const a of ranked) {
          if (a.index === null) {
            expect(a.rank).toBeNull();
            continue;
          }
          expect(a.rank).toBe(1 + entries.filter((b) => better(b, a)).length);
          for (const b of ranked) {
            if (b.index === null) expect(a.position).toBeLessThan(b.position);
            else if (a.index > b.index) expect(a.rank!).toBeLessThan(b.rank!);
            else if (a.index === b.index && (a.points ?? -1) === (b.points ?? -1)) {
              expect(a.rank).toBe(b.rank);
              if (a !== b) expect(a.tied && b.tied).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(entriesArb, fc.infiniteStream(fc.nat()), (entries, seeds) => {
        const shuffled = entries
          .map((e) => ({ e, k: seeds.next().value as number }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.e);
        expect(rankUnits(shuffled)).toEqual(rankUnits(entries));
      }),
    );
  });
});
