// The published results anyone with the link can open, without logging in
// (/public/results/:token, a plain path the server answers with the app): read-only ranking,
// bands, points per field, the gap per field and the charts. It needs no session, so it is
// interactive as soon as its one request answers; `data-ready` marks that moment for the bench.
import { Card, Flex, Input, Layout, Result, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { formatDate } from '../../components/format';
import { fold } from '../../components/fold';
import { useLocale } from '../../i18n';
import { publicResultsQuery } from '../results/api';
import { GapTable } from '../results/GapTable';
import { useResultsT } from '../results/messages';
import { RankingTable } from '../results/RankingTable';
import { ResultsCharts } from '../results/ResultsCharts';

export function PublicResultsPage({ token }: { token: string }) {
  const r = useResultsT();
  const { locale, setLocale } = useLocale();
  const results = useQuery(publicResultsQuery(token));
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState('');
  const data = results.data;
  const unitId = picked ?? data?.rows[0]?.unitId;
  const rows = useMemo(() => {
    const q = fold(search.trim());
    return q === '' ? (data?.rows ?? []) : (data?.rows ?? []).filter((row) => fold(row.unitName).includes(q));
  }, [data, search]);

  useEffect(() => {
    if (data) document.title = `${r.publicTitle(data.period.year)} — ${data.period.name}`;
  }, [data, r]);

  let body;
  if (results.isPending) body = <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  else if (results.error || !data) body = <Result status="404" title={r.publicNotFound} data-testid="public-not-found" />;
  else
    body = (
      <Flex vertical gap={16} data-testid="public-results" data-ready="yes">
        <div>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {r.publicTitle(data.period.year)}
          </Typography.Title>
          <Typography.Text type="secondary">
            {data.period.name} · {r.unitType[data.period.unitType] ?? data.period.unitType}
            {data.period.publishedAt ? ` · ${r.publishedAt(formatDate(data.period.publishedAt, locale))}` : ''} · {r.units(data.rows.length)}
          </Typography.Text>
        </div>
        <Card
          size="small"
          title={r.rank}
          extra={<Input.Search allowClear placeholder={r.search} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 260 }} />}
          styles={{ body: { padding: 0 } }}
        >
          <RankingTable rows={rows} fields={data.fields} bands={data.bands} locale={locale} r={r} showSelf={false} showChange={rows.some((x) => x.indexChange !== null)} onPick={setPicked} />
        </Card>
        {data.fieldGaps.length > 0 ? (
          <Card size="small" title={r.gapTitle}>
            <GapTable gaps={data.fieldGaps} locale={locale} r={r} />
          </Card>
        ) : null}
        <ResultsCharts data={data} unitId={unitId} onUnit={setPicked} locale={locale} r={r} />
      </Flex>
    );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 20 }}>
        <span className="chiso-header-title">Chỉ số CCHC</span>
        <div style={{ flex: 1 }} />
        <LanguageSwitch onChange={setLocale} />
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1600, width: '100%', margin: '0 auto' }}>{body}</Layout.Content>
    </Layout>
  );
}
