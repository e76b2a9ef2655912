// A unit's remediation plan (#/periods/:periodId/units/:unitId/remediation): one row per item
// that lost points, most points to regain first, prefilled once the appraisal is finalised; the
// fields that cost most (chart and shares); totals by status; .docx and .xlsx in the usual layout.
import { Alert, Button, Card, Col, Flex, Row, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import type { RemediationPlan } from '../../../../src/shared/api/remediation';
import { REMEDIATION_STATUSES, REMEDIATION_STATUS_LABEL } from '../../../../src/shared/api/remediation';
import { useUser } from '../../app/session';
import { LossBars } from '../../components/charts/LossBars';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useBi, useLocale } from '../../i18n';
import { fmtIndex, fmtPoints } from '../assessment/format';
import { cyclePaths } from '../appraisal/paths';
import { useResultsT } from '../results/messages';
import { planUrl, usePlan, useReplaceRow } from './api';
import { useRemT } from './messages';
import { PlanRow, STATUS_COLOR } from './PlanRow';

type FieldLoss = RemediationPlan['fields'][number];

export function RemediationPage({ periodId, unitId }: { periodId: string; unitId: string }) {
  const r = useResultsT();
  const m = useRemT();
  const { locale } = useLocale();
  // Those who read every unit's plan came from (and go back to) the overview.
  const role = useUser().role;
  const readsAll = role === 'admin' || role === 'organiser' || role === 'council-chair';
  const bi = useBi();
  const plan = usePlan(periodId, unitId);
  const replace = useReplaceRow(periodId, unitId);
  const p = plan.data;
  return (
    <div data-testid="remediation-page" data-available={p ? String(p.available) : ''}>
      <PageTitle
        title={p ? `${r.remTitle} — ${p.unitName}` : r.remTitle}
        extra={
          p?.available ? (
            <>
              <Button icon={<FileWordOutlined />} href={planUrl(periodId, unitId, 'docx')} data-testid="rem-docx">
                {r.remDocx}
              </Button>
              <Button icon={<FileExcelOutlined />} href={planUrl(periodId, unitId, 'xlsx')} data-testid="rem-xlsx">
                {r.remXlsx}
              </Button>
            </>
          ) : null
        }
      />
      <QueryState loading={plan.isPending} error={plan.error} retry={() => void plan.refetch()}>
        {p ? (
          <Flex vertical gap={16}>
            <Typography.Text type="secondary">
              {readsAll ? (
                <a href={`#${cyclePaths.remediationOverview(periodId)}`} data-testid="rem-back-overview" style={{ marginRight: 12 }}>
                  <ArrowLeftOutlined /> {m.title}
                </a>
              ) : null}
              {/* Period names usually state their year already ("… năm 2026"). */}
              {p.periodName.includes(String(p.year)) ? p.periodName : `${p.periodName} · ${p.year}`}
            </Typography.Text>
            {!p.available ? <Alert type="info" showIcon message={p.message ? bi(p.message) : r.remNotAvailable} data-testid="rem-not-available" /> : null}
            {p.available ? (
              <>
                <Flex gap={8} wrap align="center" data-testid="rem-totals">
                  <Typography.Text strong>{r.remTotals(fmtPoints(p.totals.lost, locale), p.totals.rows)}</Typography.Text>
                  {REMEDIATION_STATUSES.map((s) => (
                    <Tag key={s} color={STATUS_COLOR[s]}>
                      {REMEDIATION_STATUS_LABEL[s][locale]}: {p.totals[s]}
                    </Tag>
                  ))}
                </Flex>
                <Row gutter={[16, 16]}>
                  <Col xs={24} lg={12}>
                    <Card size="small" title={r.remCostly}>
                      <LossBars
                        fields={p.fields.map((f) => ({ label: f.code ? `${f.code}. ${f.name}` : f.name, lost: Number(f.lost) }))}
                        locale={locale}
                        title={r.remCostly}
                      />
                    </Card>
                  </Col>
                  <Col xs={24} lg={12}>
                    <Card size="small" title={r.field}>
                      <Table<FieldLoss>
                        rowKey="nodeId"
                        size="small"
                        pagination={false}
                        dataSource={p.fields}
                        columns={[
                          { title: r.field, render: (_, f) => `${f.code ? `${f.code}. ` : ''}${f.name}` },
                          { title: r.max, dataIndex: 'max', align: 'right', width: 90, render: (v: string) => fmtPoints(v, locale) },
                          { title: r.remLost, dataIndex: 'lost', align: 'right', width: 110, render: (v: string) => fmtPoints(v, locale) },
                          { title: r.remShare, dataIndex: 'share', align: 'right', width: 100, render: (v: string) => fmtIndex(v, locale) },
                        ]}
                      />
                    </Card>
                  </Col>
                </Row>
                <Card size="small" title={r.remTitle}>
                  {p.rows.map((row, i) => (
                    <PlanRow key={row.id} row={row} index={i} editable={p.canEdit} locale={locale} r={r} onSaved={replace} fieldCode={p.fields.find((f) => f.nodeId === row.fieldId)?.code} />
                  ))}
                </Card>
              </>
            ) : null}
          </Flex>
        ) : null}
      </QueryState>
    </div>
  );
}
