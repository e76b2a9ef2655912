// The self-assessment report (.docx) of a 150-leaf set filled in with explanations and
// evidence, produced through the service as the download endpoint does. Target < 1 s.
import type { Figure, Scenario } from '../scenario';
import { measure } from '../scenario';
import { startAssessmentServer } from './assessment-support';

export const scenario: Scenario = {
  name: 'assessment: report .docx for a 150-leaf set (SQLite)',
  async run(): Promise<Figure[]> {
    const server = await startAssessmentServer('sqlite');
    try {
      const { services } = server.built;
      const editor = server.editors[0]!;
      const user = await server.database.db.selectFrom('users').select(['id', 'username']).where('username', '=', editor.username).executeTakeFirstOrThrow();
      const actor = { id: user.id, username: user.username, role: 'unit-editor' as const, unitId: editor.unitId, scopes: null };
      const view = await services.assessments.viewFor(actor, server.periodId, editor.unitId);
      const id = view.assessment.id;
      const ev = await services.evidence.create(actor, id, { kind: 'citation', text: 'Kế hoạch số 85/KH-UBND ngày 21/01/2026 của UBND tỉnh về cải cách hành chính năm 2026' });
      for (const n of view.framework.nodes) {
        if (!n.leaf) continue;
        const input =
          n.leaf.expectedInput === 'yes-no'
            ? ({ type: 'yes-no', value: true } as const)
            : n.leaf.expectedInput === 'ratio'
              ? ({ type: 'ratio', numerator: 9, denominator: 10 } as const)
              : n.leaf.expectedInput === 'level'
                ? ({ type: 'level', level: 'b' } as const)
                : ({ type: 'manual', points: '0.75' } as const);
        await services.assessments.saveItem(actor, id, n.id, { baseVersion: 0, input, note: `Đơn vị đã thực hiện đầy đủ nhiệm vụ ${n.code ?? ''} theo kế hoạch; có báo cáo kết quả kèm theo.`, evidenceIds: [ev.id] });
      }
      await services.documents.render(actor, id, 'report.docx'); // warm up (module loading)
      const runs: number[] = [];
      let size = 0;
      for (let i = 0; i < 5; i++) {
        const m = await measure(() => services.documents.render(actor, id, 'report.docx'));
        runs.push(m.ms);
        size = m.result.bytes.length;
      }
      runs.sort((a, b) => a - b);
      const median = runs[2]!;
      return [
        { label: 'report.docx, 150 leaves: median of 5', value: `${median.toFixed(0)} ms (${(size / 1024).toFixed(0)} KiB)`, target: '< 1000 ms', ok: median < 1000 },
        { label: 'report.docx, 150 leaves: slowest', value: `${runs[4]!.toFixed(0)} ms` },
      ];
    } finally {
      await server.close();
    }
  },
};
