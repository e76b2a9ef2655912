// The running state of the form: share answered, items without evidence, flagged, N/A, the
// self-assessed total and the index — all from the server's summary.
import { Card, Col, Progress, Row, Statistic } from 'antd';
import type { Locale } from '../../api/types';
import type { Summary } from '../../pages/assessment/contract';
import { fmtIndex, fmtPoints, share } from '../../pages/assessment/format';
import type { AssessmentMessages } from '../../pages/assessment/messages';

export function ProgressPanel({ summary, locale, a }: { summary: Summary; locale: Locale; a: AssessmentMessages }) {
  const done = summary.answered;
  return (
    <Card size="small" data-testid="progress-panel" style={{ marginBottom: 12 }}>
      <Row gutter={[16, 8]} align="middle">
        <Col xs={24} lg={8}>
          <div data-testid="progress-answered">{a.answered(done, summary.unitLeaves)}</div>
          <Progress percent={share(done, summary.unitLeaves)} size="small" format={(p) => `${String(p ?? 0).replace('.', locale === 'vi' ? ',' : '.')}%`} />
        </Col>
        <Col xs={8} lg={3}>
          <Statistic title={a.withoutEvidence} value={summary.withoutEvidence} valueStyle={{ fontSize: 18 }} />
        </Col>
        <Col xs={8} lg={3}>
          <Statistic title={a.flaggedCount} value={summary.flagged} valueStyle={{ fontSize: 18 }} />
        </Col>
        <Col xs={8} lg={3}>
          <Statistic title={a.naCount} value={summary.na} valueStyle={{ fontSize: 18 }} />
        </Col>
        <Col xs={12} lg={4}>
          <div className="ant-statistic-title" style={{ color: 'rgba(0,0,0,0.45)' }}>
            {a.total}
          </div>
          <div style={{ fontSize: 20 }} data-testid="progress-total">
            <strong>{fmtPoints(summary.selfTotal, locale)}</strong> / {fmtPoints(summary.max, locale)}
          </div>
        </Col>
        <Col xs={12} lg={3}>
          <div className="ant-statistic-title" style={{ color: 'rgba(0,0,0,0.45)' }}>
            {a.index}
          </div>
          <div style={{ fontSize: 20 }} data-testid="progress-index">
            {fmtIndex(summary.index, locale)}
          </div>
        </Col>
      </Row>
    </Card>
  );
}
