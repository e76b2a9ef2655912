// Document generation: the .docx report for a 150-leaf set (issue 5: under 1 s), the ranking
// .xlsx for 120 units (issue 6: under 3 s) and the PDF of the 150-leaf table. Each is run a
// few times after a warm-up (the first call pays for loading the libraries and the font);
// the median and the slowest run are printed.
import { measure, type Figure, type Scenario } from '../scenario';
import { rankingXlsx } from '../../src/export/ranking';
import { selfAssessmentReportDocx, selfAssessmentReportPdf, selfAssessmentTablePdf, selfAssessmentTableXlsx } from '../../src/export/self-assessment';
import { generatedReport, sampleRanking } from '../../src/export/testing/sample';

const RUNS = 5;

async function timed(label: string, targetMs: number | undefined, fn: () => Promise<Buffer>): Promise<Figure[]> {
  const first = await measure(fn);
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(fn);
    times.push(r.ms);
    size = r.result.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const worst = times.at(-1)!;
  return [
    {
      label: `${label}: median / slowest of ${RUNS} (first call ${first.ms.toFixed(0)} ms, ${(size / 1024).toFixed(0)} KiB)`,
      value: `${median.toFixed(0)} ms / ${worst.toFixed(0)} ms`,
      ...(targetMs === undefined ? {} : { target: `< ${targetMs} ms`, ok: worst < targetMs }),
    },
  ];
}

export const scenario: Scenario = {
  name: 'export: report .docx (150 leaves), ranking .xlsx (120 units), PDF of the 150-leaf table',
  async run() {
    const report = generatedReport(150);
    const ranking = sampleRanking(120);
    return [
      ...(await timed('self-assessment-report.docx, 150 leaves', 1000, () => selfAssessmentReportDocx(report))),
      ...(await timed('ranking.xlsx, 120 units × 7 fields', 3000, () => rankingXlsx(ranking))),
      ...(await timed('self-assessment table PDF, 150 leaves', undefined, () => selfAssessmentTablePdf(report))),
      ...(await timed('self-assessment report PDF (letter + table), 150 leaves', undefined, () => selfAssessmentReportPdf(report))),
      ...(await timed('self-assessment-table.xlsx, 150 leaves', undefined, () => selfAssessmentTableXlsx(report))),
    ];
  },
};
