// The council's view of one unit (self vs appraisal per item and per field, open returns),
// finalising it (locks every appraisal write) and reopening it with a recorded reason.
import type { Kysely } from 'kysely';
import { aggregateCompiled } from '../../core/aggregate';
import { sub, toDecimalString, type Points } from '../../core/points';
import type { Database, Db } from '../../db/types';
import type { AppraisalSummary, AppraisalUnitRow } from '../../shared/api/appraisal';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError, conflict, notFound } from '../common/errors';
import * as assessmentsRepo from '../assessments/repository';
import { indexString } from '../assessments/present';
import type { IssueContext } from './context';
import { stateOf } from './present';
import * as repo from './repository';
import { appraisalOnUnitLeaves, figures, leafScores } from './scores';
import { APPRAISING, type AppraisalService, type LoadedAssessment } from './service';
import { shownCode } from './codes';

export class CouncilService {
  /** Called after a finalisation changes (results caches listen). */
  onChange: (periodId: string) => void = () => undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ctx: IssueContext,
    private readonly appraisal: AppraisalService,
  ) {}

  async units(actor: Actor, periodId: string): Promise<AppraisalUnitRow[]> {
    const period = await this.ctx.period(this.db, periodId);
    const effective = await this.ctx.effectiveActor(this.db, actor, periodId);
    const prepared = await this.ctx.prepared(this.db, period.frameworkId);
    const assessments = await this.db.transaction().execute((tx) => this.ctx.ensureAssessments(tx, period));
    const items = await repo.periodItems(this.db, periodId);
    const finalised = new Set((await repo.finalisations(this.db, periodId)).filter((f) => f.finalised === 1).map((f) => f.assessment_id));
    const open = new Map<string, number>();
    for (const r of await repo.liveRounds(this.db, periodId)) open.set(r.assessment_id, (open.get(r.assessment_id) ?? 0) + 1);
    const byAssessment = new Map<string, repo.PeriodItemRow[]>();
    for (const r of items) {
      const list = byAssessment.get(r.assessment_id);
      if (list) list.push(r);
      else byAssessment.set(r.assessment_id, [r]);
    }
    const out: AppraisalUnitRow[] = [];
    for (const a of assessments.values()) {
      if (!can(effective, 'appraisal.read', { unitId: a.unit_id })) continue;
      const root = aggregateCompiled(prepared.compiled, leafScores(prepared, byAssessment.get(a.id) ?? [])).root;
      out.push({
        assessmentId: a.id,
        unitId: a.unit_id,
        unitName: a.unit_name,
        assessmentStatus: a.status,
        leaves: root.counts.leaves,
        decided: root.counts.decided,
        openReturns: open.get(a.id) ?? 0,
        selfTotal: root.self === null ? null : toDecimalString(root.self),
        finalTotal: root.final === null ? null : toDecimalString(root.final),
        finalIndex: indexString(root.finalIndex),
        finalised: finalised.has(a.id),
      });
    }
    return out.sort((x, y) => x.unitName.localeCompare(y.unitName, 'vi'));
  }

  async summaryFor(actor: Actor, periodId: string, unitId: string): Promise<AppraisalSummary> {
    const period = await this.ctx.period(this.db, periodId);
    const effective = await this.ctx.effectiveActor(this.db, actor, periodId);
    assertCan(effective, 'appraisal.read', { unitId });
    const a = (await this.db.transaction().execute((tx) => this.ctx.ensureAssessments(tx, period, [unitId]))).get(unitId);
    if (!a) throw notFound({ vi: 'đơn vị trong đợt đánh giá', en: 'Unit in this period' });
    return this.summary(actor, a.id);
  }

  async summary(actor: Actor, assessmentId: string, db: Db = this.db): Promise<AppraisalSummary> {
    const l = await this.appraisal.load(db, actor, assessmentId);
    return this.build(db, l);
  }

  private async build(db: Db, l: LoadedAssessment): Promise<AppraisalSummary> {
    const rows = await assessmentsRepo.items(db, l.row.id);
    const result = aggregateCompiled(l.prepared.compiled, leafScores(l.prepared, rows));
    // The gap compares like with like: the appraisal of the unit's own items on the self index's base.
    const onUnitLeaves = aggregateCompiled(l.prepared.compiled, appraisalOnUnitLeaves(l.prepared, rows));
    const rounds = await repo.rounds(db, l.row.id);
    const live = new Map<string, string>();
    for (const r of rounds) if (r.status !== 'closed' && !live.has(r.node_id)) live.set(r.node_id, r.status);
    const fin = await repo.finalisation(db, l.row.id);
    const byNode = new Map(rows.map((r) => [r.node_id, r]));
    const items = l.prepared.leafOrder.map((nodeId) => {
      const leaf = l.prepared.leaves.get(nodeId)!;
      const n = result.node(nodeId)!;
      const row = byNode.get(nodeId);
      const self = leaf.scoredBy === 'unit' ? ((row?.self_points ?? null) as Points | null) : null;
      const appraisal = (row?.appraisal_points ?? null) as Points | null;
      const decided = appraisal !== null || (leaf.scoredBy === 'survey' && n.survey !== null);
      return {
        nodeId,
        code: leaf.node.code,
        name: leaf.node.name,
        fieldId: leaf.fieldId,
        max: toDecimalString(leaf.node.max),
        scoredBy: leaf.scoredBy,
        self: self === null ? null : toDecimalString(self),
        appraisal: appraisal === null ? null : toDecimalString(appraisal),
        survey: n.survey === null ? null : toDecimalString(n.survey),
        final: n.final === null ? null : toDecimalString(n.final),
        difference: self !== null && appraisal !== null ? toDecimalString(sub(appraisal, self)) : null,
        na: n.naReason !== null,
        state: stateOf(decided, live.get(nodeId)),
      };
    });
    const pendingIds = l.prepared.leafOrder.filter((id) => (result.node(id)?.counts.pending ?? 0) > 0);
    const openIds = [...live.keys()];
    const codeOf = (id: string) => {
      const leaf = l.prepared.leaves.get(id);
      return leaf ? shownCode(leaf.fieldCode, leaf.node.code) : id;
    };
    const codes = (ids: string[]) => ids.slice(0, 15).map(codeOf).join(', ') + (ids.length > 15 ? ', …' : '');
    const blockers = [];
    if (pendingIds.length > 0) {
      blockers.push({ code: 'pending', nodeIds: pendingIds, message: { vi: `${pendingIds.length} tiêu chí chưa có điểm thẩm định: ${codes(pendingIds)}`, en: `${pendingIds.length} criteria have no appraisal score: ${codes(pendingIds)}` } });
    }
    if (openIds.length > 0) {
      blockers.push({ code: 'open-returns', nodeIds: openIds, message: { vi: `${openIds.length} tiêu chí đang chờ giải trình hoặc chờ xem câu trả lời: ${codes(openIds)}`, en: `${openIds.length} criteria wait for an explanation or its review: ${codes(openIds)}` } });
    }
    const finalised = fin?.finalised === 1;
    return {
      assessmentId: l.row.id,
      periodId: l.row.period_id,
      unitId: l.row.unit_id,
      unitName: l.row.unit_name,
      assessmentStatus: l.row.status,
      finalised,
      finalisedAt: finalised ? (fin?.finalised_at ?? null) : null,
      finalisedBy: finalised ? (fin?.username ?? null) : null,
      reopenings: (await repo.reopenings(db, l.row.id)).map((r) => ({ at: r.at, username: r.username ?? null, reason: r.reason })),
      totals: figures(result.root, onUnitLeaves.root),
      byField: l.prepared.framework.nodes.map((n) => figures(result.node(n.id)!, onUnitLeaves.node(n.id))),
      items,
      openReturns: openIds.length,
      pending: pendingIds.length,
      blockers,
      canFinalise: !finalised && blockers.length === 0 && APPRAISING.has(l.row.period_status) && can(l.actor, 'appraisal.finalise', { unitId: l.row.unit_id }),
      canReopen: finalised && (l.row.period_status === 'appraisal' || l.row.period_status === 'closed') && can(l.actor, 'appraisal.reopen', { unitId: l.row.unit_id }),
    };
  }

  async finalise(actor: Actor, assessmentId: string): Promise<AppraisalSummary> {
    const out = await this.db.transaction().execute(async (tx) => {
      const l = await this.appraisal.load(tx, actor, assessmentId);
      assertCan(l.actor, 'appraisal.finalise', { unitId: l.row.unit_id });
      if (!APPRAISING.has(l.row.period_status)) throw conflict('Chỉ chốt kết quả khi đợt đang ở giai đoạn thẩm định', 'Appraisals are finalised while the period is in its appraisal stage');
      if (l.finalised) throw conflict('Kết quả thẩm định đã được chốt', 'The appraisal is already finalised');
      const before = await this.build(tx, l);
      if (before.blockers.length > 0) {
        throw new AppError(
          'conflict',
          { vi: 'Chưa thể chốt kết quả thẩm định', en: 'The appraisal cannot be finalised yet' },
          'blockers',
          before.blockers.map((b) => ({ field: b.code, message: b.message })),
        );
      }
      await repo.setFinalised(tx, assessmentId, true, nowIso(), actor.id);
      await record(tx, { userId: actor.id, action: 'appraisal.finalise', entityType: 'assessment', entityId: assessmentId, after: { total: before.totals.final, index: before.totals.finalIndex } });
      return { periodId: l.row.period_id, summary: await this.build(tx, { ...l, finalised: true }) };
    });
    this.onChange(out.periodId);
    return out.summary;
  }

  async reopen(actor: Actor, assessmentId: string, reason: string): Promise<AppraisalSummary> {
    const out = await this.db.transaction().execute(async (tx) => {
      const l = await this.appraisal.load(tx, actor, assessmentId);
      assertCan(l.actor, 'appraisal.reopen', { unitId: l.row.unit_id });
      if (!l.finalised) throw conflict('Kết quả thẩm định chưa được chốt', 'The appraisal is not finalised');
      if (l.row.period_status === 'published') throw conflict('Kết quả đã công bố, không thể mở lại', 'The results are published and cannot be reopened');
      const now = nowIso();
      await repo.setFinalised(tx, assessmentId, false, now, actor.id);
      await repo.addReopening(tx, assessmentId, now, actor.id, reason);
      await record(tx, { userId: actor.id, action: 'appraisal.reopen', entityType: 'assessment', entityId: assessmentId, before: { finalised: true }, after: { finalised: false, reason } });
      return { periodId: l.row.period_id, summary: await this.build(tx, { ...l, finalised: false }) };
    });
    this.onChange(out.periodId);
    return out.summary;
  }
}
