// Results of a period for its unit type (#/periods/:periodId/results): the ranking (ties share
// a rank), bands, points per field, change since last year, the self vs appraisal gap per field,
// charts, downloads (.xlsx ranking, .docx annex), publication and the public link.
import { Alert, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Period } from '../../api/types';
import { canManage } from '../../app/access';
import { useUser } from '../../app/session';
import { TrendLine } from '../../components/charts/TrendLine';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale, useT } from '../../i18n';
import { usePublish, useResults, useTrend } from './api';
import { RankingDownloads } from './Downloads';
import { GapTable } from './GapTable';
import { useResultsT } from './messages';
import { PublicLinkBox, PublishButton, PublishRefusal } from './PublishBar';
import { RankingTable } from './RankingTable';
import { ResultsCharts } from './ResultsCharts';

export function ResultsPage({ periodId }: { periodId: string }) {
  const r = useResultsT();
  const t = useT();
  const { locale } = useLocale();
  const user = useUser();
  const manage = canManage(user.role);
  const results = useResults(periodId);
  const period = useQuery({ queryKey: ['periods', periodId], queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(periodId)}`) });
  const publish = usePublish(periodId);
  const data = results.data;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const unitId = picked ?? data?.rows[0]?.unitId;
  const trend = useTrend(periodId, unitId);
  const status = period.data?.status ?? data?.period.status;
  const published = status === 'published';

  const trendCard =
    trend.data && trend.data.points.length > 0 ? (
      <Card size="small" title={r.trendChart}>
        <TrendLine
          points={trend.data.points.map((p) => ({ label: String(p.year), index: p.index, rank: p.rank, of: p.of }))}
          locale={locale}
          title={r.trendChart}
          rankLabel={r.rank}
        />
      </Card>
    ) : null;

  return (
    <div data-testid="results-page" data-status={status ?? ''}>
      <PageTitle
        title={data ? `${r.title} — ${data.period.name}` : r.title}
        extra={
          <>
            <RankingDownloads periodId={periodId} r={r} />
            {manage && !published && status === 'closed' ? <PublishButton publish={publish} r={r} /> : null}
          </>
        }
      />
      <PublishRefusal error={publish.error} r={r} />
      <QueryState loading={results.isPending} error={results.error} retry={() => void results.refetch()}>
        {data ? (
          <Flex vertical gap={16}>
            <Flex gap={8} wrap align="center">
              {status ? <Tag color={published ? 'green' : 'blue'}>{t.periods.statuses[status as keyof typeof t.periods.statuses] ?? status}</Tag> : null}
              <Typography.Text>{r.unitType[data.period.unitType] ?? data.period.unitType}</Typography.Text>
              <Typography.Text type="secondary">· {data.framework.name}</Typography.Text>
              <Typography.Text type="secondary">· {r.units(data.rows.length)}</Typography.Text>
              <Typography.Text type="secondary">· {data.previousPeriod ? r.previous(data.previousPeriod.name) : r.noPrevious}</Typography.Text>
            </Flex>
            {data.provisional ? (
              <Alert
                type="warning"
                showIcon
                data-testid="provisional"
                message={r.provisional}
                description={
                  data.notFinalised.length > 0 ? (
                    <span>
                      {r.notFinalisedList}: {data.notFinalised.map((u) => u.unitName).join('; ')}
                    </span>
                  ) : undefined
                }
              />
            ) : null}
            {manage && published ? (
              <Card size="small">
                <PublicLinkBox periodId={periodId} r={r} />
              </Card>
            ) : null}
            <Card size="small" title={r.rank} styles={{ body: { padding: 0 } }}>
              <RankingTable
                rows={data.rows}
                fields={data.fields}
                bands={data.bands}
                locale={locale}
                r={r}
                showSelf
                showChange={Boolean(data.previousPeriod)}
                onPick={setPicked}
              />
            </Card>
            <Row gutter={[16, 16]}>
              <Col span={24}>
                <Card size="small" title={r.gapTitle}>
                  <GapTable gaps={data.fieldGaps} locale={locale} r={r} />
                </Card>
              </Col>
            </Row>
            <ResultsCharts data={data} unitId={unitId} onUnit={setPicked} locale={locale} r={r} extra={trendCard} />
          </Flex>
        ) : null}
      </QueryState>
    </div>
  );
}
