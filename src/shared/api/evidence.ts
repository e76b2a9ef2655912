// Evidence (tài liệu kiểm chứng): a per-assessment library of files, links and citations that
// items point to. Files are uploaded as multipart field `file`; links and citations as JSON.
import { z } from 'zod';
import { citation, id, isoDate } from './common';

export const EVIDENCE_KINDS = ['file', 'link', 'citation'] as const;

export const evidence = z.object({
  id,
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string(),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  mime: z.string().nullable(),
  sha256: z.string().nullable(),
  url: z.string().nullable(),
  /** For citations (and for files or links whose title reads as a citation). */
  citation: citation.nullable(),
  /** The document's date (from the citation or given by the user); flags items when out of window. */
  documentDate: isoDate.nullable(),
  /** Leaves that use it. */
  usedBy: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type Evidence = z.infer<typeof evidence>;
export const evidenceList = z.array(evidence);

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'http(s)://…');

/** JSON body of POST /api/assessments/:id/evidence (files use multipart instead). */
export const createEvidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('link'), url: httpUrl, title: z.string().trim().max(500).optional(), documentDate: isoDate.nullable().optional() }),
  z.strictObject({ kind: z.literal('citation'), text: z.string().trim().min(1).max(2000), documentDate: isoDate.nullable().optional() }),
]);
export type CreateEvidence = z.infer<typeof createEvidence>;

/** PATCH /api/evidence/:id — correct the title or the document date. */
export const patchEvidence = z.strictObject({
  title: z.string().trim().min(1).max(500).optional(),
  documentDate: isoDate.nullable().optional(),
});
export type PatchEvidence = z.infer<typeof patchEvidence>;
