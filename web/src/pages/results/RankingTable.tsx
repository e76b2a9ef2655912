// The ranking of a unit type: rank (ties share it, marked), unit, total, index, band, points per
// field and the change since last year. Used by the organiser's results page and the public page
// (which has no self scores).
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { RankingRow } from '../../../../src/shared/api/results';
import type { Locale } from '../../api/types';
import { BAND_COLORS } from '../../components/charts/format';
import { fmtIndex, fmtPoints } from '../assessment/format';
import type { ResultsMessages } from './messages';
import { fmtRankChange, fmtSignedPoints } from './numbers';

type Row = Pick<RankingRow, 'unitId' | 'unitCode' | 'unitName' | 'rank' | 'tied' | 'total' | 'max' | 'index' | 'band' | 'fields' | 'indexChange' | 'rankChange'> &
  Partial<Pick<RankingRow, 'selfIndex' | 'finalised' | 'pending'>>;

interface Props {
  rows: Row[];
  fields: { nodeId: string; code: string | null; name: string; max: string }[];
  bands: { code: string }[];
  locale: Locale;
  r: ResultsMessages;
  showSelf: boolean;
  showChange: boolean;
  onPick?: (unitId: string) => void;
}

export function RankingTable({ rows, fields, bands, locale, r, showSelf, showChange, onPick }: Props) {
  const bandColor = (code: string) => BAND_COLORS[Math.max(0, bands.findIndex((b) => b.code === code))];
  return (
    <Table<Row>
      rowKey="unitId"
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      data-testid="ranking-table"
      onRow={(row) => ({ 'data-testid': 'ranking-row', 'data-unit': row.unitName, 'data-rank': String(row.rank ?? ''), onClick: () => onPick?.(row.unitId) }) as Record<string, unknown>}
      columns={[
        {
          title: r.rank,
          dataIndex: 'rank',
          width: 80,
          align: 'center',
          fixed: 'left',
          render: (rank: number | null, row) => (
            <span data-testid="rank">
              <strong>{rank ?? '–'}</strong>
              {row.tied ? (
                <Tooltip title={r.tied}>
                  <Typography.Text type="secondary"> ={' '}</Typography.Text>
                </Tooltip>
              ) : null}
            </span>
          ),
        },
        {
          title: r.unit,
          dataIndex: 'unitName',
          fixed: 'left',
          width: 260,
          render: (n: string, row) => (
            <span>
              {n}
              {row.finalised === false ? <Tag style={{ marginLeft: 6 }}>{r.pending(row.pending ?? 0)}</Tag> : null}
            </span>
          ),
        },
        { title: r.total, dataIndex: 'total', align: 'right', width: 100, render: (v: string | null) => fmtPoints(v, locale) },
        { title: r.index, dataIndex: 'index', align: 'right', width: 100, render: (v: string | null) => <strong data-testid="index">{fmtIndex(v, locale)}</strong> },
        ...(showSelf
          ? [{ title: r.selfIndex, dataIndex: 'selfIndex', align: 'right' as const, width: 110, render: (v: string | null) => fmtIndex(v, locale) }]
          : []),
        {
          title: r.band,
          width: 120,
          render: (_: unknown, row: Row) =>
            row.band ? (
              <Tag color={bandColor(row.band.code)} data-testid="band">
                {row.band.label[locale]}
              </Tag>
            ) : (
              '–'
            ),
        },
        ...fields.map((f, i) => ({
          title: (
            <Tooltip title={`${f.name} (${fmtPoints(f.max, locale)})`}>
              <span>{f.code ?? f.name}</span>
            </Tooltip>
          ),
          key: f.nodeId,
          align: 'right' as const,
          width: 72,
          render: (_: unknown, row: Row) => fmtPoints(row.fields[i] ?? null, locale),
        })),
        ...(showChange
          ? [
              { title: r.change, dataIndex: 'indexChange', align: 'right' as const, width: 110, render: (v: string | null) => fmtSignedPoints(v, locale, 2) },
              { title: r.rankChange, dataIndex: 'rankChange', align: 'center' as const, width: 110, render: (v: number | null) => fmtRankChange(v) },
            ]
          : []),
      ]}
    />
  );
}
