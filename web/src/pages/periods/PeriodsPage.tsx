// Assessment periods: the list with status tags, a details drawer with the next transition,
// and a dialog to create or edit. `#/periods?id=…` opens one period directly.
import { Button, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useUnitTypes } from '../../api/queries';
import type { Period } from '../../api/types';
import { canManage } from '../../app/access';
import { navigate, useRoute } from '../../app/router';
import { useUser } from '../../app/session';
import { formatDate } from '../../components/format';
import { KeyboardTable } from '../../components/KeyboardTable';
import { useReturnFocus } from '../../components/returnFocus';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useBi, useLocale, useT } from '../../i18n';
import { PeriodDrawer } from './PeriodDrawer';
import { PeriodFormDialog } from './PeriodFormDialog';
import { STATUS_COLOUR } from './status';

export const periodKeys = { all: ['periods'] as const };

export function PeriodsPage() {
  const t = useT();
  const bi = useBi();
  const { locale } = useLocale();
  const user = useUser();
  const { path, query } = useRoute();
  const manage = canManage(user.role);
  const [editing, setEditing] = useState<Period | 'new' | null>(null);
  const focus = useReturnFocus();
  const periods = useQuery({ queryKey: periodKeys.all, queryFn: () => api.get<Period[]>('/periods') });
  const types = useUnitTypes();
  // The server's links say /periods/<id>; ?id=<id> works too.
  const openId = path.split('/')[2] || query.get('id');
  const opened = openId ? (periods.data?.find((p) => p.id === openId) ?? null) : null;

  const typeName = (id: string) => {
    const found = types.data?.find((x) => x.id === id);
    return found ? bi(found.name) : id;
  };

  return (
    <div data-testid="periods-page">
      <PageTitle
        title={t.periods.title}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="periods-add">
              {t.periods.add}
            </Button>
          ) : null
        }
      />
      <QueryState loading={false} error={periods.error} retry={() => void periods.refetch()}>
        <KeyboardTable<Period>
          rowKey="id"
          size="middle"
          loading={periods.isFetching}
          dataSource={periods.data ?? []}
          rowLabel={(p) => `${p.name} ${t.periods.statuses[p.status]}`}
          onOpen={(p) => {
            focus.remember();
            navigate(`/periods/${encodeURIComponent(p.id)}`);
          }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 860 }}
          columns={[
            { title: t.periods.name, dataIndex: 'name' },
            { title: t.periods.year, dataIndex: 'year', width: 80 },
            { title: t.periods.kind, dataIndex: 'kind', width: 110, render: (k: Period['kind']) => t.periods.kinds[k] },
            { title: t.periods.unitType, dataIndex: 'unitType', width: 170, render: (v: string) => typeName(v) },
            {
              title: t.periods.selfAssessmentDeadline,
              dataIndex: 'selfAssessmentDeadline',
              width: 150,
              render: (d: string) => formatDate(d, locale),
            },
            {
              title: t.periods.units,
              dataIndex: 'unitIds',
              width: 120,
              render: (ids: string[] | undefined) => t.periods.unitCount(ids?.length ?? 0),
            },
            {
              title: t.periods.status,
              dataIndex: 'status',
              width: 150,
              render: (s: Period['status']) => <Tag color={STATUS_COLOUR[s]}>{t.periods.statuses[s]}</Tag>,
            },
          ]}
        />
      </QueryState>
      <PeriodDrawer
        period={opened}
        loading={Boolean(openId) && periods.isPending}
        manage={manage}
        onClose={() => {
          navigate('/periods');
          focus.restore();
        }}
        onEdit={(p) => setEditing(p)}
      />
      {editing ? <PeriodFormDialog period={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
