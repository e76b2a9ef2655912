// A changed deadline changes the points of items already answered against it. Stored points are
// what the overview, the council and results read, so they are recomputed here, in the
// transaction that changes the deadline: the unit's self score from its input, and an appraisal
// entered as a document date (manual appraisal points do not depend on a deadline). Every
// rewritten item gets a new version (a save computed with the old date then meets a 409) and a
// history entry naming the old and new deadline.
//
// Refused (the whole change rolls back): an item of a unit whose appraisal is finalised (the
// council's decision is locked; reopen it first), and an appraisal the new deadline cannot score
// (e.g. the deadline cleared after the appraiser entered a date) — a council score never
// silently disappears.
import { toDecimalString, type Points } from '../../core/points';
import type { Bilingual } from '../../core/text';
import type { AssessmentItemsTable, Db } from '../../db/types';
import type { ItemInput } from '../../shared/api/assessments';
import { addHistory, updateItemVersion } from '../assessments/repository';
import { computeItem, type PeriodWindow } from '../assessments/compute';
import type { PreparedFramework } from '../assessments/prepared';
import { commentOf } from '../appraisal/service';
import type { ErrorDetail } from '../common/errors';
import { parseJson, toJson } from '../common/json';
import { answeredItems, itemAgain, type AffectedItem } from './deadline-repository';
import { displayCode } from './deadline-rules';

export interface RecomputeResult {
  self: number;
  appraisal: number;
  refused: ErrorDetail[];
}

type Change = Partial<Omit<AssessmentItemsTable, 'assessment_id' | 'node_id' | 'version'>>;

interface Plan {
  change: Change | null;
  self: boolean;
  appraisal: boolean;
  refused?: Bilingual;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const pts = (p: number | null): string | null => (p === null ? null : toDecimalString(p as Points));

function plan(row: AssessmentItemsTable, prepared: PreparedFramework, window: PeriodWindow, code: string): Plan {
  const leaf = prepared.leaves.get(row.node_id)!;
  const change: Change = {};
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let self = false;
  let appraisal = false;

  // Only a document date depends on the deadline: points carried in by an import (manual input
  // on any leaf) stay as they are.
  const input = parseJson(row.input) as ItemInput | null;
  if (input !== null && input.type === 'date') {
    const c = computeItem(leaf, input, window);
    const explanation = toJson(c.explanation);
    const errors = c.errors.length > 0 ? JSON.stringify(c.errors) : null;
    if (c.points !== row.self_points || explanation !== row.self_explanation || errors !== row.self_errors) {
      Object.assign(change, { self_points: c.points, self_explanation: explanation, self_errors: errors });
      before.points = pts(row.self_points);
      after.points = pts(c.points);
      self = true;
    }
  }

  const appraised = parseJson(row.appraisal_input) as ItemInput | null;
  if (appraised !== null && appraised.type === 'date') {
    const c = computeItem(leaf, appraised, window);
    if (c.points === null) {
      const why = { vi: c.errors.map((e) => e.vi).join('; '), en: c.errors.map((e) => e.en).join('; ') };
      return {
        change: null,
        self,
        appraisal,
        before,
        after,
        refused: {
          vi: `Tiêu chí ${code}: người thẩm định đã chấm theo ngày văn bản; với hạn mới không tính được điểm thẩm định (${why.vi})`,
          en: `Criterion ${code}: the appraiser scored it from the document date; the new deadline leaves no appraisal score (${why.en})`,
        },
      };
    }
    const stored = JSON.stringify({ comment: commentOf(row.appraisal_comment), explanation: c.explanation });
    if (c.points !== row.appraisal_points || stored !== row.appraisal_comment) {
      Object.assign(change, { appraisal_points: c.points, appraisal_comment: stored });
      before.appraisal = { points: pts(row.appraisal_points) };
      after.appraisal = { points: pts(c.points) };
      appraisal = true;
    }
  }
  return { change: self || appraisal ? change : null, self, appraisal, before, after };
}

/**
 * Recomputes the answered items of `leafIds` in the period with `window` (which carries the new
 * deadlines). `previous` holds each leaf's deadline before the change, for the history entries.
 */
export async function recomputeItems(
  tx: Db,
  args: { periodId: string; prepared: PreparedFramework; window: PeriodWindow; leafIds: string[]; previous: ReadonlyMap<string, string | null>; userId: string | null; now: string },
): Promise<RecomputeResult> {
  const out: RecomputeResult = { self: 0, appraisal: 0, refused: [] };
  const rows = await answeredItems(tx, args.periodId, args.leafIds);
  for (const first of rows) {
    const code = displayCode(first.node_id);
    let row: AffectedItem | undefined = first;
    // A unit's save may land between the read and the write on PostgreSQL: read again and redo.
    for (let attempt = 0; row !== undefined && attempt < 5; attempt++) {
      const p = plan(row, args.prepared, args.window, code);
      if (p.refused) {
        out.refused.push({ field: `deadlines.${first.node_id}`, message: { vi: `${first.unit_name} — ${p.refused.vi}`, en: `${first.unit_name} — ${p.refused.en}` } });
        break;
      }
      if (p.change === null) break;
      if (first.finalised === 1) {
        out.refused.push({
          field: `deadlines.${first.node_id}`,
          message: {
            vi: `${first.unit_name} — tiêu chí ${code}: kết quả thẩm định của đơn vị đã được chốt, đổi hạn sẽ làm thay đổi điểm; cần mở lại (có lý do) trước`,
            en: `${first.unit_name} — criterion ${code}: the unit's appraisal is finalised and the new deadline would change its points; reopen it (with a reason) first`,
          },
        });
        break;
      }
      if (await updateItemVersion(tx, row.assessment_id, row.node_id, row.version, p.change)) {
        const deadline = { from: args.previous.get(row.node_id) ?? null, to: args.window.deadlines?.get(row.node_id) ?? null };
        await addHistory(tx, {
          assessmentId: row.assessment_id,
          nodeId: row.node_id,
          version: row.version + 1,
          at: args.now,
          userId: args.userId,
          before: JSON.stringify({ ...p.before, deadline: deadline.from }),
          after: JSON.stringify({ ...p.after, deadline: deadline.to }),
        });
        if (p.self) out.self++;
        if (p.appraisal) out.appraisal++;
        break;
      }
      const again = await itemAgain(tx, row.assessment_id, row.node_id);
      row = again === undefined ? undefined : { ...again, unit_id: first.unit_id, unit_name: first.unit_name, finalised: first.finalised };
    }
  }
  return out;
}
