import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { points } from '../points';
import type { Points } from '../points';
import { evaluateRubric } from './evaluate';
import { ALL_EXAMPLES, planCompletion, tasksIdentified } from './examples';
import { expectedInput } from './expected-input';
import { manualStep } from './manual';
import type { PercentBand, Rubric, RubricContext, RubricInput } from './types';

const PERIOD = { periodStart: '2023-01-01', periodEnd: '2023-12-31', deadline: '2023-01-20' } as const;

/** Valid declarations for a rubric (what a correct form can send). */
function validInput(rubric: Rubric, max: Points): fc.Arbitrary<RubricInput> {
  switch (rubric.type) {
    case 'levels':
    case 'share-of-max':
      return fc.constantFrom(...rubric.levels.map((l) => l.id)).map((level) => ({ type: 'level' as const, level }));
    case 'deadline':
      return fc.option(fc.integer({ min: 0, max: 364 }), { nil: null }).map((day) => ({
        type: 'date' as const,
        date: day === null ? null : new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10),
      }));
    case 'percent-bands':
    case 'proportional':
      return fc.integer({ min: 1, max: 2_000_000 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ type: 'ratio' as const, numerator: n, denominator: d })));
    case 'deduction':
    case 'count':
      return fc.integer({ min: 0, max: 1000 }).map((count) => ({ type: 'count' as const, count }));
    case 'checklist':
      return fc.subarray(rubric.items.map((i) => i.id)).map((checked) => ({ type: 'checklist' as const, checked }));
    case 'yes-no':
      return fc.boolean().map((value) => ({ type: 'yes-no' as const, value }));
    case 'manual': {
      const step = manualStep(rubric);
      return fc.integer({ min: 0, max: Math.floor(max / step) }).map((k) => ({ type: 'manual' as const, points: (k * step) as Points }));
    }
  }
}

const maxArb = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 40 }).map((q) => (q * 2500) as Points));

describe('evaluateRubric', () => {
  it('dispatches on the rubric and refuses input of the wrong type, naming what is needed', () => {
    const r = evaluateRubric(tasksIdentified.rubric, { type: 'count', count: 1 }, { max: points(1) });
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'input', vi: 'Tiêu chí này (tối đa 1 điểm) cần chọn một mức, không phải dữ liệu kiểu "count"', en: 'This criterion (max 1) needs a chosen level, not input of type "count"' }],
    });
  });

  it('refuses a broken max and an unknown rubric type', () => {
    expect(evaluateRubric(tasksIdentified.rubric, { type: 'level', level: 'full' }, { max: -1 as Points })).toMatchObject({ ok: false, errors: [{ field: 'max' }] });
    expect(evaluateRubric(tasksIdentified.rubric, { type: 'level', level: 'full' }, { max: 0.5 as Points })).toMatchObject({ ok: false, errors: [{ field: 'max' }] });
    expect(evaluateRubric({ type: 'lottery' } as never, { type: 'level', level: 'x' }, { max: points(1) })).toEqual({
      ok: false,
      errors: [{ field: 'rubric', vi: 'Kiểu cách tính điểm "lottery" không được hỗ trợ', en: 'Rubric type "lottery" is not supported' }],
    });
  });

  it('property: for every shape and every valid input, 0 ≤ points ≤ max (and a working in both languages)', () => {
    for (const example of ALL_EXAMPLES) {
      fc.assert(
        fc.property(
          maxArb.chain((m) => {
            const max = m ?? example.max;
            return validInput(example.rubric, max).map((input) => ({ max, input }));
          }),
          ({ max, input }) => {
            const r = evaluateRubric(example.rubric, input, { max, ...PERIOD });
            // 1.3 leaves < 50 % and exactly 80 % uncovered: those inputs are refused with a reason.
            if (example === planCompletion && !r.ok) return;
            if (!r.ok) throw new Error(`${example.code}: ${JSON.stringify(r.errors)}`);
            expect(r.points).toBeGreaterThanOrEqual(0);
            expect(r.points).toBeLessThanOrEqual(max);
            expect(Number.isSafeInteger(r.points)).toBe(true);
            expect(r.explanation.vi.length).toBeGreaterThan(0);
            expect(r.explanation.en.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 150 },
      );
    }
  });

  it('property: never throws, whatever arrives as input or context', () => {
    const inputTypes = ['level', 'date', 'ratio', 'count', 'checklist', 'yes-no', 'manual'] as const;
    const looseInput = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom(...inputTypes),
        level: fc.anything(),
        date: fc.oneof(fc.anything(), fc.constantFrom('2023-02-29', '2023-06-15', '2022-12-31', null)),
        numerator: fc.oneof(fc.anything(), fc.double(), fc.integer()),
        denominator: fc.oneof(fc.anything(), fc.double(), fc.integer()),
        count: fc.oneof(fc.anything(), fc.double(), fc.integer()),
        checked: fc.oneof(fc.anything(), fc.array(fc.string())),
        value: fc.anything(),
        points: fc.oneof(fc.anything(), fc.double(), fc.integer()),
      }),
    );
    const looseCtx = fc.record({
      max: fc.oneof(fc.anything(), fc.integer({ min: -10, max: 1_000_000 })),
      periodStart: fc.oneof(fc.anything(), fc.constant('2023-01-01')),
      periodEnd: fc.oneof(fc.anything(), fc.constant('2023-12-31')),
      deadline: fc.oneof(fc.anything(), fc.constant('2023-01-20')),
    });
    fc.assert(
      fc.property(fc.constantFrom(...ALL_EXAMPLES), looseInput, looseCtx, (example, input, ctx) => {
        const r = evaluateRubric(example.rubric, input as RubricInput, ctx as unknown as RubricContext);
        if (r.ok) {
          expect(r.points).toBeGreaterThanOrEqual(0);
          expect(r.points).toBeLessThanOrEqual((ctx as { max: number }).max);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.vi && e.en && e.field).toBeTruthy();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: monotone bands give non-decreasing points, and agree with an integer reference', () => {
    // Random cuts 0 < c1 < … < ck < 100 % with non-decreasing points: [null, c1), [c1, c2), …, [ck, null).
    const bandsArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 6 })
      .map((cuts) => cuts.sort((a, b) => a - b))
      .chain((cuts) =>
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: cuts.length + 1, maxLength: cuts.length + 1 }).map((steps) => {
          const pts = steps.sort((a, b) => a - b).map((s) => (s * 2500) as Points);
          const edges = [null, ...cuts, null];
          const bands: PercentBand[] = pts.map((p, i) => ({ from: edges[i] ?? null, to: edges[i + 1] ?? null, points: p, label: `b${i}` }));
          return { cuts, bands };
        }),
      );
    const ratioPair = fc.integer({ min: 1, max: 100_000 }).chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: 0, max: d }), fc.integer({ min: 0, max: d })));
    fc.assert(
      fc.property(bandsArb, ratioPair, ({ cuts, bands }, [d, a, b]) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rubric: Rubric = { type: 'percent-bands', bands };
        const score = (n: number) => {
          const r = evaluateRubric(rubric, { type: 'ratio', numerator: n, denominator: d }, { max: points(2) });
          if (!r.ok) throw new Error(JSON.stringify(r.errors));
          return r.points;
        };
        expect(score(lo)).toBeLessThanOrEqual(score(hi));
        // Reference: the band index is the number of cuts c with n/d ≥ c/10 000, i.e. 10 000·n ≥ c·d.
        const index = cuts.filter((c) => 10_000 * lo >= c * d).length;
        expect(score(lo)).toBe(Math.min(bands[index]!.points, points(2)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('expectedInput', () => {
  it('names the declaration each shape needs', () => {
    expect(Object.fromEntries(ALL_EXAMPLES.map((e) => [e.rubric.type, expectedInput(e.rubric)]))).toEqual({
      deadline: 'date',
      levels: 'level',
      'percent-bands': 'ratio',
      deduction: 'count',
      'yes-no': 'yes-no',
      count: 'count',
      checklist: 'checklist',
      'share-of-max': 'level',
      proportional: 'ratio',
      manual: 'manual',
    });
  });
});
