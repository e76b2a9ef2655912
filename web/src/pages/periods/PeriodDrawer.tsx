// One period in detail, with the single next transition (confirmed first) for organisers.
import { App, Button, Descriptions, Drawer, Flex, Skeleton, Tabs, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useFrameworks, useUnitTypes, useUnits } from '../../api/queries';
import type { Period } from '../../api/types';
import { navigate } from '../../app/router';
import { formatDate } from '../../components/format';
import { ErrorAlert } from '../../components/serverErrors';
import { useBi, useLocale, useT } from '../../i18n';
import { NEXT_STATUS, STATUS_COLOUR } from './status';
import { AssessmentLinks } from '../assessment/AssessmentLinks';
import { useDeadlineMessages } from './deadlineMessages';
import { DeadlinesSection } from './DeadlinesSection';

interface Props {
  period: Period | null;
  loading: boolean;
  manage: boolean;
  onClose: () => void;
  onEdit: (p: Period) => void;
}

export function PeriodDrawer({ period, loading, manage, onClose, onEdit }: Props) {
  const t = useT();
  const bi = useBi();
  const { locale } = useLocale();
  const { modal, message } = App.useApp();
  const dm = useDeadlineMessages();
  const [tab, setTab] = useState<'info' | 'deadlines'>('info');
  const qc = useQueryClient();
  const id = period?.id;
  const full = useQuery({
    queryKey: ['periods', id],
    queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
  const frameworks = useFrameworks(manage);
  const types = useUnitTypes();
  const units = useUnits();

  const transition = useMutation({
    mutationFn: (to: NonNullable<(typeof NEXT_STATUS)[Period['status']]>) =>
      api.post<Period>(`/periods/${encodeURIComponent(id ?? '')}/transition`, { to }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: ['periods'] });
      await qc.invalidateQueries({ queryKey: ['home'] });
      void message.success(t.periods.transitionDone(t.periods.statuses[p.status]));
    },
  });

  const p = full.data ?? period;
  const next = p ? NEXT_STATUS[p.status] : null;
  const confirm = () => {
    if (!p || !next) return;
    modal.confirm({
      title: t.periods.transitionTo[next],
      content: t.periods.confirmTransition(p.name, t.periods.statuses[next]),
      okText: t.common.confirm,
      cancelText: t.common.cancel,
      onOk: () => transition.mutateAsync(next).catch(() => undefined),
    });
  };
  const unitNames = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const fw = frameworks.data?.find((f) => f.id === p?.frameworkId);
  const type = types.data?.find((x) => x.id === p?.unitType);

  const info = p ? (
    <Descriptions column={1} bordered size="small" labelStyle={{ width: 220 }}>
      <Descriptions.Item label={t.periods.status}>
        <Tag color={STATUS_COLOUR[p.status]}>{t.periods.statuses[p.status]}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t.periods.kind}>
        {t.periods.kinds[p.kind]} · {p.year}
      </Descriptions.Item>
      <Descriptions.Item label={t.periods.unitType}>{type ? bi(type.name) : p.unitType}</Descriptions.Item>
      <Descriptions.Item label={t.periods.framework}>{`${fw?.name ?? p.frameworkName} · v${fw?.version ?? p.frameworkVersion}`}</Descriptions.Item>
      <Descriptions.Item label={t.periods.dataWindow}>
        {formatDate(p.dataStart, locale)} – {formatDate(p.dataEnd, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t.periods.selfAssessmentDeadline}>{formatDate(p.selfAssessmentDeadline, locale)}</Descriptions.Item>
      <Descriptions.Item label={t.periods.appraisalWindow}>
        {formatDate(p.appraisalStart, locale)} – {formatDate(p.appraisalEnd, locale)}
      </Descriptions.Item>
      {p.explanationDeadline ? (
        <Descriptions.Item label={t.periods.explanationDeadline}>{formatDate(p.explanationDeadline, locale)}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label={`${t.periods.units} (${p.unitIds?.length ?? 0})`}>
        <Flex wrap gap={4}>
          {(p.unitIds ?? []).map((uid) => (
            <Tag key={uid}>{unitNames.get(uid) ?? uid}</Tag>
          ))}
        </Flex>
      </Descriptions.Item>
    </Descriptions>
  ) : null;

  return (
    <Drawer
      open={Boolean(period) || loading}
      onClose={() => {
        transition.reset();
        setTab('info');
        onClose();
      }}
      // The deadlines table needs room for its date pickers.
      width={tab === 'deadlines' ? 980 : 640}
      title={p ? p.name : t.periods.details}
      data-testid="period-drawer"
      extra={
        p && manage ? (
          <Flex gap={8}>
            <Button onClick={() => navigate(`/audit?entityType=period&entityId=${encodeURIComponent(p.id)}`)}>
              {t.common.history}
            </Button>
            {p.status !== 'published' ? <Button onClick={() => onEdit(p)}>{t.common.edit}</Button> : null}
            {next ? (
              <Button type="primary" loading={transition.isPending} onClick={confirm} data-testid="period-transition">
                {t.periods.transitionTo[next]}
              </Button>
            ) : null}
          </Flex>
        ) : null
      }
    >
      <ErrorAlert error={transition.error} />
      {p ? <AssessmentLinks period={p} /> : null}
      {!p ? (
        <Skeleton active />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k === 'deadlines' ? 'deadlines' : 'info')}
          items={[
            { key: 'info', label: dm.info, children: info },
            { key: 'deadlines', label: <span data-testid="period-deadlines-tab">{dm.tab}</span>, children: <DeadlinesSection key={p.id} periodId={p.id} /> },
          ]}
        />
      )}
    </Drawer>
  );
}
