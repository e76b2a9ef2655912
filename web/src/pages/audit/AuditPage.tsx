// The audit log: who changed what and when, newest first, each row expandable to its
// before/after diff. `#/audit?entityType=unit&entityId=…` shows one item's own history.
import { Button, Flex, Input, Select, Tag } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Key } from 'react';
import { api } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { navigate, useRoute } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { KeyboardTable } from '../../components/KeyboardTable';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale, useT } from '../../i18n';
import { AuditDiff, snapshotLabel } from './AuditDiff';

const PAGE = 50;
const TYPES = ['unit', 'period', 'user', 'framework'] as const;

export function AuditPage() {
  const t = useT();
  const { locale } = useLocale();
  const { query } = useRoute();
  const entityType = query.get('entityType') ?? undefined;
  const entityId = query.get('entityId') ?? undefined;
  const [expanded, setExpanded] = useState<readonly Key[]>([]);
  const [idInput, setIdInput] = useState(entityId ?? '');
  useEffect(() => setIdInput(entityId ?? ''), [entityId]);

  const log = useInfiniteQuery({
    queryKey: ['audit', { entityType, entityId }],
    initialPageParam: undefined as { at: string; id: string } | undefined,
    queryFn: ({ pageParam }) => api.get<AuditEntry[]>('/audit', { entityType, entityId, limit: PAGE, before: pageParam?.at, beforeId: pageParam?.id }),
    // The API pages by (time, id): the oldest entry shown so far is the cursor, so entries
    // written in the same millisecond are neither skipped nor shown twice.
    getNextPageParam: (last) => {
      const oldest = last.length < PAGE ? undefined : last[last.length - 1];
      return oldest ? { at: oldest.at, id: oldest.id } : undefined;
    },
  });
  const rows = log.data?.pages.flat() ?? [];

  const setFilter = (type: string | undefined, id: string | undefined) => {
    const qs = new URLSearchParams();
    if (type) qs.set('entityType', type);
    if (id) qs.set('entityId', id);
    const s = qs.toString();
    navigate(s ? `/audit?${s}` : '/audit');
  };
  const typeLabel = (x: string) => (t.audit.entityTypes as Record<string, string>)[x] ?? x;
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  // "unit.create" → "Tạo mới"; an action the catalogue does not know is shown as it is.
  const actionLabel = (a: string) => (t.audit.actions as Record<string, string>)[a.split('.').pop() ?? a] ?? a;
  const toggle = (id: string) => setExpanded((keys) => (keys.includes(id) ? keys.filter((k) => k !== id) : [...keys, id]));

  return (
    <div data-testid="audit-page">
      <PageTitle title={entityType && entityId ? t.audit.historyOf(typeLabel(entityType), entityId) : t.audit.title} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t.audit.entityType}
          placeholder={t.audit.entityType}
          style={{ width: 200 }}
          value={entityType}
          onChange={(v: string | undefined) => setFilter(v, undefined)}
          options={TYPES.map((x) => ({ value: x, label: typeLabel(x) }))}
        />
        <Input.Search
          aria-label={t.audit.entityId}
          placeholder={t.audit.entityId}
          style={{ width: 260 }}
          value={idInput}
          onChange={(e) => setIdInput(e.target.value)}
          onSearch={(v) => setFilter(entityType, v.trim() || undefined)}
          disabled={!entityType}
        />
        {entityType || entityId ? (
          <Button
            onClick={() => {
              setIdInput('');
              setFilter(undefined, undefined);
            }}
          >
            {t.audit.clearFilter}
          </Button>
        ) : null}
      </Flex>
      <QueryState loading={false} error={log.error} retry={() => void log.refetch()}>
        <KeyboardTable<AuditEntry>
          rowKey="id"
          size="middle"
          loading={log.isFetching && !log.isFetchingNextPage}
          dataSource={rows}
          rowLabel={(e) => `${e.action} ${e.entityType} ${e.entityId}`}
          onOpen={(e) => toggle(e.id)}
          pagination={false}
          scroll={{ x: 820 }}
          expandable={{
            expandedRowKeys: expanded,
            onExpandedRowsChange: (keys) => setExpanded(keys),
            expandedRowRender: (e) => <AuditDiff before={e.before} after={e.after} />,
          }}
          columns={[
            { title: t.audit.at, dataIndex: 'at', width: 190, render: (v: string) => formatDateTime(v, locale, { seconds: true }) },
            { title: t.audit.user, dataIndex: 'username', width: 150, render: (v: string | null) => v ?? t.audit.system },
            {
              title: t.audit.action,
              dataIndex: 'action',
              width: 170,
              render: (v: string) => <Tag title={v}>{actionLabel(v)}</Tag>,
            },
            { title: t.audit.entityType, dataIndex: 'entityType', width: 140, render: (v: string) => capital(typeLabel(v)) },
            {
              title: t.audit.item,
              key: 'item',
              render: (_: unknown, e) => (
                <Button
                  type="link"
                  size="small"
                  style={{ paddingInline: 0 }}
                  title={`${t.common.history}: ${e.entityId}`}
                  onClick={() => setFilter(e.entityType, e.entityId)}
                >
                  {snapshotLabel(e.after) ?? snapshotLabel(e.before) ?? e.entityId}
                </Button>
              ),
            },
          ]}
        />
        {log.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t.audit.loadMore}
            </Button>
          </Flex>
        ) : null}
      </QueryState>
    </div>
  );
}
