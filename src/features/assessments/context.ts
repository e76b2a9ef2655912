// Loads what every assessment operation needs: the row with its period and unit, the prepared
// criteria set, and the facts the workflow rules decide on.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/types';
import type { AssessmentHeader, AssessmentStatus } from '../../shared/api/assessments';
import { assertCan, type Actor } from '../access/policy';
import { notFound } from '../common/errors';
import type { FrameworksService } from '../frameworks/service';
import type { PeriodWindow } from './compute';
import type { PreparedCache, PreparedFramework } from './prepared';
import * as repo from './repository';
import { allowed, type Facts } from './workflow';

export const ASSESSMENT = { vi: 'báo cáo tự đánh giá', en: 'Self-assessment' };

export interface Loaded {
  row: repo.AssessmentRow;
  prepared: PreparedFramework;
  window: PeriodWindow;
  facts: Facts;
}

export class ContextLoader {
  constructor(
    readonly db: Kysely<Database>,
    private readonly frameworks: FrameworksService,
    private readonly cache: PreparedCache,
    /** Today in Vietnam, YYYY-MM-DD; replaceable in tests. */
    public today: () => string,
  ) {}

  prepared(db: Db, frameworkId: string): Promise<PreparedFramework> {
    return this.cache.get(frameworkId, () => this.frameworks.load(db, frameworkId));
  }

  async fromRow(db: Db, row: repo.AssessmentRow): Promise<Loaded> {
    const prepared = await this.prepared(db, row.framework_id);
    return {
      row,
      prepared,
      window: { dataStart: row.data_start, dataEnd: row.data_end },
      facts: { status: row.status as AssessmentStatus, unitId: row.unit_id, periodStatus: row.period_status, deadline: row.deadline, today: this.today() },
    };
  }

  /** The assessment, after checking the actor may read it (403 for another unit's). */
  async load(db: Db, actor: Actor, id: string): Promise<Loaded> {
    const row = await repo.findById(db, id);
    if (!row) throw notFound(ASSESSMENT);
    assertCan(actor, 'assessment.read', { unitId: row.unit_id });
    return this.fromRow(db, row);
  }

  async header(db: Db, actor: Actor, l: Loaded): Promise<AssessmentHeader> {
    const comments = await repo.comments(db, l.row.id);
    const f = l.facts;
    return {
      id: l.row.id,
      periodId: l.row.period_id,
      periodName: l.row.period_name,
      unitId: l.row.unit_id,
      unitName: l.row.unit_name,
      status: f.status,
      overdue: f.status !== 'submitted' && f.today > f.deadline,
      deadline: l.row.deadline,
      dataStart: l.row.data_start,
      dataEnd: l.row.data_end,
      periodStatus: l.row.period_status,
      submittedAt: l.row.submitted_at,
      canEdit: allowed(actor, 'edit', f),
      canSendForReview: allowed(actor, 'send-for-review', f),
      canReturn: allowed(actor, 'return', f),
      canSubmit: allowed(actor, 'submit', f),
      canWithdraw: allowed(actor, 'withdraw', f),
      canReopen: allowed(actor, 'reopen', f),
      comments: comments.map((c) => ({ id: c.id, at: c.at, userId: c.user_id, username: c.username ?? null, kind: c.kind, text: c.text })),
    };
  }
}

export async function usernames(db: Db, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'username']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.username]));
}
