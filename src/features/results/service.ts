// Results of a period: computed from stored scores (packed per unit by the database) with one
// compiled framework, and cached — provisional results too — while the change counters stand
// (`assessments.results_version` and `periods.results_version`, kept by triggers, so no write
// path can forget them; migration 202611241000) and the period row's `updated_at` is unchanged.
// After a save only the units whose counter moved are read again. Finalising, reopening and
// survey imports also call `changed`, which rebuilds a fully finalised period in the background.
// Publication guard, public links, documents.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { aggregateCompiled } from '../../core/aggregate';
import { toDecimalString, type Points } from '../../core/points';
import type { Database, Db } from '../../db/types';
import { rankingAnnexDocx, rankingXlsx } from '../../export';
import { decisionFrom, type DecisionQuery } from './decision';
import type { PublicLink, PublicResults, ResultsView, UnitResult } from '../../shared/api/results';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError, conflict, forbidden, notFound } from '../common/errors';
import type { PeriodInfo } from '../appraisal/context';
import type { IssueContext } from '../appraisal/context';
import { leafScores } from '../appraisal/scores';
import { indexString } from '../assessments/present';
import { figuresFromPacked, rankResults, type PeriodResults, type StoredFigures } from './compute';
import { publicJson, publicView, rankingInput, resultsJson, resultsView } from './present';
import * as repo from './repository';

/** Bursts of changes (a council finalising unit after unit) rebuild once, after the last. */
const WARM_DELAY_MS = 150;

export class ResultsService {
  private readonly cache = new Map<string, { results: PeriodResults; stamp: repo.VersionStamp; versions: Map<string, number> }>();
  /** Bumped by every change: a computation that started before it must not be cached. */
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly warming = new Map<string, Promise<void>>();
  private closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ctx: IssueContext,
  ) {}

  /** Forgets the period's cached results (the next read computes them). */
  invalidate(periodId: string): void {
    this.cache.delete(periodId);
    this.generations.set(periodId, (this.generations.get(periodId) ?? 0) + 1);
  }

  /**
   * Something that affects the period's results changed (finalised, reopened, survey figures,
   * published): forget them now and rebuild them in the background, without delaying the
   * request that made the change.
   */
  changed(periodId: string): void {
    this.invalidate(periodId);
    if (this.closed) return;
    clearTimeout(this.timers.get(periodId));
    const timer = setTimeout(() => {
      this.timers.delete(periodId);
      void this.warm(periodId);
    }, WARM_DELAY_MS);
    timer.unref();
    this.timers.set(periodId, timer);
  }

  /**
   * Rebuilds and caches a fully finalised period's results and its serialised ranking tables.
   * Provisional results are cached too, but by `build` on request (checked against the change
   * counters), because during appraisal every save changes them; warming them would be wasted.
   * A failure leaves the cache empty: the next request computes and reports it itself.
   */
  async warm(periodId: string): Promise<void> {
    while (this.warming.has(periodId)) await this.warming.get(periodId);
    if (this.closed) return;
    const run = (async () => {
      if (!(await repo.allFinalised(this.db, periodId))) return;
      const period = await this.ctx.period(this.db, periodId);
      const r = await this.build(this.db, periodId);
      const previous = await this.previous(this.db, period);
      resultsJson(r, previous);
      if (period.status === 'published') publicJson(r, previous, (await repo.publishedAt(this.db, periodId))?.at ?? null);
    })().catch(() => undefined);
    this.warming.set(periodId, run);
    await run;
    if (this.warming.get(periodId) === run) this.warming.delete(periodId);
  }

  /** Waits for background rebuilds and starts no more (server shutdown, tests, benchmarks). */
  async settle(options: { close?: boolean } = {}): Promise<void> {
    if (options.close) {
      this.closed = true;
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
    }
    while (this.warming.size > 0 || (!this.closed && this.timers.size > 0)) {
      if (this.warming.size > 0) await Promise.all(this.warming.values());
      else await new Promise((resolve) => setTimeout(resolve, WARM_DELAY_MS));
    }
  }

  /**
   * The period's results. Finalised units come from their stored snapshot (written here the
   * first time after finalising); the others are aggregated from their item scores. Cached in
   * memory for as long as the change counters and the period row are unchanged.
   */
  async compute(db: Db, periodId: string): Promise<PeriodResults> {
    // A background rebuild under way is joined rather than repeated.
    const warming = db === this.db ? this.warming.get(periodId) : undefined;
    if (warming) await warming;
    return this.build(db, periodId);
  }

  private async build(db: Db, periodId: string): Promise<PeriodResults> {
    const period = await this.ctx.period(db, periodId);
    // Counters first, data after: whatever is read below is at least as new as the stamp, so a
    // write that lands in between only makes the next request compute again, never serves stale.
    const stamp = await repo.versionStamp(db, periodId);
    const hit = this.cache.get(periodId);
    const samePeriod = hit !== undefined && hit.results.period.updatedAt === period.updatedAt && hit.stamp.period === stamp.period;
    if (hit && samePeriod && hit.stamp.assessments === stamp.assessments && hit.stamp.sum === stamp.sum) return hit.results;
    const generation = this.generations.get(periodId) ?? 0;
    const versions = await repo.assessmentVersions(db, periodId);
    const prepared = await this.ctx.prepared(db, period.frameworkId);
    const units = await repo.periodUnits(db, periodId);
    const finalised = await repo.finalisations(db, periodId);
    const stored = new Map<string, StoredFigures>();
    for (const s of await repo.snapshots(db, periodId)) {
      if (finalised.get(s.unit_id) === s.finalised_at) stored.set(s.unit_id, JSON.parse(s.figures) as StoredFigures);
    }
    // Same period row, unit list and names: a unit whose assessment counter is unchanged keeps
    // its figures, so a save during appraisal re-reads one unit's items, not the period's.
    if (hit && samePeriod && hit.results.prepared === prepared) {
      for (const u of units) {
        const v = versions.get(u.id);
        if (!stored.has(u.id) && v !== undefined && hit.versions.get(u.id) === v) stored.set(u.id, hit.results.byUnit.get(u.id)!);
      }
    }
    const missing = units.filter((u) => !stored.has(u.id));
    if (missing.length > 0) {
      const packed = missing.length === units.length ? await repo.packedScores(db, periodId) : await repo.packedScores(db, periodId, missing.map((u) => u.id));
      const fresh = figuresFromPacked(prepared, missing, packed);
      const snaps = [];
      for (const [unitId, f] of fresh) {
        stored.set(unitId, f);
        const at = finalised.get(unitId);
        if (at !== undefined) snaps.push({ period_id: periodId, unit_id: unitId, finalised_at: at, figures: JSON.stringify(f) });
      }
      if (snaps.length > 0) await repo.putSnapshots(db, snaps);
    }
    const results = rankResults(period, prepared, units, stored, new Set(finalised.keys()));
    // Provisional results are kept too: the counters tell when they stop being true.
    if ((this.generations.get(periodId) ?? 0) === generation) this.cache.set(periodId, { results, stamp, versions });
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

  /** The ranking table as JSON text, serialised once per computed result. */
  async viewJson(actor: Actor, periodId: string): Promise<string> {
    const period = await this.readable(actor, periodId);
    const r = await this.compute(this.db, periodId);
    return resultsJson(r, await this.previous(this.db, period));
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

  /** The ranking as .xlsx, or as the .docx annex to `decision` (its line left blank without one). */
  async document(actor: Actor, periodId: string, kind: 'xlsx' | 'docx', decision: DecisionQuery = {}): Promise<{ bytes: Buffer; fileName: string }> {
    assertCan(actor, 'results.export');
    const attached = kind === 'docx' ? decisionFrom(decision) : undefined;
    const r = await this.compute(this.db, periodId);
    const t = await repo.unitTypeName(this.db, r.period.unitType);
    const input = rankingInput(r, `các ${(t?.name_vi ?? r.period.unitType).toLowerCase()}`);
    const bytes = kind === 'xlsx' ? await rankingXlsx(input) : await rankingAnnexDocx({ ...input, decision: attached });
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
    const { r, previous, publishedAt } = await this.published(token);
    return publicView(r, previous, publishedAt);
  }

  /** The published results as JSON text, serialised once per computed result. */
  async publicResultsJson(token: string): Promise<string> {
    const { r, previous, publishedAt } = await this.published(token);
    return publicJson(r, previous, publishedAt);
  }

  private async published(token: string) {
    const gone = notFound({ vi: 'kết quả công bố', en: 'Published results' });
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw gone;
    const link = await repo.linkByToken(this.db, token);
    if (!link) throw gone;
    const period = await this.ctx.period(this.db, link.period_id);
    if (period.status !== 'published') throw gone;
    const r = await this.compute(this.db, period.id);
    return { r, previous: await this.previous(this.db, period), publishedAt: (await repo.publishedAt(this.db, period.id))?.at ?? null };
  }
}
