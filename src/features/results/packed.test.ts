// The packed read (`packedScores` → `figuresFromPacked`) gives exactly the figures of the row-by-
// row reference (`scores` → `figuresFromScores`) on random criteria sets and random stored
// scores: any points, missing values, N/A reasons with commas, quotes and diacritics, unit- and
// survey-scored leaves, leaves without a row and rows for nodes the set does not have.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { frameworkArb, leavesOf } from '../../core/aggregate/arbitraries';
import { prepareFramework } from '../assessments/prepared';
import { figuresFromPacked, figuresFromScores } from './compute';
import * as repo from './repository';

const value = (max: number) => fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max }) }, { weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: -max - 1, max: 2 * max + 1 }) });
const reason = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('Không phát sinh, "đã rà soát"', '[1,2]', 'null', ',', '') }, { weight: 1, arbitrary: fc.string() });

describeEachDatabase('results: packed item scores', (getDb) => {
  it('give the same figures as the row-by-row read, to the exact point', async () => {
    const db = getDb().db;
    const now = new Date().toISOString();
    await db.insertInto('frameworks').values({ id: 'fw', framework_key: 'fw', name: 'Bộ', unit_type: 'department', year: 2027, version: '1', content: '{}', leaf_count: 0, max_points: 0, source_file: null, created_at: now }).execute();
    const unitIds = ['u1', 'u2', 'u3', 'u4', 'u5'];
    for (const id of unitIds) await db.insertInto('units').values({ id, code: id, name: `Đơn vị ${id}`, type: 'department', parent_id: null, active: 1, created_at: now, updated_at: now }).execute();
    let run = 0;
    const cycle = frameworkArb({ bonusPenalty: true }).chain((fw) => {
      const ids = [...leavesOf(fw).map((l) => ({ id: l.id, max: l.max })), { id: 'không-có', max: 10_000 }];
      const item = (l: { id: string; max: number }) => fc.option(fc.record({ node: fc.constant(l.id), self: value(l.max), na: reason, appraisal: value(l.max), survey: value(l.max) }), { nil: undefined, freq: 4 });
      return fc.tuple(fc.constant(fw), fc.array(fc.tuple(...ids.map(item)), { minLength: 1, maxLength: unitIds.length }));
    });
    await fc.assert(
      fc.asyncProperty(cycle, async ([fw, perUnit]) => {
        const periodId = `p${run++}`;
        await db
          .insertInto('periods')
          .values({ id: periodId, name: periodId, kind: 'yearly', year: 2027, unit_type: 'department', framework_id: 'fw', status: 'appraisal', data_start: '2027-01-01', data_end: '2027-10-15', self_assessment_deadline: '2027-10-31', appraisal_start: '2027-11-01', appraisal_end: '2027-11-30', explanation_deadline: null, created_at: now, updated_at: now })
          .execute();
        const units = unitIds.map((id) => ({ id }));
        for (const [u, items] of perUnit.entries()) {
          const aid = `${periodId}-${u}`;
          await db.insertInto('assessments').values({ id: aid, period_id: periodId, unit_id: unitIds[u]!, status: 'submitted', created_at: now, updated_at: now, submitted_at: null, submitted_by: null, last_reminded_at: null }).execute();
          for (const it of items) {
            if (!it) continue;
            await db
              .insertInto('assessment_items')
              .values({ assessment_id: aid, node_id: it.node, self_points: it.self, na_reason: it.na, appraisal_points: it.appraisal, survey_points: it.survey, note: '', flagged: 0, version: 0 })
              .execute();
          }
        }
        const prepared = prepareFramework('fw', fw);
        const reference = figuresFromScores(prepared, units, await repo.scores(db, periodId));
        expect(figuresFromPacked(prepared, units, await repo.packedScores(db, periodId))).toEqual(reference);
        const some = unitIds.slice(1, 3);
        expect(figuresFromPacked(prepared, some.map((id) => ({ id })), await repo.packedScores(db, periodId, some))).toEqual(new Map(some.map((id) => [id, reference.get(id)])));
      }),
      { numRuns: 30, seed: 20271124 },
    );
  });
});
