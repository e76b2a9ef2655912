// Key figures of the role; known keys get a translated label, others a readable fallback.
import { Card, Col, Row, Statistic } from 'antd';
import { useLocale, useT } from '../../i18n';
import type { Messages } from '../../i18n/vi';

type StatKey = keyof Messages['home']['statLabels'];

function fallbackLabel(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function StatCards({ stats }: { stats: Record<string, unknown> }) {
  const t = useT();
  const { locale } = useLocale();
  const labels: Record<string, string> = t.home.statLabels;
  const entries = Object.entries(stats).filter((e): e is [string, number] => typeof e[1] === 'number');
  if (entries.length === 0) return null;
  return (
    <Card title={t.home.stats} data-testid="home-stats">
      <Row gutter={[16, 16]}>
        {entries.map(([key, value]) => (
          <Col key={key} xs={12} md={8} xl={6}>
            <Statistic
              title={labels[key as StatKey] ?? fallbackLabel(key)}
              value={value}
              formatter={(v) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(Number(v))}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
