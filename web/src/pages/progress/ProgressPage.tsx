// The organiser's view of a period (#/periods/:periodId/progress): every unit's state (chưa bắt
// đầu, đang thực hiện, đã nộp, quá hạn, đã rút lại), answered share, total and index, and reminders
// to the units that have not submitted (with an optional message; e-mailed too when the server
// has SMTP), and what the last reminder did.
import { Button, Flex, Progress, Table, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import { api } from '../../api/client';
import type { Period } from '../../api/types';
import type { RemindResult } from '../../../../src/shared/api/assessments';
import { formatDate, formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { useAssessmentList } from '../assessment/api';
import type { AssessmentRow } from '../assessment/contract';
import { fmtIndex, fmtPoints, share } from '../assessment/format';
import { useAT } from '../assessment/messages';
import { StatusTag } from '../assessment/StatusTag';
import { RemindDialog } from './RemindDialog';
import { RemindResultAlert } from './RemindResultAlert';

const late = (r: AssessmentRow) => r.status !== 'submitted';

export function ProgressPage({ periodId }: { periodId: string }) {
  const a = useAT();
  const { locale } = useLocale();
  const qc = useQueryClient();
  const list = useAssessmentList(periodId);
  const period = useQuery({ queryKey: ['periods', periodId], queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(periodId)}`) });
  const [selected, setSelected] = useState<string[]>([]);
  const [asking, setAsking] = useState<string[] | null>(null);
  const [result, setResult] = useState<RemindResult | null>(null);
  const remind = useMutation({
    mutationFn: (v: { unitIds: string[]; message: string | undefined }) =>
      api.post<RemindResult>(`/periods/${encodeURIComponent(periodId)}/reminders`, { unitIds: v.unitIds, ...(v.message ? { message: v.message } : {}) }),
    onMutate: () => setResult(null),
    onSuccess: async (r) => {
      setSelected([]);
      setAsking(null);
      setResult(r);
      await qc.invalidateQueries({ queryKey: ['assessments', periodId] });
    },
  });
  const rows = list.data ?? [];
  const lateIds = rows.filter(late).map((r) => r.unitId);
  const targets = selected.length > 0 ? selected : lateIds;
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = r.overdue && r.status !== 'submitted' ? 'overdue' : r.status;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }

  return (
    <div data-testid="progress-page">
      <PageTitle
        title={period.data ? `${a.progressTitle} — ${period.data.name}` : a.progressTitle}
        extra={
          <Button
            type="primary"
            icon={<BellOutlined />}
            disabled={targets.length === 0}
            loading={remind.isPending}
            data-testid="remind"
            onClick={() => setAsking(targets)}
          >
            {selected.length > 0 ? `${a.remind} (${selected.length})` : a.remindLate(lateIds.length)}
          </Button>
        }
      />
      {asking ? (
        <RemindDialog
          title={a.confirmRemind(asking.length)}
          sending={remind.isPending}
          error={remind.error}
          onSend={(text) => remind.mutate({ unitIds: asking, message: text })}
          onClose={() => setAsking(null)}
        />
      ) : null}
      {result ? <RemindResultAlert result={result} onClose={() => setResult(null)} /> : null}
      {period.data ? (
        <Typography.Paragraph type="secondary">
          {a.deadline}: {formatDate(period.data.selfAssessmentDeadline, locale)}
        </Typography.Paragraph>
      ) : null}
      <Flex gap={6} wrap style={{ marginBottom: 12 }} data-testid="status-counts">
        {[...counts].map(([k, n]) => (
          <Tag key={k}>
            {a.statuses[k as keyof typeof a.statuses]}: {n}
          </Tag>
        ))}
      </Flex>
      <QueryState loading={false} error={list.error} retry={() => void list.refetch()}>
        <Table<AssessmentRow>
          rowKey="unitId"
          size="middle"
          loading={list.isFetching}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          // The unit column takes what is left: every column fits at 1366 pixels, narrower scrolls.
          scroll={{ x: 1000 }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (r) => ({ disabled: !late(r) }) }}
          onRow={(r) => ({ 'data-testid': 'progress-row', 'data-unit': r.unitName, 'data-status': r.status } as HTMLAttributes<HTMLElement>)}
          columns={[
            {
              title: a.unit,
              dataIndex: 'unitName',
              render: (name: string, r) => (
                <a href={`#/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(r.unitId)}/assessment`}>{name}</a>
              ),
            },
            { title: a.status, key: 'status', width: 150, render: (_: unknown, r) => <StatusTag status={r.status} overdue={r.overdue} a={a} /> },
            {
              title: a.answeredShare,
              key: 'answered',
              width: 130,
              render: (_: unknown, r) => (
                <div>
                  <Progress percent={share(r.answered, r.leaves)} size="small" showInfo={false} />
                  <Typography.Text type="secondary">
                    {r.answered}/{r.leaves}
                  </Typography.Text>
                </div>
              ),
            },
            { title: a.total, dataIndex: 'selfTotal', width: 110, align: 'right', render: (v: string | null) => fmtPoints(v, locale) },
            { title: a.index, dataIndex: 'index', width: 90, align: 'right', render: (v: string | number | null) => fmtIndex(v, locale) },
            { title: a.submittedAt, dataIndex: 'submittedAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v, locale) : '—') },
            { title: a.lastReminded, dataIndex: 'lastRemindedAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v, locale) : '—') },
          ]}
        />
      </QueryState>
    </div>
  );
}
