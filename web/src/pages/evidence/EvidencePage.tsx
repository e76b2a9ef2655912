// The evidence library of one unit's assessment as a page of its own
// (#/periods/:periodId/units/:unitId/evidence): add files, links and citations, see where each is used.
import { Button, Card } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Period } from '../../api/types';
import { navigate } from '../../app/router';
import { EvidenceAdd } from '../../components/assessment/EvidenceAdd';
import { EvidenceLibrary } from '../../components/assessment/EvidenceLibrary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { assessmentPath } from '../assessment/AssessmentHome';
import { useAssessmentView } from '../assessment/api';
import { useAT } from '../assessment/messages';

export function EvidencePage({ periodId, unitId }: { periodId: string; unitId: string }) {
  const a = useAT();
  const { locale } = useLocale();
  const view = useAssessmentView(periodId, unitId);
  const period = useQuery({ queryKey: ['periods', periodId], queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(periodId)}`) });
  const header = view.data?.assessment;
  const codes = new Map<string, string>();
  const visit = (nodes: unknown[]) => {
    for (const n of nodes) {
      if (typeof n === 'object' && n !== null && 'id' in n) {
        const node = n as { id: string; code: string | null; children: unknown[] };
        codes.set(node.id, node.code ?? node.id);
        visit(node.children);
      }
    }
  };
  visit(view.data?.framework.nodes ?? []);
  const win = period.data ? { start: period.data.dataStart, end: period.data.dataEnd } : null;
  return (
    <div data-testid="evidence-page">
      <PageTitle
        title={header ? `${a.library} — ${header.unitName}` : a.library}
        extra={<Button onClick={() => navigate(assessmentPath(periodId, unitId))}>{a.title}</Button>}
      />
      <QueryState loading={view.isPending} error={view.error} retry={() => void view.refetch()}>
        {header ? (
          <Card>
            {header.canEdit ? <EvidenceAdd assessmentId={header.id} locale={locale} a={a} /> : null}
            <EvidenceLibrary
              assessmentId={header.id}
              locale={locale}
              a={a}
              editable={header.canEdit}
              window={win}
              codeOf={(id) => codes.get(id) ?? id}
            />
          </Card>
        ) : null}
      </QueryState>
    </div>
  );
}
