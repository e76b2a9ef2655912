// Self-assessment: the form (view), saving an item with optimistic concurrency, item history
// and the pre-submit checklist. Workflow moves are in transitions.ts, the organiser's overview
// in overview.ts, documents in documents.ts.
import type { Kysely } from 'kysely';
import { toDecimalString, type Points } from '../../core/points';
import type { Database, Db } from '../../db/types';
import type { AssessmentView, ChecklistEntry, Item, ItemHistoryEntry, ItemInput, SaveItem } from '../../shared/api/assessments';
import { assertCan, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso, todayInVietnam } from '../common/clock';
import { AppError, forbidden, invalid, notFound } from '../common/errors';
import { parseJson, toJson } from '../common/json';
import type { FrameworksService } from '../frameworks/service';
import { buildChecklist } from './checklist';
import { computeItem } from './compute';
import { ContextLoader, usernames, type Loaded } from './context';
import { PreparedCache } from './prepared';
import { presentItem, type LinkedEvidence } from './present';
import type { PeriodWindow } from './compute';
import { anyNeedsPeriodDeadline, needsPeriodDeadline, withDeadlines } from '../periods/deadline-rules';
import { withPeriodDeadlines } from '../periods/deadline-window';
import * as repo from './repository';
import { summarize } from './summary';
import { refusal } from './workflow';

const CRITERION = { vi: 'tiêu chí', en: 'Criterion' };

export type SaveResult = { ok: true; item: Item } | { ok: false; mine: SaveItem; theirs: Item };

export function refuse(r: ReturnType<typeof refusal>): void {
  if (r === null) return;
  if (r === 'forbidden') throw forbidden();
  throw new AppError('conflict', r);
}

export class AssessmentsService {
  readonly loader: ContextLoader;

  constructor(
    private readonly db: Kysely<Database>,
    frameworks: FrameworksService,
    cache: PreparedCache = new PreparedCache(),
  ) {
    this.loader = new ContextLoader(db, frameworks, cache, () => todayInVietnam());
  }

  /** The unit's assessment for a period, created on first access. */
  async viewFor(actor: Actor, periodId: string, unitId: string): Promise<AssessmentView> {
    assertCan(actor, 'assessment.read', { unitId });
    let row = await repo.findByPeriodUnit(this.db, periodId, unitId);
    if (!row) {
      if (!(await repo.isInPeriod(this.db, periodId, unitId))) throw notFound({ vi: 'đơn vị trong đợt đánh giá', en: 'Unit in this period' });
      const period = await this.db.selectFrom('periods').select('framework_id').where('id', '=', periodId).executeTakeFirstOrThrow();
      const prepared = await this.loader.prepared(this.db, period.framework_id);
      await this.db.transaction().execute((tx) => repo.create(tx, periodId, unitId, prepared.leafOrder, nowIso()));
      row = await repo.findByPeriodUnit(this.db, periodId, unitId);
      if (!row) throw notFound({ vi: 'báo cáo tự đánh giá', en: 'Self-assessment' });
    }
    return this.buildView(actor, await this.loader.fromRow(this.db, row));
  }

  async view(actor: Actor, id: string): Promise<AssessmentView> {
    return this.buildView(actor, await this.loader.load(this.db, actor, id));
  }

  private async buildView(actor: Actor, l: Loaded): Promise<AssessmentView> {
    const window = await this.windowFor(this.db, l);
    const items = await this.items(this.db, l, window);
    const rows = await repo.items(this.db, l.row.id);
    return {
      assessment: await this.loader.header(this.db, actor, l),
      // Deadline leaves carry the deadline they are scored against (the set's or the period's).
      framework: { id: l.prepared.id, name: l.prepared.framework.name, nodes: withDeadlines(l.prepared.view, l.prepared, window) },
      items,
      summary: summarize(l.prepared, rows, items),
    };
  }

  /** The period's window, with its criterion deadlines when a leaf of the set needs them. */
  private windowFor(db: Db, l: Loaded): Promise<PeriodWindow> {
    return withPeriodDeadlines(db, l.row.period_id, l.window, anyNeedsPeriodDeadline(l.prepared));
  }

  /** Every item in document order. */
  async items(db: Db, l: Loaded, known?: PeriodWindow): Promise<Item[]> {
    const window = known ?? (await this.windowFor(db, l));
    const rows = await repo.items(db, l.row.id);
    const links = await repo.itemEvidence(db, l.row.id);
    const byNode = new Map<string, LinkedEvidence[]>();
    for (const e of links) {
      const list = byNode.get(e.node_id) ?? [];
      list.push(e);
      byNode.set(e.node_id, list);
    }
    const names = await usernames(db, rows.map((r) => r.updated_by));
    const out: Item[] = [];
    for (const r of rows) {
      const leaf = l.prepared.leaves.get(r.node_id);
      if (!leaf) continue;
      out.push(presentItem(r, leaf, byNode.get(r.node_id) ?? [], window, r.updated_by === null ? null : (names.get(r.updated_by) ?? null)));
    }
    return out.sort((a, b) => l.prepared.leaves.get(a.nodeId)!.order - l.prepared.leaves.get(b.nodeId)!.order);
  }

  private async oneItem(db: Db, l: Loaded, nodeId: string): Promise<Item> {
    const row = await repo.item(db, l.row.id, nodeId);
    const leaf = l.prepared.leaves.get(nodeId);
    if (!row || !leaf) throw notFound(CRITERION);
    const names = await usernames(db, [row.updated_by]);
    const window = await withPeriodDeadlines(db, l.row.period_id, l.window, needsPeriodDeadline(leaf));
    return presentItem(row, leaf, await repo.itemEvidence(db, l.row.id, nodeId), window, row.updated_by === null ? null : (names.get(row.updated_by) ?? null));
  }

  async saveItem(actor: Actor, id: string, nodeId: string, body: SaveItem): Promise<SaveResult> {
    return this.db.transaction().execute(async (tx) => {
      const l = await this.loader.load(tx, actor, id);
      refuse(refusal(actor, 'edit', l.facts));
      const leaf = l.prepared.leaves.get(nodeId);
      const found = leaf ? await repo.itemWithEvidence(tx, id, nodeId) : undefined;
      if (!leaf || !found) throw notFound(CRITERION);
      const row = found.item;
      if (row.version !== body.baseVersion) return { ok: false, mine: body, theirs: await this.oneItem(tx, l, nodeId) };

      const input = body.input !== undefined ? body.input : (parseJson(row.input) as ItemInput | null);
      if (body.input !== undefined && body.input !== null) {
        if (leaf.scoredBy !== 'unit') {
          throw invalid('input', 'tiêu chí này do cơ quan thẩm định hoặc điều tra xã hội học chấm, đơn vị không tự chấm', 'this criterion is scored by the appraisers or by the survey, not by the unit');
        }
        const want = leaf.expectedInput;
        if (want !== undefined && body.input.type !== want) {
          throw invalid('input.type', `tiêu chí này cần dữ liệu kiểu "${want}"`, `this criterion takes input of type "${want}"`);
        }
      }
      const na = body.na !== undefined ? body.na : row.na_reason === null ? null : { reason: row.na_reason };
      if (body.na) {
        if (!leaf.naAllowed) throw invalid('na', 'tiêu chí này không được đánh dấu "không phát sinh"', 'this criterion cannot be marked not applicable');
        if (body.na.reason.trim() === '') throw invalid('na.reason', 'cần ghi lý do không phát sinh', 'a reason is required for not applicable');
      }
      if (body.evidenceIds !== undefined) {
        const known = await repo.evidenceIdsIn(tx, id, body.evidenceIds);
        body.evidenceIds.forEach((e, i) => {
          if (!known.has(e)) throw invalid(`evidenceIds.${i}`, 'tài liệu kiểm chứng không thuộc báo cáo này', 'evidence does not belong to this assessment');
        });
      }

      // Read in this transaction: a deadline change bumps the item's version, so a save computed
      // with the old date fails its version check below.
      const window = await withPeriodDeadlines(tx, l.row.period_id, l.window, needsPeriodDeadline(leaf));
      const computed = computeItem(leaf, input, window);
      const now = nowIso();
      const linked = found.evidence;
      const beforeEvidence = linked.map((e) => e.evidence_id);
      const change: repo.ItemChange = {
        input: toJson(input),
        self_points: computed.points,
        self_explanation: toJson(computed.explanation),
        self_errors: computed.errors.length > 0 ? JSON.stringify(computed.errors) : null,
        note: body.note ?? row.note,
        na_reason: na === null ? null : na.reason.trim(),
        flagged: body.flagged === undefined ? row.flagged : body.flagged ? 1 : 0,
        updated_at: now,
        updated_by: actor.id,
      };
      if (!(await repo.updateItem(tx, id, nodeId, body.baseVersion, change))) {
        return { ok: false, mine: body, theirs: await this.oneItem(tx, l, nodeId) };
      }
      let evidence: LinkedEvidence[] = linked;
      if (body.evidenceIds !== undefined) {
        const ids = [...new Set(body.evidenceIds)];
        await repo.setItemEvidence(tx, id, nodeId, ids);
        evidence = ids.length === 0 ? [] : await repo.itemEvidence(tx, id, nodeId);
      }
      const before = snapshot(row.input, row.self_points, row.note, row.na_reason, row.flagged, beforeEvidence);
      const after = snapshot(change.input, change.self_points, change.note, change.na_reason, change.flagged, body.evidenceIds ?? beforeEvidence);
      await repo.addHistory(tx, { assessmentId: id, nodeId, version: body.baseVersion + 1, at: now, userId: actor.id, before: JSON.stringify(before), after: JSON.stringify(after) });
      await record(tx, { userId: actor.id, action: 'assessment.item.save', entityType: 'assessment-item', entityId: `${id}/${nodeId}`, before, after });
      if (l.facts.status === 'not-started') await repo.setStatus(tx, id, { status: 'in-progress' }, now);
      // Presented from what was just written: no second read of the row inside the transaction.
      const saved = { ...row, ...change, version: body.baseVersion + 1 };
      return { ok: true, item: presentItem(saved, leaf, evidence, window, actor.username) };
    });
  }

  async history(actor: Actor, id: string, nodeId: string): Promise<ItemHistoryEntry[]> {
    const l = await this.loader.load(this.db, actor, id);
    if (!l.prepared.leaves.has(nodeId)) throw notFound(CRITERION);
    const rows = await repo.history(this.db, id, nodeId);
    return rows.map((r) => ({ version: r.version, at: r.at, userId: r.user_id, username: r.username ?? null, before: parseJson(r.before), after: parseJson(r.after) }));
  }

  async checklist(actor: Actor, id: string): Promise<ChecklistEntry[]> {
    const l = await this.loader.load(this.db, actor, id);
    return buildChecklist(l.prepared, await this.items(this.db, l));
  }
}

function snapshot(input: string | null, points: number | null, note: string, na: string | null, flagged: number, evidenceIds: string[]) {
  return { input: parseJson(input), points: points === null ? null : toDecimalString(points as Points), note, na: na === null ? null : { reason: na }, flagged: flagged === 1, evidenceIds };
}
