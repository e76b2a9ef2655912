// The organiser's (and council's) view of every unit's remediation plan in a period
// (#/periods/:periodId/remediation): points to regain, rows in the plan and how many are filled
// in, rows by status and overdue, last update; filter by unit type and "not filled in", sorted by
// points to regain; a row opens the unit's plan (read-only unless the policy lets the viewer
// edit); every plan in one spreadsheet.
import { Button, Checkbox, Flex, Input, Progress, Select, Tag, Tooltip, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { parsePoints, sum, toDecimalString } from '../../../../src/core/points';
import { fold } from '../../../../src/vn/fold';
import { api } from '../../api/client';
import { useUnitTypes } from '../../api/queries';
import type { Period } from '../../api/types';
import { navigate } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { KeyboardTable } from '../../components/KeyboardTable';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { fmtPoints, share } from '../assessment/format';
import { cyclePaths } from '../appraisal/paths';
import { allPlansUrl, useOverview, type OverviewRow } from './api';
import { useRemT } from './messages';

/** Not filled in: a plan exists and some of its rows still lack solution, lead agency or time frame. */
export const notFilled = (r: OverviewRow) => r.available && r.filled < r.rows;

export function OverviewPage({ periodId }: { periodId: string }) {
  const m = useRemT();
  const { locale } = useLocale();
  const overview = useOverview(periodId, true);
  const period = useQuery({ queryKey: ['periods', periodId], queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(periodId)}`) });
  const types = useUnitTypes();
  const [type, setType] = useState<string | null>(null);
  const [onlyNotFilled, setOnlyNotFilled] = useState(false);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => overview.data ?? [], [overview.data]);
  const shown = useMemo(() => {
    const q = fold(search.trim());
    return rows.filter((r) => (type === null || r.unitType === type) && (!onlyNotFilled || notFilled(r)) && (q === '' || fold(`${r.unitCode} ${r.unitName}`).includes(q)));
  }, [rows, type, onlyNotFilled, search]);
  const typeName = (id: string) => types.data?.find((t) => t.id === id)?.name[locale] ?? id;
  const present = [...new Set(rows.map((r) => r.unitType))];
  const totals = {
    lost: toDecimalString(sum(shown.map((r) => parsePoints(r.lost)))),
    rows: shown.reduce((a, r) => a + r.rows, 0),
    filled: shown.reduce((a, r) => a + r.filled, 0),
    overdue: shown.reduce((a, r) => a + r.overdue, 0),
    withPlan: shown.filter((r) => r.rows > 0).length,
  };

  return (
    <div data-testid="remediation-overview">
      <PageTitle
        title={period.data ? `${m.title} — ${period.data.name}` : m.title}
        extra={
          <Button icon={<FileExcelOutlined />} href={allPlansUrl(periodId)} data-testid="rem-all-xlsx">
            {m.exportAll}
          </Button>
        }
      />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<string | null>
          value={type}
          onChange={setType}
          style={{ width: 240 }}
          aria-label={m.unitType}
          data-testid="rem-type-filter"
          options={[{ value: null, label: m.allTypes }, ...present.map((id) => ({ value: id, label: typeName(id) }))]}
        />
        <Checkbox checked={onlyNotFilled} onChange={(e) => setOnlyNotFilled(e.target.checked)} data-testid="rem-not-filled">
          {m.notFilledOnly}
        </Checkbox>
        <Input.Search allowClear placeholder={m.search} aria-label={m.search} style={{ width: 240 }} value={search} onChange={(e) => setSearch(e.target.value)} />
      </Flex>
      <Typography.Paragraph type="secondary" data-testid="rem-summary">
        {m.summary(shown.length, totals.withPlan, fmtPoints(totals.lost, locale), totals.rows, totals.filled, totals.overdue)}
      </Typography.Paragraph>
      <QueryState loading={overview.isPending} error={overview.error} retry={() => void overview.refetch()}>
        <KeyboardTable<OverviewRow>
          rowKey="unitId"
          size="middle"
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1020 }}
          locale={{ emptyText: m.empty }}
          rowLabel={(r) => m.open(r.unitName)}
          onOpen={(r) => navigate(cyclePaths.remediation(periodId, r.unitId))}
          onRow={(r) =>
            ({
              'data-testid': 'rem-unit-row',
              'data-unit': r.unitName,
              'data-lost': r.lost,
              'data-rows': r.rows,
              'data-filled': r.filled,
              'data-overdue': r.overdue,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: m.unit,
              key: 'unit',
              width: 250,
              render: (_, r) => (
                <span>
                  <a href={`#${cyclePaths.remediation(periodId, r.unitId)}`}>{r.unitName}</a>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.unitCode} · {typeName(r.unitType)}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: m.lost,
              key: 'lost',
              width: 125,
              align: 'right',
              defaultSortOrder: 'descend',
              sorter: (a, b) => parsePoints(a.lost) - parsePoints(b.lost),
              render: (_, r) => (r.available ? <strong>{fmtPoints(r.lost, locale)}</strong> : <Tag>{m.notFinalised}</Tag>),
            },
            { title: m.rows, dataIndex: 'rows', width: 85, align: 'right' },
            {
              title: <Tooltip title={m.filledHelp}>{m.filled}</Tooltip>,
              key: 'filled',
              width: 130,
              render: (_, r) =>
                r.rows === 0 ? (
                  '—'
                ) : (
                  <div>
                    <Progress percent={share(r.filled, r.rows)} size="small" showInfo={false} status={r.filled === r.rows ? 'success' : 'normal'} />
                    <Typography.Text type={r.filled === r.rows ? 'success' : 'secondary'}>
                      {r.filled}/{r.rows}
                    </Typography.Text>
                  </div>
                ),
            },
            { title: m.notStarted, dataIndex: 'not-started', width: 95, align: 'right' },
            { title: m.inProgress, dataIndex: 'in-progress', width: 95, align: 'right' },
            { title: m.done, dataIndex: 'done', width: 95, align: 'right' },
            {
              title: <Tooltip title={m.overdueHelp}>{m.overdue}</Tooltip>,
              dataIndex: 'overdue',
              width: 85,
              align: 'right',
              render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
            },
            {
              title: m.lastUpdate,
              dataIndex: 'lastUpdate',
              width: 160,
              render: (v: string | null) => (v ? formatDateTime(v, locale) : <Typography.Text type="secondary">{m.never}</Typography.Text>),
            },
          ]}
        />
      </QueryState>
    </div>
  );
}
