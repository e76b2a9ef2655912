// Who appraises what (organiser: fields × units per appraiser and period) and each appraiser's
// queue: the items of their scope across their units, filterable, with counts per state.
import type { Kysely } from 'kysely';
import { toDecimalString, type Points } from '../../core/points';
import type { Database } from '../../db/types';
import type { Assignment, AssignmentsView, PutAssignment, QueueItem, QueueView } from '../../shared/api/appraisal';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { invalid, notFound } from '../common/errors';
import { parseJson } from '../common/json';
import * as assessmentsRepo from '../assessments/repository';
import { canOnLeaf, type IssueContext } from './context';
import { stateOf } from './present';
import * as repo from './repository';

export interface QueueFilter {
  unitId?: string;
  field?: string;
  state?: QueueItem['state'];
  q?: string;
}

export class AssignmentsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ctx: IssueContext,
  ) {}

  async list(actor: Actor, periodId: string): Promise<AssignmentsView> {
    const own = actor.role === 'appraiser';
    if (!own) assertCan(actor, 'appraisal.assign');
    const period = await this.ctx.period(this.db, periodId);
    const prepared = await this.ctx.prepared(this.db, period.frameworkId);
    const stored = new Map((await repo.assignments(this.db, periodId)).map((a) => [a.user_id, a]));
    const people = (await repo.appraisers(this.db)).filter((u) => !own || u.id === actor.id);
    const units = await this.db
      .selectFrom('period_units')
      .innerJoin('units', 'units.id', 'period_units.unit_id')
      .select(['units.id', 'units.code', 'units.name'])
      .where('period_units.period_id', '=', periodId)
      .orderBy('units.name')
      .execute();
    // Without a saved assignment the queue follows the account's scopes (context.effectiveActor):
    // the matrix shows those, in this period's field ids and units, so it says what is true now.
    const fieldIdOf = new Map(prepared.framework.nodes.flatMap((n) => [[n.id, n.id] as const, [n.code ?? n.id, n.id] as const]));
    const inPeriod = new Set(units.map((u) => u.id));
    const account = (scopes: string | null) => {
      const s = (parseJson(scopes) as { fields?: string[]; unitIds?: string[] } | null) ?? {};
      return {
        fields: [...new Set((s.fields ?? []).map((f) => fieldIdOf.get(f)).filter((f): f is string => f !== undefined))],
        unitIds: (s.unitIds ?? []).filter((u) => inPeriod.has(u)),
      };
    };
    return {
      fields: prepared.framework.nodes.map((n) => ({ id: n.id, code: n.code, name: n.name, max: toDecimalString(n.max), appraisingDepartment: n.appraisingDepartment ?? null })),
      units,
      assignments: people.map((u) => {
        const a = stored.get(u.id);
        if (!a) return { userId: u.id, username: u.username, displayName: u.display_name, ...account(u.scopes), updatedAt: null, source: 'account' as const };
        return {
          userId: u.id,
          username: u.username,
          displayName: u.display_name,
          fields: (parseJson(a.fields) as string[]) ?? [],
          unitIds: (parseJson(a.unit_ids) as string[]) ?? [],
          updatedAt: a.updated_at,
          source: 'period' as const,
        };
      }),
    };
  }

  async put(actor: Actor, periodId: string, userId: string, body: PutAssignment): Promise<Assignment> {
    assertCan(actor, 'appraisal.assign');
    return this.db.transaction().execute(async (tx) => {
      const period = await this.ctx.period(tx, periodId);
      const prepared = await this.ctx.prepared(tx, period.frameworkId);
      const user = (await repo.appraisers(tx)).find((u) => u.id === userId);
      if (!user) throw notFound({ vi: 'người thẩm định', en: 'Appraiser' });
      const fieldIds = new Set(prepared.framework.nodes.map((n) => n.id));
      const byCode = new Map(prepared.framework.nodes.map((n) => [n.code ?? n.id, n.id]));
      const fields = body.fields.map((f, i) => {
        const id = fieldIds.has(f) ? f : byCode.get(f);
        if (id === undefined) throw invalid(`fields.${i}`, `lĩnh vực "${f}" không có trong bộ tiêu chí của đợt`, `field "${f}" is not in the period's criteria set`);
        return id;
      });
      const inPeriod = new Set((await assessmentsRepo.periodUnits(tx, periodId)).map((u) => u.id));
      body.unitIds.forEach((u, i) => {
        if (!inPeriod.has(u)) throw invalid(`unitIds.${i}`, 'đơn vị không tham gia đợt đánh giá', 'the unit does not take part in the period');
      });
      const before = (await repo.assignments(tx, periodId)).find((a) => a.user_id === userId);
      const now = nowIso();
      const after = { fields: [...new Set(fields)], unitIds: [...new Set(body.unitIds)] };
      await repo.putAssignment(tx, { period_id: periodId, user_id: userId, fields: JSON.stringify(after.fields), unit_ids: JSON.stringify(after.unitIds), updated_at: now, updated_by: actor.id });
      await record(tx, {
        userId: actor.id,
        action: 'appraisal.assign',
        entityType: 'appraisal-assignment',
        entityId: `${periodId}/${userId}`,
        before: before ? { fields: parseJson(before.fields), unitIds: parseJson(before.unit_ids) } : null,
        after,
      });
      return { userId, username: user.username, displayName: user.display_name, ...after, updatedAt: now, source: 'period' };
    });
  }

  async queue(actor: Actor, periodId: string, filter: QueueFilter): Promise<QueueView> {
    const period = await this.ctx.period(this.db, periodId);
    const effective = await this.ctx.effectiveActor(this.db, actor, periodId);
    const prepared = await this.ctx.prepared(this.db, period.frameworkId);
    const assessments = await this.db.transaction().execute((tx) => this.ctx.ensureAssessments(tx, period));
    const unitName = new Map([...assessments.values()].map((a) => [a.unit_id, a.unit_name]));
    const finalised = new Set((await repo.finalisations(this.db, periodId)).filter((f) => f.finalised === 1).map((f) => f.unit_id));
    const live = new Map((await repo.liveRounds(this.db, periodId)).map((r) => [`${r.assessment_id}/${r.node_id}`, r]));
    const q = filter.q?.trim().toLowerCase() ?? '';
    const items: QueueItem[] = [];
    for (const row of await repo.periodItems(this.db, periodId)) {
      if (filter.unitId !== undefined && row.unit_id !== filter.unitId) continue;
      if (!can(effective, 'appraisal.read', { unitId: row.unit_id })) continue;
      const leaf = prepared.leaves.get(row.node_id);
      if (!leaf) continue;
      // Appraisers see the fields they score; the council and the organiser see everything.
      if (effective.role === 'appraiser' && !canOnLeaf(effective, 'appraisal.score', row.unit_id, leaf)) continue;
      if (filter.field !== undefined && filter.field !== leaf.fieldId && filter.field !== leaf.fieldCode) continue;
      if (q !== '' && !`${leaf.node.code ?? ''} ${leaf.node.name}`.toLowerCase().includes(q)) continue;
      const round = live.get(`${row.assessment_id}/${row.node_id}`);
      const decided = row.appraisal_points !== null || (leaf.scoredBy === 'survey' && row.survey_points !== null);
      items.push({
        assessmentId: row.assessment_id,
        unitId: row.unit_id,
        unitName: unitName.get(row.unit_id) ?? '',
        nodeId: row.node_id,
        code: leaf.node.code,
        name: leaf.node.name,
        fieldId: leaf.fieldId,
        fieldCode: leaf.fieldCode,
        max: toDecimalString(leaf.node.max),
        scoredBy: leaf.scoredBy,
        self: row.self_points === null ? null : toDecimalString(row.self_points as Points),
        appraisal: row.appraisal_points === null ? null : toDecimalString(row.appraisal_points as Points),
        state: stateOf(decided, round?.status),
        dueDate: round?.status === 'open' ? round.due_date : null,
        finalised: finalised.has(row.unit_id),
        version: row.version,
      });
    }
    items.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || prepared.leaves.get(a.nodeId)!.order - prepared.leaves.get(b.nodeId)!.order);
    const counts = { total: items.length, 'to-appraise': 0, appraised: 0, returned: 0, answered: 0 };
    for (const i of items) counts[i.state]++;
    return { counts, items: filter.state === undefined ? items : items.filter((i) => i.state === filter.state) };
  }
}
