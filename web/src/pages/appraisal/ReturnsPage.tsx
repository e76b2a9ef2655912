// The unit's side of a return (#/periods/:periodId/units/:unitId/returns): every request of the
// council, open ones first, each answered on its own with text and documents (from the unit's
// library or uploaded here). Answered and closed rounds stay listed with the item's history.
import { Alert, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { Round } from '../../../../src/shared/api/appraisal';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { useAssessmentView, useEvidence } from '../assessment/api';
import { indexNodes } from '../assessment/format';
import { useReturns } from './api';
import { AnswerForm } from './AnswerForm';
import { useAppraisalT } from './messages';
import { RoundsList } from './RoundsList';

export function ReturnsPage({ periodId, unitId }: { periodId: string; unitId: string }) {
  const m = useAppraisalT();
  const { locale } = useLocale();
  const view = useAssessmentView(periodId, unitId);
  const header = view.data?.assessment;
  const returns = useReturns(header?.id);
  const evidence = useEvidence(header?.id);
  const byId = useMemo(() => indexNodes(view.data?.framework.nodes ?? []), [view.data]);
  const titleOf = (id: string) => evidence.data?.find((e) => e.id === id)?.title ?? id;

  // One card per item, items with an open round first, then by code order of the criteria set.
  const groups = useMemo(() => {
    const by = new Map<string, Round[]>();
    for (const r of returns.data ?? []) by.set(r.nodeId, [...(by.get(r.nodeId) ?? []), r]);
    const order = [...byId.keys()];
    return [...by].sort(([a, ra], [b, rb]) => {
      const oa = ra.some((r) => r.status === 'open') ? 0 : 1;
      const ob = rb.some((r) => r.status === 'open') ? 0 : 1;
      return oa - ob || order.indexOf(a) - order.indexOf(b);
    });
  }, [returns.data, byId]);
  const open = (returns.data ?? []).filter((r) => r.status === 'open').length;

  return (
    <div data-testid="returns-page">
      <PageTitle title={header ? `${m.returnsTitle} — ${header.unitName}` : m.returnsTitle} />
      <QueryState loading={view.isPending || (Boolean(header) && returns.isPending)} error={view.error ?? returns.error} retry={() => void returns.refetch()}>
        {open > 0 ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={m.openReturnsBanner(open)} data-testid="open-returns" /> : null}
        {groups.length === 0 ? <Empty description={m.noReturns} /> : null}
        <Flex vertical gap={12}>
          {groups.map(([nodeId, rounds]) => {
            const node = byId.get(nodeId);
            const openRound = rounds.find((r) => r.status === 'open');
            return (
              <Card
                key={nodeId}
                size="small"
                data-testid="return-item"
                data-code={node?.code ?? ''}
                title={
                  <span style={{ whiteSpace: 'normal' }}>
                    <strong>{node?.code}</strong> {node?.name}
                  </span>
                }
                extra={openRound ? <Tag color="orange">{m.roundStatus.open}</Tag> : <Tag color="green">{m.roundStatus[rounds[0]?.status ?? 'closed']}</Tag>}
              >
                <RoundsList rounds={rounds} locale={locale} m={m} evidenceTitle={titleOf} />
                {openRound && header ? (
                  <AnswerForm round={openRound} assessmentId={header.id} evidence={evidence.data ?? []} locale={locale} m={m} />
                ) : null}
                {!openRound && rounds.length === 0 ? <Typography.Text type="secondary">{m.noRounds}</Typography.Text> : null}
              </Card>
            );
          })}
        </Flex>
      </QueryState>
    </div>
  );
}
