// What we write, the importer (src/import) reads back: the same tree, scores and totals.
import { describe, expect, it } from 'vitest';
import { importDocument, type ImportedNode } from '../import/index';
import { remediationDocx, remediationXlsx } from './remediation';
import { selfAssessmentReportDocx, selfAssessmentTableXlsx } from './self-assessment';
import { sampleRemediation, sampleReport } from './testing/sample';

function flat(nodes: ImportedNode[]): ImportedNode[] {
  return nodes.flatMap((n) => [n, ...flat(n.children)]);
}

describe('export → import round trip', () => {
  for (const [name, write] of [
    ['self-assessment-report.docx', selfAssessmentReportDocx],
    ['self-assessment-table.xlsx', selfAssessmentTableXlsx],
  ] as const) {
    it(`${name} reads back as the same report`, async () => {
      const input = sampleReport();
      const result = await importDocument(await write(input), name);
      expect(result.kind).toBe('report');
      expect(result.year).toBe(2026);
      expect(result.totals).toMatchObject({ max: 100, self: 93, appraisal: 89 });
      expect(result.nodes.map((n) => n.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      const nodes = flat(result.nodes);
      expect(nodes.map((n) => [n.code, n.name, n.max, n.self, n.appraisal])).toEqual(
        input.rows.map((r) => [r.code, r.name, r.max / 10_000, (r.self ?? 0) / 10_000, (r.appraisal ?? 0) / 10_000]),
      );
      const leaf = nodes.find((n) => n.code === '1.1.1')!;
      expect(leaf.citations).toHaveLength(1);
      expect(result.findings).toEqual([]);
    });
  }

  for (const [name, write] of [
    ['remediation.docx', remediationDocx],
    ['remediation.xlsx', remediationXlsx],
  ] as const) {
    it(`${name} reads back as the same plan`, async () => {
      const input = sampleRemediation();
      const result = await importDocument(await write(input), name);
      expect(result.kind).toBe('remediation');
      expect(result.totals).toMatchObject({ max: 5.5, appraisal: 3.75, lost: 1.75 });
      expect(result.nodes.map((n) => [n.max, n.appraisal, n.lost, n.solution, n.lead, n.cooperating, n.timeframe])).toEqual(
        input.rows.map((r) => [r.max / 10_000, r.appraisal / 10_000, (r.max - r.appraisal) / 10_000, r.solution, r.leadAgency, r.cooperatingAgencies ?? null, r.timeFrame]),
      );
    });
  }
});
