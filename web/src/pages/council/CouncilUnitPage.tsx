// One unit's appraisal for the council chair (#/periods/:periodId/council/:unitId): self vs
// appraisal per field and per item, open returns, what blocks finalising, finalise (confirmed),
// reopen with a recorded reason, and the reopenings so far.
import { Alert, App, Button, Card, Flex, Input, List, Modal, Table, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined, QuestionCircleOutlined, UnlockOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { AppraisalSummary, FieldFigures } from '../../../../src/shared/api/appraisal';
import { isApiError } from '../../api/errors';
import { navigate } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { ErrorAlert } from '../../components/serverErrors';
import { useBi, useLocale } from '../../i18n';
import { fmtIndex, fmtPoints } from '../assessment/format';
import { useCouncilAction, useUnitSummary } from '../appraisal/api';
import { useAppraisalT } from '../appraisal/messages';
import { cyclePaths } from '../appraisal/paths';
import { StateTag } from '../appraisal/StateTag';
import { CodeText } from '../appraisal/codes';
import { fmtSignedPoints } from '../results/numbers';

type SummaryItem = AppraisalSummary['items'][number];

export function CouncilUnitPage({ periodId, unitId }: { periodId: string; unitId: string }) {
  const m = useAppraisalT();
  const { locale } = useLocale();
  const bi = useBi();
  const { modal, message } = App.useApp();
  const summary = useUnitSummary(periodId, unitId);
  const action = useCouncilAction(periodId, unitId);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const s = summary.data;
  const fieldCodes = new Map((s?.byField ?? []).map((f) => [f.nodeId, f.code]));
  const refused = isApiError(action.error) && action.error.code === 'conflict' ? action.error : null;

  const finalise = (sum: AppraisalSummary): void => {
    modal.confirm({
      title: m.finalise,
      content: m.finaliseConfirm(sum.unitName),
      okText: m.finalise,
      okButtonProps: { ...({ 'data-testid': 'finalise-ok' } as Record<string, string>) },
      onOk: () =>
        action
          .mutateAsync({ assessmentId: sum.assessmentId, action: 'finalise' })
          .then(() => void message.success(m.finaliseDone))
          .catch(() => undefined),
    });
  };

  // The gap is over the items the unit scores itself (server: appraisal/scores.ts), so the header says so.
  const gapTitle = (
    <Tooltip title={m.gapHelp}>
      <span data-testid="gap-header">
        {m.gap} <QuestionCircleOutlined />
      </span>
    </Tooltip>
  );
  const gapCell = (f: FieldFigures) =>
    f.gap === null ? (
      fmtSignedPoints(null, locale, 2)
    ) : (
      <Tooltip title={m.gapCell(fmtIndex(f.selfIndex, locale), fmtIndex(f.appraisedSelfIndex, locale))}>
        <span>{fmtSignedPoints(f.gap, locale, 2)}</span>
      </Tooltip>
    );

  const fieldColumns = [
    { title: m.field, render: (_: unknown, f: FieldFigures) => `${f.code ? `${f.code}. ` : ''}${f.name}` },
    { title: m.max, dataIndex: 'max', align: 'right' as const, width: 90, render: (v: string) => fmtPoints(v, locale) },
    { title: m.self, dataIndex: 'self', align: 'right' as const, width: 100, render: (v: string | null) => fmtPoints(v, locale) },
    { title: m.final, dataIndex: 'final', align: 'right' as const, width: 110, render: (v: string | null) => fmtPoints(v, locale) },
    { title: m.lost, dataIndex: 'lost', align: 'right' as const, width: 100, render: (v: string | null) => fmtPoints(v, locale) },
    { title: m.selfIndex, dataIndex: 'selfIndex', align: 'right' as const, width: 120, render: (v: string | null) => fmtIndex(v, locale) },
    { title: m.finalIndex, dataIndex: 'finalIndex', align: 'right' as const, width: 140, render: (v: string | null) => fmtIndex(v, locale) },
    { title: gapTitle, dataIndex: 'gap', align: 'right' as const, width: 150, render: (_: string | null, f: FieldFigures) => gapCell(f) },
  ];

  return (
    <div data-testid="council-unit-page" data-finalised={s ? String(s.finalised) : ''}>
      <PageTitle
        title={s ? `${m.councilTitle} — ${s.unitName}` : m.councilTitle}
        extra={
          s ? (
            <>
              <Button onClick={() => navigate(cyclePaths.council(periodId))}>{m.council}</Button>
              {s.finalised ? (
                <Button icon={<UnlockOutlined />} disabled={!s.canReopen} onClick={() => setReopening(true)} data-testid="reopen">
                  {m.reopen}
                </Button>
              ) : (
                <Button type="primary" icon={<LockOutlined />} disabled={!s.canFinalise && s.blockers.length === 0} onClick={() => finalise(s)} data-testid="finalise">
                  {m.finalise}
                </Button>
              )}
            </>
          ) : null
        }
      />
      <QueryState loading={summary.isPending} error={summary.error} retry={() => void summary.refetch()}>
        {s ? (
          <Flex vertical gap={16}>
            {s.finalised ? (
              <Alert type="success" showIcon data-testid="finalised-banner" message={m.finalisedAt(s.finalisedBy ?? '', s.finalisedAt ? formatDateTime(s.finalisedAt, locale) : '')} />
            ) : null}
            {refused ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                data-testid="finalise-refused"
                message={bi(refused.text)}
                description={
                  <ul style={{ margin: 0 }}>
                    {refused.details.map((d, i) => (
                      <li key={i}>{bi(d.message)}</li>
                    ))}
                  </ul>
                }
              />
            ) : (
              <ErrorAlert error={action.error} />
            )}
            {/* The refusal above already lists what blocks finalising. */}
            {!s.finalised && !refused && s.blockers.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                data-testid="blockers"
                message={m.blockers}
                description={
                  <ul style={{ margin: 0 }}>
                    {s.blockers.map((b) => (
                      <li key={b.code}>{bi(b.message)}</li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <Flex gap={12} wrap>
              <Card size="small" style={{ minWidth: 180 }}>
                <Typography.Text type="secondary">{m.selfTotal}</Typography.Text>
                <div style={{ fontSize: 22, fontWeight: 600 }}>{fmtPoints(s.totals.self, locale)}</div>
                <Typography.Text type="secondary">{fmtIndex(s.totals.selfIndex, locale)}</Typography.Text>
              </Card>
              <Card size="small" style={{ minWidth: 180 }}>
                <Typography.Text type="secondary">{m.finalTotal}</Typography.Text>
                <div style={{ fontSize: 22, fontWeight: 600 }} data-testid="final-total">
                  {fmtPoints(s.totals.final, locale)}
                </div>
                <Typography.Text type="secondary">{fmtIndex(s.totals.finalIndex, locale)}</Typography.Text>
              </Card>
              <Card size="small" style={{ minWidth: 140 }}>
                <Typography.Text type="secondary">{m.openReturns}</Typography.Text>
                <div style={{ fontSize: 22, fontWeight: 600 }}>{s.openReturns}</div>
              </Card>
              <Card size="small" style={{ minWidth: 140 }}>
                <Typography.Text type="secondary">{m.pending}</Typography.Text>
                <div style={{ fontSize: 22, fontWeight: 600 }}>{s.pending}</div>
              </Card>
            </Flex>
            <Card size="small" title={m.byField}>
              <Table<FieldFigures>
                rowKey="nodeId"
                size="small"
                pagination={false}
                scroll={{ x: 1000 }}
                dataSource={s.byField}
                columns={fieldColumns}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <strong>{m.totals}</strong>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">{fmtPoints(s.totals.max, locale)}</Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">{fmtPoints(s.totals.self, locale)}</Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right"><strong>{fmtPoints(s.totals.final, locale)}</strong></Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">{fmtPoints(s.totals.lost, locale)}</Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">{fmtIndex(s.totals.selfIndex, locale)}</Table.Summary.Cell>
                    <Table.Summary.Cell index={6} align="right"><strong>{fmtIndex(s.totals.finalIndex, locale)}</strong></Table.Summary.Cell>
                    <Table.Summary.Cell index={7} align="right"><span data-testid="total-gap">{gapCell(s.totals)}</span></Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            </Card>
            <Card size="small" title={m.byItem}>
              <Table<SummaryItem>
                rowKey="nodeId"
                size="small"
                pagination={false}
                scroll={{ x: 1000 }}
                dataSource={s.items}
                rowClassName={(r) => (r.difference && r.difference.startsWith('-') ? 'chiso-row-lost' : '')}
                onRow={(r) => ({ 'data-testid': 'summary-item', 'data-code': r.code ?? '' }) as Record<string, string>}
                columns={[
                  { title: m.code, dataIndex: 'code', width: 90, render: (c: string | null, r) => <CodeText fieldCode={fieldCodes.get(r.fieldId)} code={c} /> },
                  { title: m.criterion, dataIndex: 'name', render: (n: string, r) => <span>{n}{r.na ? <Tag style={{ marginLeft: 6 }}>{m.na}</Tag> : null}</span> },
                  { title: m.max, dataIndex: 'max', align: 'right', width: 90, render: (v: string) => fmtPoints(v, locale) },
                  { title: m.self, dataIndex: 'self', align: 'right', width: 100, render: (v: string | null) => fmtPoints(v, locale) },
                  { title: m.appraisal, dataIndex: 'appraisal', align: 'right', width: 110, render: (v: string | null) => fmtPoints(v, locale) },
                  { title: m.final, dataIndex: 'final', align: 'right', width: 110, render: (v: string | null) => fmtPoints(v, locale) },
                  { title: m.difference, dataIndex: 'difference', align: 'right', width: 100, render: (v: string | null) => fmtSignedPoints(v, locale) },
                  { title: m.state, width: 170, render: (_, r) => <StateTag state={r.state} m={m} /> },
                ]}
              />
            </Card>
            {s.reopenings.length > 0 ? (
              <Card size="small" title={m.reopenings}>
                <List
                  size="small"
                  dataSource={s.reopenings}
                  renderItem={(r) => (
                    <List.Item data-testid="reopening">
                      <Typography.Text type="secondary">{formatDateTime(r.at, locale)} · {r.username ?? ''}</Typography.Text>
                      <span style={{ whiteSpace: 'pre-wrap', marginLeft: 8 }}>{r.reason}</span>
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
            <Modal
              open={reopening}
              title={m.reopen}
              okText={m.reopen}
              okButtonProps={{ disabled: reason.trim() === '', ...({ 'data-testid': 'reopen-ok' } as Record<string, string>) }}
              confirmLoading={action.isPending}
              onCancel={() => setReopening(false)}
              onOk={() =>
                action.mutate(
                  { assessmentId: s.assessmentId, action: 'reopen', reason: reason.trim() },
                  {
                    onSuccess: () => {
                      setReopening(false);
                      setReason('');
                      void message.success(m.reopenDone);
                    },
                  },
                )
              }
            >
              <Typography.Paragraph>{m.reopenReason}</Typography.Paragraph>
              <Input.TextArea autoSize={{ minRows: 3 }} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reopen-reason" maxLength={5000} />
            </Modal>
          </Flex>
        ) : null}
      </QueryState>
    </div>
  );
}
