// A filled-in self-assessment table → one unit's self-assessment in a period. Rows are matched to
// the period's criteria set (code, then OCR-tolerant name); a matched leaf gets the document's
// self points as declared ("manual") points, and its explanation text as the unit's explanation.
// Everything happens in the caller's transaction: an error anywhere leaves nothing imported.
import type { Framework, FrameworkNode } from '../../core/framework';
import { formatPoints, parsePoints, toDecimalString } from '../../core/points';
import type { Points } from '../../core/points';
import { leaves, walkAll } from '../../core/tree';
import type { ImportResult } from '../../import/index';
import { matchToFramework } from '../../import/index';
import { nodesToFramework } from '../../import/to-framework';
import type { Db } from '../../db/types';
import type { AssessmentStatus } from '../../shared/api/assessments';
import type { BilingualText } from '../../shared/api/common';
import type { ConfirmResult } from '../../shared/api/imports';
import type { Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { conflict, notFound } from '../common/errors';
import * as assessmentsRepo from '../assessments/repository';
import { EDITABLE } from '../assessments/workflow';
import * as repo from './repository';

type AssessmentOutcome = Extract<ConfirmResult, { target: 'assessment' }>;
type Skipped = AssessmentOutcome['skipped'][number];

/** Periods whose self-assessments may still be filled: being prepared or open. */
const FILLABLE_PERIODS = new Set(['draft', 'open']);

export interface AssessmentTarget {
  periodId: string;
  unitId: string;
  fileName: string;
  importId: string;
}

export async function ensureAssessment(db: Db, periodId: string, unitId: string, framework: Framework): Promise<{ id: string; status: AssessmentStatus }> {
  let row = await repo.assessment(db, periodId, unitId);
  if (!row) {
    await assessmentsRepo.create(db, periodId, unitId, leaves(framework.nodes).map((n) => n.id), nowIso());
    row = await repo.assessment(db, periodId, unitId);
  }
  if (!row) throw notFound({ vi: 'báo cáo tự đánh giá', en: 'Self-assessment' });
  return { id: row.id, status: row.status as AssessmentStatus };
}

export async function fillAssessment(db: Db, actor: Actor, result: ImportResult, framework: Framework, t: AssessmentTarget): Promise<AssessmentOutcome> {
  const period = await repo.period(db, t.periodId);
  if (!period) throw notFound({ vi: 'đợt đánh giá', en: 'Period' });
  if (!FILLABLE_PERIODS.has(period.status)) {
    throw conflict('Đợt đánh giá không còn nhận tự đánh giá (chỉ nhập được khi đợt đang chuẩn bị hoặc đang mở)', 'The period no longer takes self-assessments (import only while it is being prepared or open)', 'periodId');
  }
  if (!(await repo.isInPeriod(db, t.periodId, t.unitId))) throw notFound({ vi: 'đơn vị trong đợt đánh giá', en: 'Unit in this period' });
  const assessment = await ensureAssessment(db, t.periodId, t.unitId, framework);
  if (!EDITABLE.has(assessment.status)) {
    throw conflict('Báo cáo tự đánh giá của đơn vị đã gửi duyệt hoặc đã nộp, không ghi đè được', 'The unit\'s self-assessment is in review or submitted and cannot be overwritten', 'unitId');
  }

  const match = matchToFramework(result.nodes, framework);
  const importedById = new Map(walkAll(nodesToFramework(result.nodes, null, new Set())).map((v) => [v.node.id, v.node]));
  const selfOf = selfPoints(result);
  const fwNodes = new Map<string, FrameworkNode>(walkAll(framework.nodes).map((v) => [v.node.id, v.node]));
  const items = new Map((await repo.assessmentItems(db, assessment.id)).map((r) => [r.node_id, r]));
  const now = nowIso();
  const skipped: Skipped[] = [];
  let filled = 0;

  for (const m of match.matches) {
    const node = fwNodes.get(m.frameworkId);
    const imported = importedById.get(m.imported);
    if (!node || !imported || node.children.length > 0) continue;
    const self = selfOf.get(m.imported);
    const item = items.get(node.id);
    const skip = (reason: BilingualText) => skipped.push({ nodeId: node.id, name: node.name, reason });
    if (!item) continue;
    if (self === undefined || self === null) {
      skip({ vi: 'tài liệu không ghi điểm tự chấm', en: 'the document gives no self score' });
      continue;
    }
    if ((node.scoredBy ?? 'unit') !== 'unit') {
      skip({ vi: 'tiêu chí do cơ quan thẩm định hoặc điều tra xã hội học chấm', en: 'scored by the appraisers or the survey' });
      continue;
    }
    const points = parsePoints(self);
    if (points < 0 || points > node.max) {
      skip({
        vi: `điểm tự chấm ${formatPoints(points, 'vi')} ngoài khoảng 0 – ${formatPoints(node.max, 'vi')}`,
        en: `self score ${formatPoints(points, 'en')} is outside 0 – ${formatPoints(node.max, 'en')}`,
      });
      continue;
    }
    const explanation = {
      vi: `Điểm tự chấm nhập từ tài liệu "${t.fileName}": ${formatPoints(points, 'vi')}`,
      en: `Self score imported from "${t.fileName}": ${formatPoints(points, 'en')}`,
    };
    const input = { type: 'manual' as const, points: toDecimalString(points) };
    const note = imported.evidence ?? item.note;
    await repo.writeImportedItem(db, { assessmentId: assessment.id, nodeId: node.id, version: item.version }, {
      input: JSON.stringify(input),
      self_points: points,
      self_explanation: JSON.stringify(explanation),
      note,
      updated_at: now,
      updated_by: actor.id,
    });
    const before = { input: item.input === null ? null : (JSON.parse(item.input) as unknown), points: item.self_points === null ? null : toDecimalString(item.self_points as Points), note: item.note };
    const after = { input, points: toDecimalString(points), note, importId: t.importId };
    await assessmentsRepo.addHistory(db, { assessmentId: assessment.id, nodeId: node.id, version: item.version + 1, at: now, userId: actor.id, before: JSON.stringify(before), after: JSON.stringify(after) });
    filled++;
  }
  if (filled > 0 && assessment.status === 'not-started') await assessmentsRepo.setStatus(db, assessment.id, { status: 'in-progress' }, now);
  const outcome: AssessmentOutcome = { target: 'assessment', assessmentId: assessment.id, periodId: t.periodId, unitId: t.unitId, filled, unmatched: match.unmatchedImported, skipped };
  await record(db, { userId: actor.id, action: 'import.to-assessment', entityType: 'assessment', entityId: assessment.id, after: { importId: t.importId, fileName: t.fileName, filled, unmatched: match.unmatchedImported.length, skipped: skipped.length } });
  return outcome;
}

/** Self points of every imported row by its qualified id (the same ids matchToFramework uses). */
function selfPoints(result: ImportResult): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const fwNodes = nodesToFramework(result.nodes, null, new Set());
  const walk = (imported: ImportResult['nodes'], nodes: FrameworkNode[]) => {
    imported.forEach((n, i) => {
      const f = nodes[i];
      if (!f) return;
      out.set(f.id, n.self);
      walk(n.children, f.children);
    });
  };
  walk(result.nodes, fwNodes);
  return out;
}
