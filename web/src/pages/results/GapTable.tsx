// Self index vs appraised index per field over the unit type, and the gap in percentage points.
import { Table } from 'antd';
import type { z } from 'zod';
import type { fieldGap } from '../../../../src/shared/api/results';
import type { Locale } from '../../api/types';
import { fmtIndex, fmtPoints } from '../assessment/format';
import type { ResultsMessages } from './messages';
import { fmtSignedPoints } from './numbers';

type Gap = z.infer<typeof fieldGap>;

export function GapTable({ gaps, locale, r }: { gaps: Gap[]; locale: Locale; r: ResultsMessages }) {
  return (
    <Table<Gap>
      rowKey="nodeId"
      size="small"
      pagination={false}
      dataSource={gaps}
      data-testid="gap-table"
      columns={[
        { title: r.field, render: (_, g) => `${g.code ? `${g.code}. ` : ''}${g.name}` },
        { title: r.max, dataIndex: 'max', align: 'right', width: 100, render: (v: string) => fmtPoints(v, locale) },
        { title: r.selfIndex, dataIndex: 'selfIndex', align: 'right', width: 130, render: (v: string | null) => fmtIndex(v, locale) },
        { title: r.finalIndex, dataIndex: 'finalIndex', align: 'right', width: 160, render: (v: string | null) => fmtIndex(v, locale) },
        { title: r.gap, dataIndex: 'gap', align: 'right', width: 160, render: (v: string | null) => fmtSignedPoints(v, locale, 2) },
      ]}
    />
  );
}
