// Survey points: figures per unit × survey-scored criterion × respondent group, from a file
// (all-or-nothing, in one transaction) or typed in; after every change the criterion's points
// are recomputed by core/survey from all of the unit's groups and stored on the item
// (assessment_items.survey_points), where results read them. Answer counts convert with the
// criterion's shares from the criteria set (rules.ts); a figure keeps the counts and the shares.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { tryParsePoints, toDecimalString, type Points } from '../../core/points';
import { DEFAULT_WEIGHT, percentText, resolveSurvey, ruleOf, surveyPoints, type AnswerShare, type ResolvedSurvey } from '../../core/survey';
import type { Database, Db } from '../../db/types';
import type { PutSurveyFigure, SurveyFigure, SurveyImportResult, SurveyView } from '../../shared/api/surveys';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError, conflict, invalid, notFound } from '../common/errors';
import type { IssueContext, PeriodInfo } from '../appraisal/context';
import type { LeafInfo, PreparedFramework } from '../assessments/prepared';
import * as resultsRepo from '../results/repository';
import * as repo from './repository';
import type { SheetTable } from './spreadsheet';
import { checkGroup, convertAnswers, explain, surveyRule, toGroupFigure } from './rules';
import { validateTable, type ParsedFigure } from './validate';

export class SurveysService {
  onChange: (periodId: string) => void = () => undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ctx: IssueContext,
  ) {}

  private surveyLeaves(prepared: PreparedFramework): LeafInfo[] {
    return prepared.leafOrder.map((id) => prepared.leaves.get(id)!).filter((l) => l.scoredBy === 'survey');
  }

  async view(actor: Actor, periodId: string): Promise<SurveyView> {
    assertCan(actor, 'survey.read');
    const period = await this.ctx.period(this.db, periodId);
    const prepared = await this.ctx.prepared(this.db, period.frameworkId);
    const rows = await repo.figures(this.db, periodId);
    const figures = rows.map((r) => present(r, prepared));
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${r.unit_id}|${r.node_id}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const results = [...groups.entries()].flatMap(([key, list]) => {
      const [unitId, nodeId] = key.split('|') as [string, string];
      const leaf = prepared.leaves.get(nodeId);
      if (!leaf) return [];
      const rule = surveyRule(prepared, leaf);
      const r = surveyPoints(leaf.node.max, list.map((x) => toGroupFigure(rule, x)), ruleOf(rule));
      const usedAnswers = list.some((x) => x.kind === 'answers');
      return r.ok ? [{ unitId, nodeId, points: toDecimalString(r.points), groups: r.groups, explanation: explain(r.explanation, rule, usedAnswers, r.groups) }] : [];
    });
    return {
      criteria: this.surveyLeaves(prepared).map((l) => ({
        nodeId: l.node.id,
        code: l.node.code,
        name: l.node.name,
        max: toDecimalString(l.node.max),
        rule: presentRule(surveyRule(prepared, l), l.node.survey?.note ?? prepared.framework.survey?.note ?? null),
      })),
      answerShares: resolveSurvey(prepared.framework.survey, undefined).answers.map((a) => ({ answer: a.answer, percent: percentText(a.share, 'en') })),
      figures,
      results,
      imports: (await repo.imports(this.db, periodId)).map((i) => ({ id: i.id, fileName: i.file_name, rows: i.rows, createdAt: i.created_at, createdBy: i.username ?? null })),
      canEdit: can(actor, 'survey.import') && period.status !== 'published',
    };
  }

  /** All rows valid → applied in one transaction; any error → every error, nothing applied. */
  async import(actor: Actor, periodId: string, fileName: string, table: SheetTable): Promise<SurveyImportResult> {
    assertCan(actor, 'survey.import');
    const outcome = await this.db.transaction().execute(async (tx) => {
      const period = await this.writable(tx, periodId);
      const prepared = await this.ctx.prepared(tx, period.frameworkId);
      const finalised = await resultsRepo.finalisedUnits(tx, periodId);
      const units = await resultsRepo.periodUnits(tx, periodId);
      const leavesByCode = new Map<string, LeafInfo>();
      for (const l of this.surveyLeaves(prepared)) {
        leavesByCode.set(l.node.id, l);
        if (l.node.code) leavesByCode.set(l.node.code, l);
      }
      const { figures, errors } = validateTable(table, {
        unitsByCode: new Map(units.map((u) => [u.code.toUpperCase(), { id: u.id, finalised: finalised.has(u.id) }])),
        leavesByCode,
        ruleOf: (leaf) => surveyRule(prepared, leaf),
      });
      if (errors.length > 0) return { importId: null, applied: 0, units: 0, criteria: 0, errors };
      const importId = randomUUID();
      const now = nowIso();
      await repo.insertImport(tx, { id: importId, period_id: periodId, file_name: fileName, rows: figures.length, created_at: now, created_by: actor.id });
      for (const f of figures) await this.store(tx, periodId, f, { import_id: importId, file_name: fileName, row_number: f.row }, actor.id, now);
      await this.recompute(tx, period, prepared, figures);
      await record(tx, { userId: actor.id, action: 'survey.import', entityType: 'period', entityId: periodId, after: { importId, fileName, rows: figures.length } });
      return { importId, applied: figures.length, units: new Set(figures.map((f) => f.unitId)).size, criteria: new Set(figures.map((f) => f.nodeId)).size, errors: [] };
    });
    if (outcome.applied > 0) this.onChange(periodId);
    return outcome;
  }

  async put(actor: Actor, periodId: string, body: PutSurveyFigure): Promise<SurveyFigure> {
    assertCan(actor, 'survey.import');
    const given = [body.percent, body.score, body.answers].filter((x) => x !== undefined).length;
    if (given !== 1) throw invalid('percent', 'cần đúng một trong: tỷ lệ, điểm hoặc số phiếu theo phương án', 'give exactly one of percent, score or answer counts');
    const out = await this.db.transaction().execute(async (tx) => {
      const period = await this.writable(tx, periodId);
      const prepared = await this.ctx.prepared(tx, period.frameworkId);
      const leaf = prepared.leaves.get(body.nodeId);
      if (!leaf || leaf.scoredBy !== 'survey') throw invalid('nodeId', 'tiêu chí không chấm bằng điều tra xã hội học', 'the criterion is not survey-scored');
      if (!(await resultsRepo.periodUnits(tx, periodId)).some((u) => u.id === body.unitId)) throw invalid('unitId', 'đơn vị không tham gia đợt đánh giá', 'the unit does not take part in the period');
      await refuseFinalised(tx, periodId, body.unitId, 'unitId');
      const rule = surveyRule(prepared, leaf);
      const group = checkGroup(rule, body.group);
      if (!group.ok) throw invalid('group', group.message.vi, group.message.en);
      const figure = manualFigure(body, leaf, rule);
      const now = nowIso();
      const parsed: ParsedFigure = { row: 0, unitId: body.unitId, nodeId: body.nodeId, group: group.name, ...figure };
      const id = await this.store(tx, periodId, parsed, { import_id: null, file_name: null, row_number: null }, actor.id, now);
      await this.recompute(tx, period, prepared, [parsed]);
      await record(tx, { userId: actor.id, action: 'survey.figure', entityType: 'period', entityId: periodId, after: body });
      const row = (await repo.figures(tx, periodId)).find((r) => r.id === id)!;
      return present(row, prepared);
    });
    this.onChange(periodId);
    return out;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'survey.import');
    const periodId = await this.db.transaction().execute(async (tx) => {
      const f = await repo.figureById(tx, id);
      if (!f) throw notFound({ vi: 'số liệu điều tra', en: 'Survey figure' });
      const period = await this.writable(tx, f.period_id);
      await refuseFinalised(tx, f.period_id, f.unit_id);
      await repo.deleteFigure(tx, id);
      await this.recompute(tx, period, await this.ctx.prepared(tx, period.frameworkId), [{ row: 0, unitId: f.unit_id, nodeId: f.node_id, group: f.respondent_group, kind: 'percent', value: 0 }]);
      await record(tx, { userId: actor.id, action: 'survey.figure.delete', entityType: 'period', entityId: f.period_id, before: f });
      return f.period_id;
    });
    this.onChange(periodId);
  }

  private async writable(db: Db, periodId: string): Promise<PeriodInfo> {
    const period = await this.ctx.period(db, periodId);
    if (period.status === 'draft' || period.status === 'published') throw conflict('Không nhập số liệu điều tra khi đợt là dự thảo hoặc đã công bố', 'Survey figures cannot change while the period is a draft or published');
    return period;
  }

  private store(db: Db, periodId: string, f: ParsedFigure, source: { import_id: string | null; file_name: string | null; row_number: number | null }, userId: string, now: string): Promise<string> {
    return repo.putFigure(db, {
      period_id: periodId,
      unit_id: f.unitId,
      node_id: f.nodeId,
      respondent_group: f.group,
      kind: f.kind,
      value: f.value,
      answer_counts: f.counts ? JSON.stringify(f.counts) : null,
      answer_shares: f.shares ? JSON.stringify(f.shares) : null,
      ...source,
      created_at: now,
      created_by: userId,
    });
  }

  /** Recomputes the survey points of every unit × criterion touched, from all its groups. */
  private async recompute(db: Db, period: PeriodInfo, prepared: PreparedFramework, touched: ParsedFigure[]): Promise<void> {
    const keys = new Map(touched.map((f) => [`${f.unitId}|${f.nodeId}`, f]));
    const assessments = await this.ctx.ensureAssessments(db, period, [...new Set(touched.map((f) => f.unitId))]);
    for (const f of keys.values()) {
      const leaf = prepared.leaves.get(f.nodeId)!;
      const rule = surveyRule(prepared, leaf);
      const all = await repo.figuresOf(db, period.id, f.unitId, f.nodeId);
      const r = all.length === 0 ? null : surveyPoints(leaf.node.max, all.map((x) => toGroupFigure(rule, x)), ruleOf(rule));
      if (r && !r.ok) throw new AppError('validation', { vi: r.errors[0]!.vi, en: r.errors[0]!.en }, 'value');
      const a = assessments.get(f.unitId);
      if (a) await repo.setSurveyPoints(db, a.id, f.nodeId, r ? r.points : null);
    }
  }
}

function manualFigure(body: PutSurveyFigure, leaf: LeafInfo, rule: ResolvedSurvey): Pick<ParsedFigure, 'kind' | 'value' | 'counts' | 'shares'> {
  if (body.answers !== undefined) {
    const c = convertAnswers(rule, body.answers);
    if ('error' in c) throw invalid('answers', c.error.vi, c.error.en);
    return { kind: 'answers', value: c.percent, counts: c.counts, shares: c.shares };
  }
  const text = (body.percent ?? body.score)!;
  const field = body.percent !== undefined ? 'percent' : 'score';
  const v = tryParsePoints(text);
  if (v === undefined) throw invalid(field, `"${text}" không phải là số`, `"${text}" is not a number`);
  const max = field === 'percent' ? 1_000_000 : leaf.node.max;
  if (v < 0 || v > max) throw invalid(field, field === 'percent' ? 'tỷ lệ phải từ 0 đến 100' : 'điểm phải từ 0 đến điểm tối đa của tiêu chí', field === 'percent' ? 'the percent must be between 0 and 100' : "the score must be between 0 and the criterion's maximum");
  return { kind: field, value: v };
}

/** A criterion's rule as the surveys screen shows it: shares in % ("33.33"), weights as decimals. */
function presentRule(rule: ResolvedSurvey, note: string | null) {
  return {
    answers: rule.answers.map((a) => ({ answer: a.answer, label: a.label ?? null, labelEn: a.labelEn ?? null, percent: percentText(a.share, 'en') })),
    answersFrom: rule.answersFrom,
    groups: rule.groups?.map((g) => ({ name: g.name, nameEn: g.nameEn ?? null, weight: toDecimalString((g.weight ?? DEFAULT_WEIGHT) as Points) })) ?? null,
    groupsFrom: rule.groupsFrom,
    step: toDecimalString(rule.step as Points),
    note,
  };
}

function parseJson<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function present(r: repo.FigureRow, prepared: PreparedFramework): SurveyFigure {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    nodeId: r.node_id,
    code: prepared.leaves.get(r.node_id)?.node.code ?? null,
    group: r.respondent_group,
    kind: r.kind as SurveyFigure['kind'],
    value: toDecimalString(r.value as Points),
    answers: r.kind === 'answers' ? parseJson<Record<string, number>>(r.answer_counts) : null,
    shares: r.kind === 'answers' ? (parseJson<AnswerShare[]>(r.answer_shares)?.map((a) => ({ answer: a.answer, percent: percentText(a.share, 'en') })) ?? null) : null,
    source: { kind: r.import_id === null && r.file_name === null ? 'manual' : 'file', importId: r.import_id, fileName: r.file_name, row: r.row_number },
    createdAt: r.created_at,
    createdBy: r.username ?? null,
  };
}

/** A finalised unit's survey figures are locked with the rest of its results. */
async function refuseFinalised(tx: Kysely<Database>, periodId: string, unitId: string, field?: string): Promise<void> {
  if ((await resultsRepo.finalisedUnits(tx, periodId)).has(unitId)) throw conflict('Kết quả của đơn vị đã được chốt', "The unit's results are finalised", field);
}
