// Remediation plans: once a unit's appraisal is finalised, one row per leaf that lost points is
// prefilled (criterion, max, appraisal, lost); the unit fills the plan and reports progress
// through the following year. Rows follow a later reopening: figures refresh, untouched rows
// without a loss go away, filled rows stay.
import type { Kysely } from 'kysely';
import { aggregateCompiled } from '../../core/aggregate';
import { parsePoints, sum, toDecimalString, type Points } from '../../core/points';
import type { Database, Db, RemediationRowsTable } from '../../db/types';
import { remediationAllXlsx, remediationDocx, remediationXlsx } from '../../export';
import type { RemediationInput } from '../../export/types';
import { REMEDIATION_STATUS_LABEL, type PatchRemediationRow, type RemediationOverviewRow, type RemediationPlan, type RemediationRowView, type RemediationStatus } from '../../shared/api/remediation';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso, todayInVietnam } from '../common/clock';
import { notFound } from '../common/errors';
import { shownCode } from '../appraisal/codes';
import type { IssueContext } from '../appraisal/context';
import { leafScores } from '../appraisal/scores';
import * as resultsRepo from '../results/repository';
import { overviewRows } from './overview';
import { fieldLosses, presentRow } from './present';
import * as repo from './repository';

const ROW = { vi: 'dòng kế hoạch khắc phục', en: 'Remediation row' };

export type PatchResult = { ok: true; row: RemediationRowView } | { ok: false; mine: PatchRemediationRow; theirs: RemediationRowView };

export class RemediationService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ctx: IssueContext,
  ) {}

  async plan(actor: Actor, periodId: string, unitId: string): Promise<RemediationPlan> {
    assertCan(actor, 'remediation.read', { unitId });
    return this.db.transaction().execute((tx) => this.build(tx, actor, periodId, unitId));
  }

  private async build(db: Db, actor: Actor, periodId: string, unitId: string): Promise<RemediationPlan> {
    const period = await this.ctx.period(db, periodId);
    const unit = (await resultsRepo.periodUnits(db, periodId)).find((u) => u.id === unitId);
    if (!unit) throw notFound({ vi: 'đơn vị trong đợt đánh giá', en: 'Unit in this period' });
    const prepared = await this.ctx.prepared(db, period.frameworkId);
    const available = (await resultsRepo.finalisedUnits(db, periodId)).has(unitId);
    const result = aggregateCompiled(prepared.compiled, leafScores(prepared, await resultsRepo.unitScores(db, periodId, unitId)));
    let rows: repo.RowWithName[] = [];
    if (available) {
      rows = await repo.rowsOf(db, periodId, unitId);
      // Read again only when the sync wrote something: after the first opening it rarely does.
      if (await this.sync(db, periodId, unitId, rows, prepared.leafOrder, (id) => result.node(id)!)) rows = await repo.rowsOf(db, periodId, unitId);
    }
    const progress = await repo.progressOf(db, rows.map((r) => r.id));
    const progressOf = new Map<string, typeof progress>();
    for (const p of progress) progressOf.set(p.row_id, [...(progressOf.get(p.row_id) ?? []), p]);
    // Most points lost first, compared on the stored integer units rather than the decimal text.
    const views = [...rows]
      .sort((a, b) => b.lost_points - a.lost_points || (prepared.leaves.get(a.node_id)?.order ?? 0) - (prepared.leaves.get(b.node_id)?.order ?? 0))
      .map((r) => presentRow(r, prepared.leaves.get(r.node_id), progressOf.get(r.id) ?? []));
    const count = (s: RemediationStatus) => views.filter((v) => v.status === s).length;
    return {
      periodId,
      periodName: period.name,
      year: period.year,
      unitId,
      unitName: unit.name,
      available,
      message: available ? null : { vi: 'Kế hoạch khắc phục được lập sau khi Hội đồng chốt kết quả thẩm định của đơn vị', en: "The plan is prepared once the council has finalised the unit's appraisal" },
      rows: views,
      fields: available ? fieldLosses(prepared, result) : [],
      totals: { lost: toDecimalString(sum(rows.map((r) => r.lost_points as Points))), rows: views.length, 'not-started': count('not-started'), 'in-progress': count('in-progress'), done: count('done') },
      canEdit: available && can(actor, 'remediation.edit', { unitId }),
    };
  }

  /**
   * Prefills a row per normal leaf that lost points; refreshes figures after a reopening.
   * `rows` are the unit's rows as stored. Returns whether anything was written.
   */
  private async sync(
    db: Db,
    periodId: string,
    unitId: string,
    rows: readonly Pick<RemediationRowsTable, 'id' | 'node_id' | 'lost_points' | 'appraisal_points' | 'max_points' | 'version'>[],
    leafIds: string[],
    node: (id: string) => { kind: string; lost: Points | null; final: Points | null; applicableMax: Points },
  ): Promise<boolean> {
    const existing = new Map(rows.map((r) => [r.node_id, r]));
    let changed = false;
    const now = nowIso();
    for (const id of leafIds) {
      const n = node(id);
      const lost = n.kind === 'normal' ? (n.lost ?? 0) : 0;
      const row = existing.get(id);
      const figures = { max_points: n.applicableMax, appraisal_points: n.final ?? 0, lost_points: lost };
      if (lost > 0 && !row) await repo.insertRow(db, { period_id: periodId, unit_id: unitId, node_id: id, ...figures, created_at: now });
      else if (row && lost === 0 && row.version === 0) await repo.deleteRow(db, row.id);
      else if (row && (row.lost_points !== lost || row.appraisal_points !== figures.appraisal_points || row.max_points !== figures.max_points)) await repo.setFigures(db, row.id, figures);
      else continue;
      changed = true;
    }
    return changed;
  }

  /**
   * Units whose rows were brought up to date at their current finalisation: `period|unit` →
   * finalised_at. A finalised unit's scores are locked, so its rows cannot change until a
   * reopening gives it a new finalised_at; syncing again would only cost time. Filled in after
   * the transaction commits, per process (another server process simply syncs once itself).
   */
  private readonly synced = new Map<string, string>();

  /**
   * Brings the rows of every finalised unit up to date, so the overview counts plans the units
   * have not opened yet: one score query for the units not yet synced, one aggregation each.
   * Returns whether anything was written and the units synced.
   */
  private async syncFinalised(db: Db, periodId: string, finalised: ReadonlyMap<string, string>, rows: readonly repo.PeriodRow[]): Promise<{ changed: boolean; synced: [string, string][] }> {
    const todo = [...finalised].filter(([unitId, at]) => this.synced.get(`${periodId}|${unitId}`) !== at);
    if (todo.length === 0) return { changed: false, synced: [] };
    const period = await this.ctx.period(db, periodId);
    const prepared = await this.ctx.prepared(db, period.frameworkId);
    const scores = await resultsRepo.scoresOfUnits(db, periodId, todo.map(([unitId]) => unitId));
    const byUnit = new Map<string, typeof scores>();
    for (const s of scores) byUnit.set(s.unit_id, [...(byUnit.get(s.unit_id) ?? []), s]);
    const rowsByUnit = new Map<string, repo.PeriodRow[]>();
    for (const r of rows) rowsByUnit.set(r.unit_id, [...(rowsByUnit.get(r.unit_id) ?? []), r]);
    let changed = false;
    for (const [unitId] of todo) {
      const result = aggregateCompiled(prepared.compiled, leafScores(prepared, byUnit.get(unitId) ?? []));
      if (await this.sync(db, periodId, unitId, rowsByUnit.get(unitId) ?? [], prepared.leafOrder, (id) => result.node(id)!)) changed = true;
    }
    return { changed, synced: todo.map(([unitId, at]) => [`${periodId}|${unitId}`, at]) };
  }

  private async view(db: Db, id: string): Promise<RemediationRowView> {
    const row = await repo.rowById(db, id);
    if (!row) throw notFound(ROW);
    const named = (await repo.rowsOf(db, row.period_id, row.unit_id)).find((r) => r.id === id)!;
    const period = await this.ctx.period(db, row.period_id);
    const prepared = await this.ctx.prepared(db, period.frameworkId);
    return presentRow(named, prepared.leaves.get(row.node_id), await repo.progressOf(db, [id]));
  }

  async patch(actor: Actor, id: string, body: PatchRemediationRow): Promise<PatchResult> {
    return this.db.transaction().execute(async (tx) => {
      const row = await repo.rowById(tx, id);
      if (!row) throw notFound(ROW);
      assertCan(actor, 'remediation.edit', { unitId: row.unit_id });
      if (row.version !== body.baseVersion) return { ok: false, mine: body, theirs: await this.view(tx, id) };
      const change: repo.PlanChange = { updated_at: nowIso(), updated_by: actor.id };
      if (body.solution !== undefined) change.solution = body.solution;
      if (body.leadAgency !== undefined) change.lead_agency = body.leadAgency;
      if (body.cooperatingAgencies !== undefined) change.cooperating_agencies = body.cooperatingAgencies;
      if (body.timeFrame !== undefined) change.time_frame = body.timeFrame;
      if (body.note !== undefined) change.note = body.note;
      if (body.status !== undefined) change.status = body.status;
      if (!(await repo.updateRow(tx, id, body.baseVersion, change))) return { ok: false, mine: body, theirs: await this.view(tx, id) };
      await record(tx, { userId: actor.id, action: 'remediation.update', entityType: 'remediation-row', entityId: id, before: { status: row.status, solution: row.solution }, after: body });
      return { ok: true, row: await this.view(tx, id) };
    });
  }

  async addProgress(actor: Actor, id: string, note: string, status: RemediationStatus | undefined): Promise<RemediationRowView> {
    return this.db.transaction().execute(async (tx) => {
      const row = await repo.rowById(tx, id);
      if (!row) throw notFound(ROW);
      assertCan(actor, 'remediation.edit', { unitId: row.unit_id });
      const now = nowIso();
      const next = status ?? (row.status as RemediationStatus);
      await repo.addProgress(tx, { row_id: id, at: now, user_id: actor.id, status: next, note });
      await repo.updateRow(tx, id, row.version, { status: next, updated_at: now, updated_by: actor.id });
      await record(tx, { userId: actor.id, action: 'remediation.progress', entityType: 'remediation-row', entityId: id, after: { status: next, note } });
      return this.view(tx, id);
    });
  }

  /** Every unit's plan in numbers (rows of finalised units are prefilled first). */
  async overview(actor: Actor, periodId: string): Promise<RemediationOverviewRow[]> {
    assertCan(actor, 'remediation.read');
    const { overview, synced } = await this.db.transaction().execute(async (tx) => {
      await this.ctx.period(tx, periodId); // 404 for an unknown period
      const units = await repo.periodUnits(tx, periodId);
      const finalised = await resultsRepo.finalisations(tx, periodId);
      let rows = await repo.periodRows(tx, periodId);
      const sync = await this.syncFinalised(tx, periodId, finalised, rows);
      if (sync.changed) rows = await repo.periodRows(tx, periodId);
      return { overview: overviewRows(units, new Set(finalised.keys()), rows, todayInVietnam()), synced: sync.synced };
    });
    for (const [key, at] of synced) this.synced.set(key, at);
    return overview;
  }

  /** Every unit's plan of the period as one spreadsheet, units by points to regain. */
  async allDocument(actor: Actor, periodId: string): Promise<{ bytes: Buffer; fileName: string }> {
    const overview = await this.overview(actor, periodId); // also checks the permission and prefills
    const period = await this.ctx.period(this.db, periodId);
    const prepared = await this.ctx.prepared(this.db, period.frameworkId);
    const rows = await repo.periodRowsFull(this.db, periodId);
    const order = new Map(overview.map((u, i) => [u.unitId, i]));
    const leafOrder = (nodeId: string) => prepared.leaves.get(nodeId)?.order ?? 0;
    rows.sort((a, b) => (order.get(a.unit_id) ?? 0) - (order.get(b.unit_id) ?? 0) || b.lost_points - a.lost_points || leafOrder(a.node_id) - leafOrder(b.node_id));
    const bytes = await remediationAllXlsx({
      periodName: period.name,
      year: period.year,
      rows: rows.map((r) => {
        const leaf = prepared.leaves.get(r.node_id);
        return {
          unitCode: r.unit_code,
          unitName: r.unit_name,
          code: leaf ? shownCode(leaf.fieldCode, leaf.node.code) : '',
          name: leaf?.node.name ?? r.node_id,
          max: r.max_points as Points,
          appraisal: r.appraisal_points as Points,
          lost: r.lost_points as Points,
          solution: r.solution,
          leadAgency: r.lead_agency,
          cooperatingAgencies: r.cooperating_agencies,
          timeFrame: r.time_frame,
          status: REMEDIATION_STATUS_LABEL[r.status as RemediationStatus]?.vi ?? r.status,
          note: r.note,
        };
      }),
    });
    return { bytes, fileName: `khac-phuc-tong-hop-${period.year}.xlsx` };
  }

  async document(actor: Actor, periodId: string, unitId: string, kind: 'docx' | 'xlsx'): Promise<{ bytes: Buffer; fileName: string }> {
    const plan = await this.plan(actor, periodId, unitId);
    const prepared = await this.ctx.prepared(this.db, (await this.ctx.period(this.db, periodId)).frameworkId);
    // Codes restart in every part ("1.2" under I and II): the table names the part too.
    const codeOf = (r: RemediationRowView) => {
      const leaf = prepared.leaves.get(r.nodeId);
      return leaf ? shownCode(leaf.fieldCode, leaf.node.code) : (r.code ?? '');
    };
    const unit = await this.db.selectFrom('units').select(['code', 'name']).where('id', '=', unitId).executeTakeFirstOrThrow();
    const leader = await this.db.selectFrom('users').select('display_name').where('unit_id', '=', unitId).where('role', '=', 'unit-leader').where('active', '=', 1).executeTakeFirst();
    const input: RemediationInput = {
      frame: {
        issuingBody: unit.name.toUpperCase(),
        symbol: `KH-${unit.code}`,
        place: '…',
        date: todayInVietnam(),
        recipients: ['Sở Nội vụ (để theo dõi)', 'Hội đồng thẩm định Chỉ số CCHC'],
        signature: { position: 'THỦ TRƯỞNG ĐƠN VỊ', name: leader?.display_name ?? '…' },
      },
      unitName: unit.name,
      year: plan.year,
      rows: plan.rows.map((r) => ({
        code: codeOf(r),
        name: r.name,
        max: parsePoints(r.max),
        appraisal: parsePoints(r.appraisal),
        lost: parsePoints(r.lost),
        solution: r.solution,
        leadAgency: r.leadAgency,
        cooperatingAgencies: r.cooperatingAgencies,
        timeFrame: r.timeFrame,
        note: r.note,
      })),
    };
    const bytes = kind === 'docx' ? await remediationDocx(input) : await remediationXlsx(input);
    return { bytes, fileName: `khac-phuc-${unit.code}-${plan.year}.${kind}` };
  }
}
