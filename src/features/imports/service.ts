// Importing documents from the web: a draft per upload (the importer's result kept as JSON and
// the file kept in the store), shown as a preview, then confirmed into a criteria set or into a
// unit's self-assessment — each in one transaction, audited — or discarded.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Framework } from '../../core/framework';
import { ImportError } from '../../import/errors';
import type { ImportResult } from '../../import/types';
import type { Database } from '../../db/types';
import type { ConfirmImport, ConfirmResult, ImportMatch, ImportView } from '../../shared/api/imports';
import type { FileStore } from '../../storage/store';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import type { ErrorCode } from '../../shared/api/common';
import { AppError, conflict, forbidden, notFound } from '../common/errors';
import type { FrameworksService } from '../frameworks/service';
import { fillAssessment } from './confirm-assessment';
import { buildFramework, storeFramework } from './confirm-framework';
import { bestMatch, matchAgainst } from './match';
import { presentImport } from './present';
import * as repo from './repository';
import { storeUpload } from './store-upload';
import { ImportPool, type ImportPoolOptions } from './worker-pool';

const IMPORT = { vi: 'tài liệu nhập', en: 'Import' };

export interface ImportsOptions {
  maxBytes: number;
  /** Wall-clock budget of one import: past it the worker reading the file is terminated. */
  timeBudgetMs: number;
  /** Worker pool settings other than the two above (size, memory); defaults fit the machine. */
  pool?: Omit<ImportPoolOptions, 'timeBudgetMs' | 'maxInputBytes'>;
}

/** The HTTP status of a document that cannot be imported: its size, our failure, or its content. */
function statusOf(error: ImportError): ErrorCode {
  if (error.code === 'too-large') return 'payload-too-large';
  if (error.code === 'crashed') return 'internal';
  return 'bad-request';
}

export class ImportsService {
  /** Documents are read on worker threads (worker-pool.ts): a long PDF never blocks requests. */
  readonly pool: ImportPool;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly frameworks: FrameworksService,
    private readonly store: FileStore,
    private readonly options: ImportsOptions,
  ) {
    this.pool = new ImportPool({ ...options.pool, timeBudgetMs: options.timeBudgetMs, maxInputBytes: options.maxBytes });
  }

  /** `bytes` is moved to the reading thread: the caller must not use it afterwards. */
  async upload(actor: Actor, fileName: string, bytes: Uint8Array): Promise<ImportView> {
    assertCan(actor, 'import.upload');
    let result: ImportResult;
    let kept: Uint8Array;
    try {
      ({ result, bytes: kept } = await this.pool.run(bytes, fileName));
    } catch (error) {
      if (error instanceof ImportError) throw new AppError(statusOf(error), { vi: `${fileName}: ${error.vi}`, en: `${fileName}: ${error.en}` }, 'file');
      throw error;
    }
    const stored = await storeUpload(this.store, kept, this.options.maxBytes);
    const row = {
      id: randomUUID(),
      user_id: actor.id,
      file_name: fileName,
      sha256: stored.sha256,
      size: stored.size,
      stored_path: stored.path,
      kind: result.kind,
      result: JSON.stringify(result),
      status: 'draft',
      outcome: null,
      created_at: nowIso(),
      decided_at: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await repo.insert(tx, row);
      await record(tx, { userId: actor.id, action: 'import.upload', entityType: 'import', entityId: row.id, after: { fileName, sha256: stored.sha256, kind: result.kind } });
    });
    return presentImport(row, await bestMatch(this.db, result));
  }

  async get(actor: Actor, id: string): Promise<ImportView> {
    const row = await this.visible(actor, id);
    return presentImport(row, await bestMatch(this.db, JSON.parse(row.result) as ImportResult));
  }

  /** How the draft's rows match the criteria set of a period (before confirming into it). */
  async matchForPeriod(actor: Actor, id: string, periodId: string): Promise<ImportMatch> {
    const row = await this.visible(actor, id);
    const period = await repo.period(this.db, periodId);
    if (!period) throw notFound({ vi: 'đợt đánh giá', en: 'Period' });
    return matchAgainst(JSON.parse(row.result) as ImportResult, period.framework_id, await this.frameworks.load(this.db, period.framework_id));
  }

  async confirm(actor: Actor, id: string, body: ConfirmImport): Promise<ConfirmResult> {
    const row = await this.visible(actor, id);
    const result = JSON.parse(row.result) as ImportResult;
    if (body.target === 'framework') assertCan(actor, 'import.to-framework');
    else assertCan(actor, 'import.to-assessment', { unitId: body.unitId });
    return this.db.transaction().execute(async (tx) => {
      let outcome: ConfirmResult;
      if (body.target === 'framework') {
        const fw = buildFramework(result, id, body, row.file_name);
        const stored = await storeFramework(tx, fw, row.file_name);
        outcome = { target: 'framework', frameworkId: stored.frameworkId, name: fw.name, findings: stored.findings };
        await record(tx, { userId: actor.id, action: 'import.to-framework', entityType: 'framework', entityId: stored.frameworkId, after: { importId: id, fileName: row.file_name, findings: stored.findings.length } });
      } else {
        const period = await repo.period(tx, body.periodId);
        if (!period) throw notFound({ vi: 'đợt đánh giá', en: 'Period' });
        const framework: Framework = await this.frameworks.load(tx, period.framework_id);
        outcome = await fillAssessment(tx, actor, result, framework, { periodId: body.periodId, unitId: body.unitId, fileName: row.file_name, importId: id });
      }
      // Decided inside the transaction: two confirms racing cannot both write.
      if (!(await repo.decide(tx, id, 'confirmed', outcome, nowIso()))) throw alreadyDecided();
      return outcome;
    });
  }

  async discard(actor: Actor, id: string): Promise<void> {
    await this.visible(actor, id);
    await this.db.transaction().execute(async (tx) => {
      if (!(await repo.decide(tx, id, 'discarded', null, nowIso()))) throw alreadyDecided();
      await record(tx, { userId: actor.id, action: 'import.discard', entityType: 'import', entityId: id });
    });
  }

  /** Stops the reading threads (the server is closing). */
  close(): Promise<void> {
    return this.pool.close();
  }

  /** A draft is seen by whoever uploaded it, and by the organiser and the administrator. */
  private async visible(actor: Actor, id: string) {
    assertCan(actor, 'import.upload');
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound(IMPORT);
    if (row.user_id !== actor.id && !can(actor, 'import.to-framework')) throw forbidden();
    return row;
  }
}

function alreadyDecided(): AppError {
  return conflict('Tài liệu này đã được xác nhận hoặc đã huỷ', 'This import was already confirmed or discarded');
}
