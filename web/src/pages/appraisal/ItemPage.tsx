// Appraising one item (#/periods/:periodId/appraisal/items/:assessmentId/:nodeId): the unit's
// side (score, inputs, explanation, evidence previewed in the page, rounds, history) next to the
// appraiser's score. Alt+←/→ move through the queue the item was opened from; Ctrl+Enter saves.
import { App, Button, Card, Col, Collapse, Flex, Row, Tooltip, Typography } from 'antd';
import { LeftOutlined, RightOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Period } from '../../api/types';
import { navigate } from '../../app/router';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { useAppraisalItem } from './api';
import { AskDialog } from './AskDialog';
import { EvidencePreview } from './EvidencePreview';
import { ItemHistory } from './ItemHistory';
import { useAppraisalT } from './messages';
import { cyclePaths } from './paths';
import { neighbours, recalledQueue } from './queueOrder';
import { RoundsList } from './RoundsList';
import { ScorePanel } from './ScorePanel';
import { SelfSide } from './SelfSide';
import { StateTag } from './StateTag';

interface Props {
  periodId: string;
  assessmentId: string;
  nodeId: string;
}

export function ItemPage({ periodId, assessmentId, nodeId }: Props) {
  const m = useAppraisalT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const view = useAppraisalItem(assessmentId, nodeId);
  const period = useQuery({ queryKey: ['periods', periodId], queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(periodId)}`) });
  const [asking, setAsking] = useState(false);
  const [saveSignal, setSaveSignal] = useState(0);
  const queue = recalledQueue(periodId);
  const { prev, next, position } = neighbours(queue?.refs ?? [], { assessmentId, nodeId });
  const go = (r: { assessmentId: string; nodeId: string } | null) => r && navigate(cyclePaths.item(periodId, r.assessmentId, r.nodeId));
  const back = () => navigate(`${cyclePaths.queue(periodId)}${queue?.search ?? ''}`);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key === 'ArrowRight') {
        e.preventDefault();
        go(next);
      } else if (e.altKey && e.key === 'ArrowLeft') {
        e.preventDefault();
        go(prev);
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        setSaveSignal((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const v = view.data;
  const code = v?.node.code ?? '';
  return (
    <div data-testid="appraisal-item-page" data-state={v?.state ?? ''} data-version={v?.version ?? ''}>
      <PageTitle
        title={v ? `${m.itemTitle(code)} — ${v.unitName}` : m.itemTitle('')}
        extra={
          <>
            <Button icon={<UnorderedListOutlined />} onClick={back} data-testid="back-to-queue">
              {m.queue}
            </Button>
            <Tooltip title="Alt+←">
              <Button icon={<LeftOutlined />} disabled={!prev} onClick={() => go(prev)} data-testid="item-prev">
                {m.prev}
              </Button>
            </Tooltip>
            <Tooltip title="Alt+→">
              <Button icon={<RightOutlined />} iconPosition="end" disabled={!next} onClick={() => go(next)} data-testid="item-next">
                {m.next}
              </Button>
            </Tooltip>
          </>
        }
      />
      <QueryState loading={view.isPending} error={view.error} retry={() => void view.refetch()}>
        {v ? (
          <>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
              <StateTag state={v.state} m={m} />
              <Typography.Text strong>
                {v.node.fieldCode} › {code} {v.node.name}
              </Typography.Text>
              {position >= 0 && queue ? (
                <Typography.Text type="secondary">
                  ({position + 1}/{queue.refs.length})
                </Typography.Text>
              ) : null}
            </Flex>
            <Typography.Paragraph type="secondary">{m.keyboard}</Typography.Paragraph>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Flex vertical gap={16}>
                  <Card size="small" title={m.selfSide}>
                    <SelfSide view={v} locale={locale} m={m} />
                  </Card>
                  <Card size="small" title={`${m.evidence} (${v.evidence.length})`}>
                    <EvidencePreview evidence={v.evidence} locale={locale} m={m} />
                  </Card>
                </Flex>
              </Col>
              <Col xs={24} xl={10}>
                <Flex vertical gap={16}>
                  <Card size="small" title={m.scoreSide}>
                    <ScorePanel view={v} locale={locale} m={m} onAsk={() => setAsking(true)} saveSignal={saveSignal} />
                  </Card>
                  <Card size="small" title={`${m.rounds} (${v.rounds.length})`}>
                    <RoundsList rounds={v.rounds} locale={locale} m={m} evidenceTitle={(id) => v.evidence.find((e) => e.id === id)?.title ?? id} />
                  </Card>
                  <Collapse
                    items={[
                      {
                        key: 'h',
                        label: `${m.history} (${v.history.length})`,
                        children: <ItemHistory history={v.history} leaf={v.node.leaf} locale={locale} m={m} />,
                      },
                    ]}
                  />
                </Flex>
              </Col>
            </Row>
            <AskDialog
              open={asking}
              assessmentId={assessmentId}
              nodeId={nodeId}
              code={code}
              defaultDue={period.data?.explanationDeadline ?? null}
              locale={locale}
              m={m}
              onClose={(sent) => {
                setAsking(false);
                if (sent) void message.success(m.askSent);
              }}
            />
          </>
        ) : null}
      </QueryState>
    </div>
  );
}
