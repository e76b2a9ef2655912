// Criteria sets stored in the database. Each stored row is one version (`id@version`); once a
// period uses it, reloading the files never changes it (the period's version is frozen).
import type { Kysely } from 'kysely';
import type { Framework } from '../../core/framework';
import { toDecimalString, type Points } from '../../core/points';
import { leaves, topLevelMax } from '../../core/tree';
import type { Database, Db } from '../../db/types';
import type { FrameworkOutline, FrameworkSummary } from '../../shared/api/frameworks';
import { assertCan, type Actor } from '../access/policy';
import { nowIso } from '../common/clock';
import { notFound } from '../common/errors';
import { loadFrameworkDirectory, type LoadProblem } from './loader';
import { findingCounts, frameworkOutline } from './outline';
import { presentFramework } from './present';
import * as repo from './repository';

const FRAMEWORK = { vi: 'bộ tiêu chí', en: 'Criteria set' };

export const storedId = (fw: Framework): string => `${fw.id}@${fw.version}`;

export class FrameworksService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(actor: Actor): Promise<FrameworkSummary[]> {
    assertCan(actor, 'framework.list');
    // Findings are computed now, not stored: a repaired or re-synced set shows its current state.
    return Promise.all((await this.listAll()).map(async (s) => ({ ...s, findings: findingCounts(await this.load(this.db, s.id)) })));
  }

  async outline(actor: Actor, id: string): Promise<FrameworkOutline> {
    assertCan(actor, 'framework.read');
    return frameworkOutline(id, await this.load(this.db, id));
  }

  async listAll(): Promise<FrameworkSummary[]> {
    return (await repo.listSummaries(this.db)).map((r) => ({
      id: r.id,
      name: r.name,
      unitType: r.unit_type as FrameworkSummary['unitType'],
      year: r.year,
      version: r.version,
      leafCount: r.leaf_count,
      max: toDecimalString(r.max_points as Points),
    }));
  }

  async get(actor: Actor, id: string): Promise<Record<string, unknown>> {
    assertCan(actor, 'framework.read');
    return presentFramework(id, await this.load(this.db, id));
  }

  /** The parsed framework, for other services (periods, later assessments). */
  async load(db: Db, id: string): Promise<Framework> {
    const row = await repo.findById(db, id);
    if (!row) throw notFound(FRAMEWORK);
    return JSON.parse(row.content) as Framework;
  }

  /** Top-level node codes (fields), used for appraiser scopes. */
  async fieldCodes(id: string): Promise<string[]> {
    const fw = await this.load(this.db, id);
    return fw.nodes.map((n) => n.code ?? n.id);
  }

  /** Stores new versions from frameworks/*.yaml; refreshes unused ones; never touches used ones. */
  async syncFromDirectory(dir: string): Promise<{ stored: string[]; problems: LoadProblem[] }> {
    const { loaded, problems } = loadFrameworkDirectory(dir);
    const stored: string[] = [];
    for (const { file, framework } of loaded) {
      const id = storedId(framework);
      const row = {
        framework_key: framework.id,
        name: framework.name,
        unit_type: framework.unitType,
        year: framework.year,
        version: framework.version,
        content: JSON.stringify(framework),
        leaf_count: leaves(framework.nodes).length,
        max_points: topLevelMax(framework.nodes),
        source_file: file,
      };
      await this.db.transaction().execute(async (tx) => {
        const existing = await repo.findById(tx, id);
        if (!existing) await repo.insert(tx, { id, ...row, created_at: nowIso() });
        else if (existing.content !== row.content && !(await repo.isUsedByPeriod(tx, id))) await repo.replaceContent(tx, id, row);
        else if (existing.content !== row.content) {
          problems.push({
            file,
            message: `${id} đã được dùng trong một đợt đánh giá nên không cập nhật; hãy tăng "version" / is used by a period and stays frozen; raise "version" to load the change`,
          });
        }
      });
      stored.push(id);
    }
    return { stored, problems };
  }
}
