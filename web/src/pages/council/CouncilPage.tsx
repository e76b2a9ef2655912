// The council's list of units in a period (#/periods/:periodId/council): items decided, open
// returns, totals before and after appraisal, and whether each unit's appraisal is finalised.
import { Progress, Tag } from 'antd';
import type { AppraisalUnitRow } from '../../../../src/shared/api/appraisal';
import { navigate } from '../../app/router';
import { KeyboardTable } from '../../components/KeyboardTable';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { fmtIndex, fmtPoints, share } from '../assessment/format';
import { useAppraisalUnits } from '../appraisal/api';
import { useAppraisalT } from '../appraisal/messages';
import { cyclePaths } from '../appraisal/paths';

export function CouncilPage({ periodId }: { periodId: string }) {
  const m = useAppraisalT();
  const { locale } = useLocale();
  const units = useAppraisalUnits(periodId);
  return (
    <div data-testid="council-page">
      <PageTitle title={m.council} />
      <QueryState loading={units.isPending} error={units.error} retry={() => void units.refetch()}>
        <KeyboardTable<AppraisalUnitRow>
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={units.data ?? []}
          onOpen={(r) => navigate(cyclePaths.councilUnit(periodId, r.unitId))}
          rowLabel={(r) => r.unitName}
          columns={[
            { title: m.unit, dataIndex: 'unitName' },
            {
              title: m.decided,
              width: 200,
              render: (_, r) => <Progress size="small" percent={share(r.decided, r.leaves)} format={() => `${r.decided}/${r.leaves}`} />,
            },
            { title: m.openReturns, dataIndex: 'openReturns', align: 'right', width: 120, render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : 0) },
            { title: m.selfTotal, dataIndex: 'selfTotal', align: 'right', width: 120, render: (v: string | null) => fmtPoints(v, locale) },
            { title: m.finalTotal, dataIndex: 'finalTotal', align: 'right', width: 140, render: (v: string | null) => fmtPoints(v, locale) },
            { title: m.index, dataIndex: 'finalIndex', align: 'right', width: 110, render: (v: string | null) => fmtIndex(v, locale) },
            {
              title: m.state,
              width: 150,
              render: (_, r) => (r.finalised ? <Tag color="green">{m.finalised}</Tag> : <Tag>{m.inAppraisal}</Tag>),
            },
          ]}
        />
      </QueryState>
    </div>
  );
}
