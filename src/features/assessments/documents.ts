// The self-assessment report (.docx, .pdf) and summary table (.xlsx, .pdf) from the saved
// assessment: unit, period, totals from core aggregation, one row per node with the unit's
// explanation and its evidence citations. The writers live in src/export.
import type { Kysely } from 'kysely';
import { aggregateCompiled } from '../../core/aggregate';
import type { FrameworkNode } from '../../core/framework';
import type { Database } from '../../db/types';
import {
  ExportError,
  selfAssessmentReportDocx,
  selfAssessmentReportPdf,
  selfAssessmentTablePdf,
  selfAssessmentTableXlsx,
  type SelfAssessmentInput,
  type SummaryRow,
} from '../../export';
import type { Actor } from '../access/policy';
import { todayInVietnam } from '../common/clock';
import { AppError } from '../common/errors';
import { parseJson } from '../common/json';
import * as repo from './repository';
import type { AssessmentsService } from './service';
import { leafScores } from './summary';

export const DOCUMENTS = {
  'report.docx': { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', write: selfAssessmentReportDocx },
  'table.xlsx': { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: selfAssessmentTableXlsx },
  'report.pdf': { mime: 'application/pdf', write: selfAssessmentReportPdf },
  'table.pdf': { mime: 'application/pdf', write: selfAssessmentTablePdf },
} as const;
export type DocumentName = keyof typeof DOCUMENTS;

export interface DocumentOptions {
  place?: string;
  number?: string;
  signerName?: string;
  signerPosition?: string;
  /** Cơ quan chủ quản, e.g. "UBND huyện Quảng Điền": the first header line (ND30), printed in caps. */
  superiorBody?: string;
}

/** The head's title when the officer gives none: a department's head is its Trưởng phòng, a Sở's its Giám đốc. */
export function defaultSignerPosition(unitName: string): string {
  const name = unitName.trim().normalize('NFC');
  if (/^phòng\s/iu.test(name)) return 'TRƯỞNG PHÒNG';
  if (/^sở\s/iu.test(name)) return 'GIÁM ĐỐC';
  return 'THỦ TRƯỞNG ĐƠN VỊ';
}

/**
 * The "Nơi nhận" line of the body the report goes to. Periods carry no organiser, so it is the
 * unit of the organiser accounts when they all belong to one (the demo's Sở Nội vụ; a district's
 * Phòng Nội vụ); otherwise a neutral name rather than a wrong one.
 */
async function organiserRecipient(db: Kysely<Database>): Promise<string> {
  const units = await db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select('units.name')
    .distinct()
    .where('users.role', '=', 'organiser')
    .where('users.active', '=', 1)
    .execute();
  return units.length === 1 ? `${units[0]!.name} (để tổng hợp)` : 'Cơ quan tổ chức đánh giá (để tổng hợp)';
}

function evidenceLine(e: repo.ItemEvidenceRow): string {
  const citation = parseJson(e.citation) as { text?: string } | null;
  if (e.kind === 'citation' && citation?.text) return citation.text;
  if (e.kind === 'link') return e.url ? `${e.title} (${e.url})` : e.title;
  return e.file_name && e.file_name !== e.title ? `${e.title} (${e.file_name})` : e.title;
}

export class AssessmentDocuments {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly assessments: AssessmentsService,
  ) {}

  async input(actor: Actor, id: string, options: DocumentOptions = {}): Promise<{ input: SelfAssessmentInput; fileBase: string }> {
    const l = await this.assessments.loader.load(this.db, actor, id);
    const rows = await repo.items(this.db, id);
    const byNode = new Map(rows.map((r) => [r.node_id, r]));
    const evidence = new Map<string, string[]>();
    for (const e of await repo.itemEvidence(this.db, id)) evidence.set(e.node_id, [...(evidence.get(e.node_id) ?? []), evidenceLine(e)]);
    const result = aggregateCompiled(l.prepared.compiled, leafScores(l.prepared, rows));
    const out: SummaryRow[] = [];
    const visit = (node: FrameworkNode, level: number) => {
      const r = result.node(node.id);
      const item = byNode.get(node.id);
      // An N/A leaf the set removes from the maximum has no score: an empty cell, not a 0 that
      // reads as points lost (the explanation column says "Không phát sinh").
      const excluded = r !== undefined && r.isLeaf && r.naReason !== null && r.naPolicy === 'exclude';
      const explanation = [item?.na_reason ? `Không phát sinh: ${item.na_reason}` : '', item?.note ?? ''].filter((s) => s.trim() !== '').join('\n');
      out.push({
        level,
        code: node.code ?? '',
        name: node.name,
        max: node.max,
        self: excluded ? null : (r?.self ?? null),
        appraisal: null,
        ...(explanation ? { explanation } : {}),
        ...(evidence.has(node.id) ? { evidence: evidence.get(node.id) } : {}),
        ...(level === 1 && node.kind === 'penalty' ? { penalty: true } : {}),
      });
      for (const c of node.children) visit(c, level + 1);
    };
    for (const n of l.prepared.framework.nodes) visit(n, 1);
    const leader = await this.db.selectFrom('users').select('display_name').where('unit_id', '=', l.row.unit_id).where('role', '=', 'unit-leader').where('active', '=', 1).executeTakeFirst();
    const unit = await this.db.selectFrom('units').select(['code', 'name']).where('id', '=', l.row.unit_id).executeTakeFirstOrThrow();
    // A period often reuses last year's criteria set: the report is for the period's year.
    const year = l.row.period_year;
    const root = result.root;
    return {
      fileBase: `tu-danh-gia-${unit.code}-${year}`,
      input: {
        frame: {
          ...(options.superiorBody?.trim() ? { governingBody: options.superiorBody.trim() } : {}),
          issuingBody: unit.name.toUpperCase(),
          ...(options.number ? { number: options.number } : {}),
          symbol: `BC-${unit.code}`,
          place: options.place?.trim() || '…',
          date: (l.row.submitted_at ?? '').slice(0, 10) || todayInVietnam(),
          // The writers end the list with "Lưu: VT." (ND30's archive line).
          recipients: [await organiserRecipient(this.db), 'Hội đồng thẩm định Chỉ số CCHC'],
          signature: { position: options.signerPosition?.trim() || defaultSignerPosition(unit.name), name: options.signerName?.trim() || leader?.display_name || '…' },
        },
        unitName: unit.name,
        year,
        rows: out,
        totals: { max: root.max, self: root.self, ...(root.selfIndex !== null ? { selfIndex: root.selfIndex } : {}) },
      },
    };
  }

  async render(actor: Actor, id: string, name: DocumentName, options: DocumentOptions = {}): Promise<{ bytes: Buffer; mime: string; fileName: string }> {
    const { input, fileBase } = await this.input(actor, id, options);
    const doc = DOCUMENTS[name];
    try {
      const bytes = await doc.write(input);
      return { bytes, mime: doc.mime, fileName: `${fileBase}-${name}` };
    } catch (error) {
      if (error instanceof ExportError) throw new AppError('validation', error.text);
      throw error;
    }
  }
}
