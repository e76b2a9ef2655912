// Appraising one item: the view (self score, input, explanation, evidence, rounds, history),
// saving the appraisal with optimistic concurrency, returning the item for explanation, and the
// unit's answer. Scope: appraisers act on their fields × units; units answer only their own.
import type { Kysely } from 'kysely';
import { formatDate } from '../../core/dates';
import { toDecimalString, type Points } from '../../core/points';
import type { Database, Db } from '../../db/types';
import type { AnswerRound, AppraisalItemView, ReturnItem, Round, SaveAppraisal } from '../../shared/api/appraisal';
import type { ItemInput } from '../../shared/api/assessments';
import type { Bilingual } from '../../core/text';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { conflict, forbidden, invalid, notFound } from '../common/errors';
import { parseJson, toJson } from '../common/json';
import * as assessmentsRepo from '../assessments/repository';
import { usernames } from '../assessments/context';
import type { LeafInfo, PreparedFramework } from '../assessments/prepared';
import * as notificationsRepo from '../notifications/repository';
import { shownCode } from './codes';
import { assertOnLeaf, canOnLeaf, type IssueContext } from './context';
import { itemLink, returnsLink } from './links';
import { appraisalSnapshot, evidenceRefs, presentHistoryValue, presentRound, stateOf } from './present';
import * as repo from './repository';
import { appraisalValue, stepOf } from './score';
import { needsPeriodDeadline, withDeadlines } from '../periods/deadline-rules';
import { withPeriodDeadlines } from '../periods/deadline-window';

/** Appraisal continues after the window closes only for units reopened by the council. */
export const APPRAISING: ReadonlySet<string> = new Set(['appraisal', 'closed']);

const ASSESSMENT = { vi: 'báo cáo tự đánh giá', en: 'Assessment' };
const CRITERION = { vi: 'tiêu chí', en: 'Criterion' };

export type SaveAppraisalResult = { ok: true; item: AppraisalItemView } | { ok: false; mine: SaveAppraisal; theirs: AppraisalItemView };

export interface LoadedAssessment {
  row: assessmentsRepo.AssessmentRow;
  prepared: PreparedFramework;
  actor: Actor;
  finalised: boolean;
}

export class AppraisalService {
  constructor(
    private readonly db: Kysely<Database>,
    readonly ctx: IssueContext,
  ) {}

  /** The assessment with the actor's effective scope; 403 when they may not read its appraisal. */
  async load(db: Db, actor: Actor, assessmentId: string): Promise<LoadedAssessment> {
    const row = await assessmentsRepo.findById(db, assessmentId);
    if (!row) throw notFound(ASSESSMENT);
    const effective = await this.ctx.effectiveActor(db, actor, row.period_id);
    assertCan(effective, 'appraisal.read', { unitId: row.unit_id });
    return { row, prepared: await this.ctx.prepared(db, row.framework_id), actor: effective, finalised: await repo.isFinalised(db, row.id) };
  }

  private leaf(l: LoadedAssessment, nodeId: string): LeafInfo {
    const leaf = l.prepared.leaves.get(nodeId);
    if (!leaf) throw notFound(CRITERION);
    return leaf;
  }

  async item(actor: Actor, assessmentId: string, nodeId: string): Promise<AppraisalItemView> {
    const l = await this.load(this.db, actor, assessmentId);
    return this.view(this.db, l, nodeId);
  }

  async view(db: Db, l: LoadedAssessment, nodeId: string): Promise<AppraisalItemView> {
    const leaf = this.leaf(l, nodeId);
    const row = await assessmentsRepo.item(db, l.row.id, nodeId);
    if (!row) throw notFound(CRITERION);
    const today = this.ctx.today();
    const rounds = (await repo.rounds(db, l.row.id, nodeId)).map((r) => presentRound(r, today));
    const linked = (await assessmentsRepo.itemEvidence(db, l.row.id, nodeId)).map((e) => e.evidence_id);
    const cited = rounds.flatMap((r) => r.answerEvidenceIds);
    const history = await assessmentsRepo.history(db, l.row.id, nodeId);
    const mark = await repo.mark(db, l.row.id, nodeId);
    // The leaf as the form shows it, with the deadline it is scored against (the set's or the period's).
    const window = await withPeriodDeadlines(db, l.row.period_id, { dataStart: l.row.data_start, dataEnd: l.row.data_end }, needsPeriodDeadline(leaf));
    const shown = withDeadlines([l.prepared.view.find((n) => n.id === nodeId)!], l.prepared, window)[0]!;
    const live = rounds.find((r) => r.status !== 'closed')?.status;
    const periodOpen = APPRAISING.has(l.row.period_status);
    const canWrite = periodOpen && !l.finalised && canOnLeaf(l.actor, 'appraisal.score', l.row.unit_id, leaf);
    const hasAppraisal = row.appraisal_points !== null || row.appraisal_input !== null;
    return {
      assessmentId: l.row.id,
      periodId: l.row.period_id,
      unitId: l.row.unit_id,
      unitName: l.row.unit_name,
      node: { id: leaf.node.id, code: leaf.node.code, name: leaf.node.name, max: toDecimalString(leaf.node.max), fieldId: leaf.fieldId, fieldCode: leaf.fieldCode, step: toDecimalString(stepOf(leaf)), leaf: shown.leaf! },
      self: {
        input: parseJson(row.input) as ItemInput | null,
        points: row.self_points === null ? null : toDecimalString(row.self_points as Points),
        explanation: parseJson(row.self_explanation) as Bilingual | null,
        note: row.note,
        na: row.na_reason === null ? null : { reason: row.na_reason },
      },
      appraisal: hasAppraisal
        ? {
            input: parseJson(row.appraisal_input) as ItemInput | null,
            points: row.appraisal_points === null ? null : toDecimalString(row.appraisal_points as Points),
            explanation: explainStored(row.appraisal_comment),
            comment: commentOf(row.appraisal_comment),
            appraisedAt: mark?.appraised_at ?? null,
            appraisedBy: mark?.username ?? null,
          }
        : null,
      survey: leaf.scoredBy === 'survey' ? { points: row.survey_points === null ? null : toDecimalString(row.survey_points as Points) } : null,
      evidence: await evidenceRefs(db, [...new Set([...linked, ...cited])]),
      rounds,
      history: history.map((h) => ({ version: h.version, at: h.at, userId: h.user_id, username: h.username ?? null, before: presentHistoryValue(parseJson(h.before)), after: presentHistoryValue(parseJson(h.after)) })),
      state: stateOf(row.appraisal_points !== null, live),
      version: row.version,
      finalised: l.finalised,
      canScore: canWrite,
      canReturn: canWrite && live === undefined,
      canAnswer: periodOpen && live === 'open' && can(l.actor, 'appraisal.answer', { unitId: l.row.unit_id }),
    };
  }

  /** Refusals common to scoring and returning: scope, period status, finalisation. */
  private assertWritable(l: LoadedAssessment, leaf: LeafInfo): void {
    assertOnLeaf(l.actor, 'appraisal.score', l.row.unit_id, leaf);
    if (!APPRAISING.has(l.row.period_status)) throw conflict('Đợt đánh giá không ở giai đoạn thẩm định', 'The period is not in its appraisal stage');
    if (l.finalised) throw conflict('Kết quả thẩm định của đơn vị đã được chốt; cần mở lại (có lý do) để sửa', "The unit's appraisal is finalised; it must be reopened (with a reason) to change it");
  }

  async save(actor: Actor, assessmentId: string, nodeId: string, body: SaveAppraisal): Promise<SaveAppraisalResult> {
    return this.db.transaction().execute(async (tx) => {
      const l = await this.load(tx, actor, assessmentId);
      const leaf = this.leaf(l, nodeId);
      this.assertWritable(l, leaf);
      const row = await assessmentsRepo.item(tx, assessmentId, nodeId);
      if (!row) throw notFound(CRITERION);
      if (row.version !== body.baseVersion) return { ok: false, mine: body, theirs: await this.view(tx, l, nodeId) };
      const window = await withPeriodDeadlines(tx, l.row.period_id, { dataStart: l.row.data_start, dataEnd: l.row.data_end }, needsPeriodDeadline(leaf));
      const value = appraisalValue(leaf, body, window);
      const comment = body.comment ?? commentOf(row.appraisal_comment);
      const stored: StoredComment = { comment, explanation: value.explanation };
      const change: repo.AppraisalChange = {
        appraisal_input: toJson(value.input),
        appraisal_points: value.points,
        appraisal_comment: value.points === null && comment === '' ? null : JSON.stringify(stored),
      };
      if (!(await repo.updateAppraisal(tx, assessmentId, nodeId, body.baseVersion, change))) {
        return { ok: false, mine: body, theirs: await this.view(tx, l, nodeId) };
      }
      const now = nowIso();
      await repo.setMark(tx, assessmentId, nodeId, now, actor.id);
      if (value.points !== null) await repo.closeAnswered(tx, assessmentId, nodeId, now);
      const before = appraisalSnapshot(parseJson(row.appraisal_input), row.appraisal_points, commentOf(row.appraisal_comment));
      const after = appraisalSnapshot(value.input, value.points, comment);
      await assessmentsRepo.addHistory(tx, { assessmentId, nodeId, version: body.baseVersion + 1, at: now, userId: actor.id, before: JSON.stringify(before), after: JSON.stringify(after) });
      await record(tx, { userId: actor.id, action: 'appraisal.item.save', entityType: 'assessment-item', entityId: `${assessmentId}/${nodeId}`, before, after });
      return { ok: true, item: await this.view(tx, l, nodeId) };
    });
  }

  /** Sets the appraisal equal to the self score on the unscored items in the actor's scope. */
  async acceptSelf(actor: Actor, assessmentId: string, nodeIds: string[] | undefined): Promise<{ accepted: number }> {
    return this.db.transaction().execute(async (tx) => {
      const l = await this.load(tx, actor, assessmentId);
      const rows = await assessmentsRepo.items(tx, assessmentId);
      const wanted = nodeIds === undefined ? null : new Set(nodeIds);
      const now = nowIso();
      let accepted = 0;
      for (const row of rows) {
        const leaf = l.prepared.leaves.get(row.node_id);
        if (!leaf || (wanted && !wanted.has(row.node_id))) continue;
        if (row.appraisal_points !== null || row.self_points === null || leaf.scoredBy !== 'unit') continue;
        if (!canOnLeaf(l.actor, 'appraisal.score', l.row.unit_id, leaf)) continue;
        this.assertWritable(l, leaf);
        const stored: StoredComment = { comment: '', explanation: { vi: 'Chấp nhận điểm tự chấm', en: 'Self score accepted' } };
        if (await repo.updateAppraisal(tx, assessmentId, row.node_id, row.version, { appraisal_input: row.input, appraisal_points: row.self_points, appraisal_comment: JSON.stringify(stored) })) {
          await repo.setMark(tx, assessmentId, row.node_id, now, actor.id);
          // Every version has its history entry, accepted in bulk or not.
          const before = appraisalSnapshot(parseJson(row.appraisal_input), row.appraisal_points, commentOf(row.appraisal_comment));
          const after = appraisalSnapshot(parseJson(row.input), row.self_points, '');
          await assessmentsRepo.addHistory(tx, { assessmentId, nodeId: row.node_id, version: row.version + 1, at: now, userId: actor.id, before: JSON.stringify(before), after: JSON.stringify(after) });
          accepted++;
        }
      }
      await record(tx, { userId: actor.id, action: 'appraisal.accept-self', entityType: 'assessment', entityId: assessmentId, after: { accepted } });
      return { accepted };
    });
  }

  async returnItem(actor: Actor, assessmentId: string, nodeId: string, body: ReturnItem): Promise<Round> {
    return this.db.transaction().execute(async (tx) => {
      const l = await this.load(tx, actor, assessmentId);
      const leaf = this.leaf(l, nodeId);
      this.assertWritable(l, leaf);
      if (body.dueDate < this.ctx.today()) throw invalid('dueDate', 'hạn trả lời đã qua', 'the due date is in the past');
      const live = (await repo.rounds(tx, assessmentId, nodeId)).find((r) => r.status !== 'closed');
      if (live) throw conflict('Tiêu chí đang chờ đơn vị giải trình hoặc chờ xem câu trả lời', 'The item already has a return waiting for an answer or for review');
      const now = nowIso();
      const id = await repo.insertRound(tx, { assessment_id: assessmentId, node_id: nodeId, message: body.message, due_date: body.dueDate, asked_at: now, asked_by: actor.id });
      const users = await notificationsRepo.unitUsers(tx, l.row.unit_id, ['unit-editor', 'unit-leader']);
      const code = shownCode(leaf.fieldCode, leaf.node.code) || leaf.node.id;
      await notificationsRepo.insertMany(
        tx,
        users.map((u) => u.id),
        {
          kind: 'appraisal.return',
          message: {
            vi: `Tiêu chí ${code} cần giải trình, bổ sung trước ngày ${formatDate(body.dueDate, 'vi')}`,
            en: `Criterion ${code} needs an explanation or more evidence by ${formatDate(body.dueDate, 'en')}`,
          },
          link: returnsLink(l.row.period_id, l.row.unit_id),
        },
        now,
      );
      await record(tx, { userId: actor.id, action: 'appraisal.return', entityType: 'assessment-item', entityId: `${assessmentId}/${nodeId}`, after: body });
      const created = (await repo.rounds(tx, assessmentId, nodeId)).find((r) => r.id === id)!;
      return presentRound(created, this.ctx.today());
    });
  }

  async returns(actor: Actor, assessmentId: string): Promise<Round[]> {
    const l = await this.load(this.db, actor, assessmentId);
    const today = this.ctx.today();
    return (await repo.rounds(this.db, l.row.id)).map((r) => presentRound(r, today));
  }

  async answer(actor: Actor, roundId: string, body: AnswerRound): Promise<Round> {
    return this.db.transaction().execute(async (tx) => {
      const round = await repo.roundById(tx, roundId);
      if (!round) throw notFound({ vi: 'yêu cầu giải trình', en: 'Return' });
      const row = await assessmentsRepo.findById(tx, round.assessment_id);
      if (!row || !can(actor, 'appraisal.answer', { unitId: row.unit_id })) throw forbidden();
      if (!APPRAISING.has(row.period_status)) throw conflict('Đợt đánh giá không ở giai đoạn thẩm định', 'The period is not in its appraisal stage');
      if (round.status !== 'open') throw conflict('Yêu cầu này đã được trả lời', 'This return has already been answered');
      if (this.ctx.today() > round.due_date) throw conflict(`Đã quá hạn giải trình (${formatDate(round.due_date, 'vi')})`, `The explanation was due on ${formatDate(round.due_date, 'en')}`);
      const ids = [...new Set(body.evidenceIds ?? [])];
      const known = await assessmentsRepo.evidenceIdsIn(tx, row.id, ids);
      ids.forEach((e, i) => {
        if (!known.has(e)) throw invalid(`evidenceIds.${i}`, 'tài liệu kiểm chứng không thuộc báo cáo này', 'evidence does not belong to this assessment');
      });
      const now = nowIso();
      if (!(await repo.answerRound(tx, roundId, body.text, ids, now, actor.id))) throw conflict('Yêu cầu này đã được trả lời', 'This return has already been answered');
      if (round.asked_by) {
        await notificationsRepo.insertMany(tx, [round.asked_by], { kind: 'appraisal.answer', message: { vi: `${row.unit_name} đã giải trình một tiêu chí`, en: `${row.unit_name} answered a return` }, link: itemLink(row.period_id, row.id, round.node_id) }, now);
      }
      await record(tx, { userId: actor.id, action: 'appraisal.answer', entityType: 'appraisal-round', entityId: roundId, after: { text: body.text, evidenceIds: ids } });
      const names = await usernames(tx, [round.asked_by, actor.id]);
      return presentRound({ ...round, status: 'answered', answer: body.text, answer_evidence_ids: JSON.stringify(ids), answered_at: now, answered_by: actor.id, asked_by_name: round.asked_by ? (names.get(round.asked_by) ?? null) : null, answered_by_name: names.get(actor.id) ?? null }, this.ctx.today());
    });
  }
}

/** appraisal_comment holds JSON { comment, explanation } (explanation of the rubric's result). */
interface StoredComment {
  comment: string;
  explanation: Bilingual | null;
}

function stored(text: string | null): StoredComment | null {
  if (text === null) return null;
  try {
    const v = JSON.parse(text) as Partial<StoredComment>;
    return { comment: typeof v.comment === 'string' ? v.comment : '', explanation: v.explanation ?? null };
  } catch {
    return { comment: text, explanation: null };
  }
}

export function commentOf(text: string | null): string {
  return stored(text)?.comment ?? '';
}

function explainStored(text: string | null): Bilingual | null {
  return stored(text)?.explanation ?? null;
}

