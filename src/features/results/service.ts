// Results of a period: computed from stored scores with one query per table and one compiled
// framework, cached while every unit is finalised (nothing can change them then; finalising,
// reopening and survey imports invalidate). Publication guard, public links, documents.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { aggregateCompiled } from '../../core/aggregate';
import { toDecimalString, type Points } from '../../core/points';
import type { Database, Db } from '../../db/types';
import { rankingAnnexDocx, rankingXlsx } from '../../export';
import type { PublicLink, PublicResults, ResultsView, UnitResult } from '../../shared/api/results';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError, conflict, forbidden, notFound } from '../common/errors';
import type { PeriodInfo } from '../appraisal/context';
import type { IssueContext } from '../appraisal/context';
import { leafScores } from '../appraisal/scores';
import { indexString } from '../assessments/present';
import { figuresFromScores, rankResults, type PeriodResults, type StoredFigures } from './compute';
import { publicView, rankingInput, resultsView } from './present';
import * as repo from './repository';

export class ResultsService {
  private readonly cache = new Map<string, PeriodResults>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ctx: IssueContext,
  ) {}

  invalidate(periodId: string): void {
    this.cache.delete(periodId);
  }

  /**
   * The period's results. Finalised units come from their stored snapshot (written here the
   * first time after finalising); the others are aggregated from their item scores. Cached in
   * memory once every unit is finalised.
   */
  async compute(db: Db, periodId: string): Promise<PeriodResults> {
    const hit = this.cache.get(periodId);
    if (hit) return hit;
    const period = await this.ctx.period(db, periodId);
    const prepared = await this.ctx.prepared(db, period.frameworkId);
    const units = await repo.periodUnits(db, periodId);
    const finalised = await repo.finalisations(db, periodId);
    const stored = new Map<string, StoredFigures>();
    for (const s of await repo.snapshots(db, periodId)) {
      if (finalised.get(s.unit_id) === s.finalised_at) stored.set(s.unit_id, JSON.parse(s.figures) as StoredFigures);
    }
    const missing = units.filter((u) => !stored.has(u.id));
    if (missing.length > 0) {
      const rows = missing.length === units.length ? await repo.scores(db, periodId) : await repo.scoresOfUnits(db, periodId, missing.map((u) => u.id));
      const fresh = figuresFromScores(prepared, missing, rows);
      const snaps = [];
      for (const [unitId, f] of fresh) {
        stored.set(unitId, f);
        const at = finalised.get(unitId);
        if (at !== undefined) snaps.push({ period_id: periodId, unit_id: unitId, finalised_at: at, figures: JSON.stringify(f) });
      }
      if (snaps.length > 0) await repo.putSnapshots(db, snaps);
    }
    const results = rankResults(period, prepared, units, stored, new Set(finalised.keys()));
    if (results.notFinalised.length === 0 && units.length > 0) this.cache.set(periodId, results);
    return results;
  }

  private async previous(db: Db, period: PeriodInfo): Promise<PeriodResults | null> {
    const earlier = (await repo.earlierPeriods(db, period.unitType, { year: period.year, id: period.id })).find((p) => p.year < period.year);
    return earlier ? this.compute(db, earlier.id) : null;
  }

  /** Ranking tables need results.read; unit users read them only once published. */
  private async readable(actor: Actor, periodId: string): Promise<PeriodInfo> {
    const period = await this.ctx.period(this.db, periodId);
    if (can(actor, 'results.read')) return period;
    if (period.status === 'published' && can(actor, 'period.read')) return period;
    throw forbidden();
  }

  async view(actor: Actor, periodId: string): Promise<ResultsView> {
    const period = await this.readable(actor, periodId);
    const r = await this.compute(this.db, periodId);
    return resultsView(r, await this.previous(this.db, period));
  }

  async unit(actor: Actor, periodId: string, unitId: string): Promise<UnitResult> {
    const period = await this.ctx.period(this.db, periodId);
    if (!can(actor, 'results.read', { unitId }) && !(period.status === 'published' && can(actor, 'period.read'))) throw forbidden();
    const prepared = await this.ctx.prepared(this.db, period.frameworkId);
    const r = await this.compute(this.db, periodId);
    const figures = r.byUnit.get(unitId);
    if (!figures) throw notFound({ vi: 'đơn vị trong đợt đánh giá', en: 'Unit in this period' });
    const a = aggregateCompiled(prepared.compiled, leafScores(prepared, await repo.unitScores(this.db, periodId, unitId)));
    const s = (p: Points | null) => (p === null ? null : toDecimalString(p));
    const c = prepared.compiled;
    return {
      periodId,
      unitId,
      unitName: figures.name,
      rank: figures.rank,
      of: r.units.length,
      band: figures.band ? { code: figures.band.code, label: figures.band.label } : null,
      total: s(figures.final),
      max: toDecimalString(figures.max),
      index: indexString(figures.finalIndex),
      lost: s(figures.lost),
      finalised: figures.finalised,
      nodes: a
        .nodes()
        .slice(1)
        .map((n) => {
          const i = c.indexById.get(n.nodeId)!;
          const p = c.parent[i]!;
          return {
            nodeId: n.nodeId,
            code: n.code,
            name: n.name,
            depth: n.depth,
            parentId: p <= 0 ? null : c.ids[p]!,
            isLeaf: n.isLeaf,
            max: toDecimalString(n.max),
            applicableMax: toDecimalString(n.applicableMax),
            self: s(n.self),
            appraisal: s(n.appraisal),
            survey: s(n.survey),
            final: s(n.final),
            lost: s(n.lost),
            selfIndex: indexString(n.selfIndex),
            finalIndex: indexString(n.finalIndex),
            naReason: n.naReason,
          };
        }),
    };
  }

  /** For chart data: a unit's own charts need only its results.read; the period's need the table's. */
  async forChart(actor: Actor, periodId: string, unitId: string | undefined): Promise<PeriodResults> {
    if (unitId !== undefined) assertCan(actor, 'results.read', { unitId });
    else await this.readable(actor, periodId);
    return this.compute(this.db, periodId);
  }

  /** The unit's index and rank in every closed or published period of its unit type, oldest first. */
  async trend(actor: Actor, periodId: string, unitId: string | undefined) {
    if (unitId !== undefined) assertCan(actor, 'results.read', { unitId });
    else await this.readable(actor, periodId);
    const period = await this.ctx.period(this.db, periodId);
    const earlier = await repo.earlierPeriods(this.db, period.unitType, { year: period.year, id: period.id });
    const points = [];
    for (const p of [...earlier.reverse(), { id: period.id }]) {
      const r = await this.compute(this.db, p.id);
      const u = unitId === undefined ? undefined : r.byUnit.get(unitId);
      const avg = r.units.filter((x) => x.finalIndex !== null);
      const index = u ? u.finalIndex : avg.length === 0 ? null : Math.round(avg.reduce((a, x) => a + x.finalIndex!, 0) / avg.length);
      points.push({ periodId: r.period.id, periodName: r.period.name, year: r.period.year, index: index === null ? null : index / 100, rank: u?.rank ?? null, of: r.units.length });
    }
    return { points };
  }

  async document(actor: Actor, periodId: string, kind: 'xlsx' | 'docx'): Promise<{ bytes: Buffer; fileName: string }> {
    assertCan(actor, 'results.export');
    const r = await this.compute(this.db, periodId);
    const t = await repo.unitTypeName(this.db, r.period.unitType);
    const input = rankingInput(r, `các ${(t?.name_vi ?? r.period.unitType).toLowerCase()}`);
    const bytes = kind === 'xlsx' ? await rankingXlsx(input) : await rankingAnnexDocx(input);
    return { bytes, fileName: `xep-hang-${r.period.year}.${kind}` };
  }

  /** Refuses publication while a unit is not finalised, listing every such unit (period hook). */
  async assertPublishable(db: Db, periodId: string): Promise<void> {
    const r = await this.compute(db, periodId);
    if (r.notFinalised.length === 0) return;
    throw new AppError(
      'conflict',
      { vi: `Chưa thể công bố: ${r.notFinalised.length} đơn vị chưa hoàn tất thẩm định`, en: `Cannot publish: ${r.notFinalised.length} units are not finalised` },
      'unitIds',
      r.notFinalised.map((u) => ({ field: `unitIds.${u.unitId}`, message: { vi: `${u.name}: chưa hoàn tất thẩm định`, en: `${u.name}: appraisal not finalised` } })),
    );
  }

  async publicLink(actor: Actor, periodId: string): Promise<PublicLink> {
    assertCan(actor, 'period.transition');
    const period = await this.ctx.period(this.db, periodId);
    if (period.status !== 'published') throw conflict('Chỉ tạo liên kết công khai sau khi công bố kết quả', 'A public link exists only once the results are published');
    return this.db.transaction().execute(async (tx) => {
      if (!(await repo.linkOf(tx, periodId))) {
        const token = randomBytes(24).toString('base64url');
        await repo.insertLink(tx, { token, period_id: periodId, created_at: nowIso(), created_by: actor.id });
        await record(tx, { userId: actor.id, action: 'results.public-link', entityType: 'period', entityId: periodId, after: { created: true } });
      }
      const link = (await repo.linkOf(tx, periodId))!;
      return { token: link.token, url: `/public/results/${link.token}`, createdAt: link.created_at };
    });
  }

  async publicResults(token: string): Promise<PublicResults> {
    const gone = notFound({ vi: 'kết quả công bố', en: 'Published results' });
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw gone;
    const link = await repo.linkByToken(this.db, token);
    if (!link) throw gone;
    const period = await this.ctx.period(this.db, link.period_id);
    if (period.status !== 'published') throw gone;
    const r = await this.compute(this.db, period.id);
    return publicView(r, await this.previous(this.db, period), (await repo.publishedAt(this.db, period.id))?.at ?? null);
  }
}
