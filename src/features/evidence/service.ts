// The evidence library of one assessment: files (streamed to the content-addressed store),
// web links and citations written as text. Citations are parsed into kind, number and symbol,
// date and issuer (src/vn/citations.ts); their date becomes the document date that flags items.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database, EvidenceTable } from '../../db/types';
import type { CreateEvidence, Evidence, PatchEvidence } from '../../shared/api/evidence';
import type { FileStore } from '../../storage/store';
import { sanitizeFileName } from '../../storage/file-name';
import { parseCitations, type Citation } from '../../vn/citations';
import { can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { conflict, notFound } from '../common/errors';
import { parseJson } from '../common/json';
import type { AssessmentsService } from '../assessments/service';
import { answeringReturn } from '../appraisal/repository';
import { refuse } from '../assessments/service';
import { refusal } from '../assessments/workflow';
import * as repo from './repository';

const EVIDENCE = { vi: 'tài liệu kiểm chứng', en: 'Evidence' };

function present(row: EvidenceTable, usedBy: string[]): Evidence {
  return {
    id: row.id,
    kind: row.kind as Evidence['kind'],
    title: row.title,
    fileName: row.file_name,
    size: row.size,
    mime: row.mime,
    sha256: row.sha256,
    url: row.url,
    citation: parseJson(row.citation) as Citation | null,
    documentDate: row.document_date,
    usedBy,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function firstCitation(text: string): Citation | null {
  return parseCitations(text)[0] ?? null;
}

export interface UploadMeta {
  fileName: string;
  title?: string;
  documentDate?: string | null;
}

export class EvidenceService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly assessments: AssessmentsService,
    private readonly store: FileStore,
    readonly maxUploadBytes: number,
  ) {}

  async list(actor: Actor, assessmentId: string): Promise<Evidence[]> {
    await this.assessments.loader.load(this.db, actor, assessmentId);
    const usage = await repo.usage(this.db, assessmentId);
    return (await repo.list(this.db, assessmentId)).map((r) => present(r, usage.get(r.id) ?? []));
  }

  /** Checks the actor may change this assessment's library right now. */
  private async editable(actor: Actor, assessmentId: string, adding = false): Promise<void> {
    const l = await this.assessments.loader.load(this.db, actor, assessmentId);
    const r = refusal(actor, 'edit', l.facts);
    // Issue 6 hook: a unit answering a return for explanation may ADD evidence during appraisal.
    if (r !== null && adding && can(actor, 'appraisal.answer', { unitId: l.row.unit_id }) && (await answeringReturn(this.db, assessmentId))) return;
    refuse(r);
  }

  async create(actor: Actor, assessmentId: string, body: CreateEvidence): Promise<Evidence> {
    await this.editable(actor, assessmentId, true);
    const citation = body.kind === 'citation' ? firstCitation(body.text) : null;
    const row: EvidenceTable = {
      id: randomUUID(),
      assessment_id: assessmentId,
      kind: body.kind,
      title: body.kind === 'link' ? (body.title?.trim() || body.url) : (citation ? `${citation.kind ?? ''} ${citation.number}`.trim() : body.text.slice(0, 200)),
      file_name: null,
      size: null,
      mime: null,
      sha256: null,
      stored_path: null,
      url: body.kind === 'link' ? body.url : null,
      citation: body.kind === 'citation' ? JSON.stringify(citation ?? { kind: null, number: '', date: null, issuer: null, subject: null, text: body.text }) : null,
      document_date: body.documentDate ?? citation?.date ?? null,
      created_at: nowIso(),
      created_by: actor.id,
    };
    if (body.kind === 'citation' && citation) row.citation = JSON.stringify({ ...citation, text: body.text });
    await this.db.transaction().execute(async (tx) => {
      await repo.insert(tx, row);
      await record(tx, { userId: actor.id, action: 'evidence.create', entityType: 'evidence', entityId: row.id, after: present(row, []) });
    });
    return present(row, []);
  }

  /** Streams a file into the store; the same bytes in the same library return the existing entry. */
  async upload(actor: Actor, assessmentId: string, source: Readable, meta: UploadMeta, truncated: () => boolean): Promise<{ evidence: Evidence; created: boolean }> {
    try {
      await this.editable(actor, assessmentId, true);
    } catch (error) {
      source.resume();
      throw error;
    }
    const stored = await this.store.put(source, this.maxUploadBytes, truncated);
    const existing = await repo.findBySha(this.db, assessmentId, stored.sha256);
    if (existing) return { evidence: present(existing, (await repo.usage(this.db, assessmentId)).get(existing.id) ?? []), created: false };
    const fileName = sanitizeFileName(meta.fileName);
    const title = meta.title?.trim() || fileName;
    const citation = firstCitation(title);
    const row: EvidenceTable = {
      id: randomUUID(),
      assessment_id: assessmentId,
      kind: 'file',
      title: title.slice(0, 500),
      file_name: fileName,
      size: stored.size,
      mime: stored.mime,
      sha256: stored.sha256,
      stored_path: stored.path,
      url: null,
      citation: citation ? JSON.stringify(citation) : null,
      document_date: meta.documentDate ?? citation?.date ?? null,
      created_at: nowIso(),
      created_by: actor.id,
    };
    try {
      await this.db.transaction().execute(async (tx) => {
        await repo.insert(tx, row);
        await record(tx, { userId: actor.id, action: 'evidence.upload', entityType: 'evidence', entityId: row.id, after: present(row, []) });
      });
    } catch (error) {
      // A concurrent upload of the same bytes won the unique (assessment, sha256) index.
      const winner = await repo.findBySha(this.db, assessmentId, stored.sha256);
      if (winner) return { evidence: present(winner, []), created: false };
      throw error;
    }
    return { evidence: present(row, []), created: true };
  }

  private async own(actor: Actor, id: string): Promise<EvidenceTable> {
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound(EVIDENCE);
    await this.assessments.loader.load(this.db, actor, row.assessment_id);
    return row;
  }

  async patch(actor: Actor, id: string, body: PatchEvidence): Promise<Evidence> {
    const row = await this.own(actor, id);
    await this.editable(actor, row.assessment_id);
    const patch: Partial<Pick<EvidenceTable, 'title' | 'document_date'>> = {};
    if (body.title !== undefined) patch.title = body.title;
    if (body.documentDate !== undefined) patch.document_date = body.documentDate;
    await this.db.transaction().execute(async (tx) => {
      await repo.update(tx, id, patch);
      await record(tx, { userId: actor.id, action: 'evidence.update', entityType: 'evidence', entityId: id, before: { title: row.title, documentDate: row.document_date }, after: body });
    });
    const after = (await repo.findById(this.db, id))!;
    return present(after, (await repo.usage(this.db, row.assessment_id)).get(id) ?? []);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const row = await this.own(actor, id);
    await this.editable(actor, row.assessment_id);
    const used = (await repo.usage(this.db, row.assessment_id)).get(id) ?? [];
    if (used.length > 0) {
      throw conflict(`Tài liệu đang được dùng cho ${used.length} tiêu chí; hãy bỏ liên kết trước khi xóa`, `The evidence is used by ${used.length} criteria; unlink it before deleting`);
    }
    await this.db.transaction().execute(async (tx) => {
      await repo.remove(tx, id);
      await record(tx, { userId: actor.id, action: 'evidence.delete', entityType: 'evidence', entityId: id, before: present(row, []) });
    });
    // The bytes go when no library uses them any more.
    if (row.sha256 && row.stored_path && !(await repo.shaInUse(this.db, row.sha256))) await this.store.remove(row.stored_path);
  }

  async file(actor: Actor, id: string): Promise<{ stream: Readable; fileName: string; mime: string; size: number }> {
    const row = await this.own(actor, id);
    if (row.kind !== 'file' || !row.stored_path) throw notFound({ vi: 'tệp của tài liệu kiểm chứng', en: 'Evidence file' });
    return { stream: this.store.read(row.stored_path), fileName: row.file_name ?? 'tep', mime: row.mime ?? 'application/octet-stream', size: row.size ?? 0 };
  }
}
