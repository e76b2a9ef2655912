// Shapes appraisal rows for the API: rounds, evidence references, item states.
import { toDecimalString, type Points } from '../../core/points';
import type { Db } from '../../db/types';
import type { ItemState, Round } from '../../shared/api/appraisal';
import { parseJson } from '../common/json';
import type { RoundRow } from './repository';

export function presentRound(r: RoundRow, today: string): Round {
  return {
    id: r.id,
    assessmentId: r.assessment_id,
    nodeId: r.node_id,
    number: r.number,
    status: r.status as Round['status'],
    message: r.message,
    dueDate: r.due_date,
    askedAt: r.asked_at,
    askedBy: r.asked_by_name ?? null,
    answer: r.answer,
    answerEvidenceIds: (parseJson(r.answer_evidence_ids) as string[] | null) ?? [],
    answeredAt: r.answered_at,
    answeredBy: r.answered_by_name ?? null,
    overdue: r.status === 'open' && today > r.due_date,
  };
}

/** The state an appraiser sees: an open round wins, then an answer waiting, then the score. */
export function stateOf(appraised: boolean, liveRound: string | undefined): ItemState {
  if (liveRound === 'open') return 'returned';
  if (liveRound === 'answered') return 'answered';
  return appraised ? 'appraised' : 'to-appraise';
}

const PREVIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/** Evidence rows by id (the item's links plus what answers cited), with preview URLs. */
export async function evidenceRefs(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('evidence').select(['id', 'kind', 'title', 'file_name', 'mime', 'url', 'citation', 'document_date']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .map((r) => {
      const citation = parseJson(r.citation) as { text?: string } | null;
      return {
        id: r.id,
        kind: r.kind as 'file' | 'link' | 'citation',
        title: r.title,
        fileName: r.file_name,
        mime: r.mime,
        url: r.url,
        fileUrl: r.kind === 'file' ? `/api/evidence/${r.id}/file` : null,
        previewable: r.kind === 'file' && r.mime !== null && PREVIEWABLE.has(r.mime),
        citation: citation?.text ?? null,
        documentDate: r.document_date,
      };
    });
}

/**
 * What an item's history records of an appraisal: points as a decimal string ("0.75"), like the
 * unit's own entries and the deadline recomputation's, so the screen reads them one way.
 */
export function appraisalSnapshot(input: unknown, points: number | null, comment: string): { appraisal: { input: unknown; points: string | null; comment: string } } {
  return { appraisal: { input, points: points === null ? null : toDecimalString(points as Points), comment } };
}

/**
 * A stored history value as the API sends it. Appraisal entries written before the snapshot
 * above kept points as the stored integer (10 000ths of a point): those become decimal strings.
 */
export function presentHistoryValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('appraisal' in value)) return value;
  const a = value.appraisal;
  if (typeof a !== 'object' || a === null || !('points' in a)) return value;
  const points = a.points;
  if (typeof points !== 'number' || !Number.isSafeInteger(points)) return value;
  return { ...value, appraisal: { ...a, points: toDecimalString(points as Points) } };
}
