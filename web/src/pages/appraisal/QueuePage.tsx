// The appraiser's queue (#/periods/:periodId/appraisal/queue?unitId=&field=&state=&q=): every
// item of the assigned fields × units, filtered by unit, field and state, with counts per state.
// Filters live in the address, so "back" from an item restores them. Rows open from the keyboard.
import { Flex, Input, Segmented, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ITEM_STATES } from '../../../../src/shared/api/appraisal';
import type { ItemState, QueueItem } from '../../../../src/shared/api/appraisal';
import { navigate, useRoute } from '../../app/router';
import { formatDate } from '../../components/format';
import { KeyboardTable } from '../../components/KeyboardTable';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { fmtPoints } from '../assessment/format';
import { useQueue } from './api';
import type { QueueFilter } from './api';
import { useAppraisalT } from './messages';
import { cyclePaths } from './paths';
import { rememberQueue } from './queueOrder';
import { StateTag } from './StateTag';
import { CodeText, partPrefix } from './codes';

function filterOf(query: URLSearchParams): QueueFilter {
  const state = query.get('state');
  return {
    unitId: query.get('unitId') ?? undefined,
    field: query.get('field') ?? undefined,
    state: state && (ITEM_STATES as readonly string[]).includes(state) ? (state as ItemState) : undefined,
    q: query.get('q') ?? undefined,
  };
}

function searchOf(f: QueueFilter): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (typeof v === 'string' && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function QueuePage({ periodId }: { periodId: string }) {
  const m = useAppraisalT();
  const { locale } = useLocale();
  const { query } = useRoute();
  const filter = filterOf(query);
  const queue = useQueue(periodId, filter);
  const [text, setText] = useState(filter.q ?? '');
  const set = (patch: Partial<QueueFilter>) => navigate(`${cyclePaths.queue(periodId)}${searchOf({ ...filter, ...patch })}`);
  // Filter choices come from the unfiltered list the first time it loads; the server's rows carry names.
  const all = useQueue(periodId, {});
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const i of all.data?.items ?? []) seen.set(i.unitId, i.unitName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [all.data]);
  const fields = useMemo(() => [...new Set((all.data?.items ?? []).map((i) => i.fieldCode))].map((c) => ({ value: c, label: c })), [all.data]);
  const counts = queue.data?.counts;
  const items = queue.data?.items ?? [];

  const open = (row: QueueItem) => {
    rememberQueue(periodId, items.map((i) => ({ assessmentId: i.assessmentId, nodeId: i.nodeId })), searchOf(filter));
    navigate(cyclePaths.item(periodId, row.assessmentId, row.nodeId));
  };

  return (
    <div data-testid="queue-page">
      <PageTitle title={m.queue} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={m.unit}
          aria-label={m.unit}
          data-testid="queue-unit"
          style={{ minWidth: 240 }}
          value={filter.unitId}
          options={units}
          onChange={(v: string | undefined) => set({ unitId: v })}
        />
        <Select
          allowClear
          placeholder={m.field}
          aria-label={m.field}
          data-testid="queue-field"
          style={{ minWidth: 120 }}
          value={filter.field}
          options={fields}
          onChange={(v: string | undefined) => set({ field: v })}
        />
        <Input.Search
          allowClear
          placeholder={m.search}
          style={{ maxWidth: 300 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => set({ q })}
        />
      </Flex>
      <Segmented<string>
        data-testid="queue-state"
        style={{ marginBottom: 12 }}
        value={filter.state ?? 'all'}
        onChange={(v) => set({ state: v === 'all' ? undefined : (v as ItemState) })}
        options={[
          { value: 'all', label: `${m.total} (${counts?.total ?? 0})` },
          ...ITEM_STATES.map((s) => ({ value: s, label: `${m.states[s]} (${counts?.[s] ?? 0})` })),
        ]}
      />
      <QueryState loading={queue.isPending} error={queue.error} retry={() => void queue.refetch()}>
        <KeyboardTable<QueueItem>
          rowKey={(r) => `${r.assessmentId}/${r.nodeId}`}
          dataSource={items}
          size="small"
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: m.emptyQueue }}
          onOpen={open}
          rowLabel={(r) => `${r.unitName} ${partPrefix(r.fieldCode, r.code)}${r.code ?? ''} ${r.name}`}
          onHeaderRow={() => ({})}
          columns={[
            { title: m.unit, dataIndex: 'unitName', width: 200 },
            { title: m.code, dataIndex: 'code', width: 90, render: (c: string | null, r) => <CodeText fieldCode={r.fieldCode} code={c} /> },
            { title: m.criterion, dataIndex: 'name', render: (n: string) => <span data-testid="queue-name">{n}</span> },
            { title: m.max, dataIndex: 'max', align: 'right', width: 90, render: (v: string) => fmtPoints(v, locale) },
            { title: m.self, dataIndex: 'self', align: 'right', width: 100, render: (v: string | null) => fmtPoints(v, locale) },
            { title: m.appraisal, dataIndex: 'appraisal', align: 'right', width: 110, render: (v: string | null) => fmtPoints(v, locale) },
            {
              title: m.state,
              width: 170,
              render: (_, r) => (
                <Flex gap={4} wrap>
                  <StateTag state={r.state} m={m} />
                  {r.dueDate ? <Typography.Text type="secondary">{formatDate(r.dueDate, locale)}</Typography.Text> : null}
                </Flex>
              ),
            },
          ]}
        />
        <Typography.Text type="secondary">{m.queueHint}</Typography.Text>
      </QueryState>
    </div>
  );
}
