// Survey points of a period (#/periods/:periodId/surveys): each criterion's conversion scale from
// the criteria set; import from a file or enter by hand; every figure with its source (file and
// row, or manual; answer counts with the shares they were converted with); the points each unit
// gets per survey-scored criterion with how they were computed.
import { App, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SurveyFigure, SurveyView } from '../../../../src/shared/api/surveys';
import { api } from '../../api/client';
import type { Period } from '../../api/types';
import { useUnits } from '../../api/queries';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { ErrorAlert } from '../../components/serverErrors';
import { useLocale } from '../../i18n';
import { fmtPoints } from '../assessment/format';
import { useResultsT } from '../results/messages';
import { useSurveyT } from './messages';
import { SurveyImport } from './SurveyImport';
import { SurveyManual } from './SurveyManual';
import { sharesLine, SurveyRules } from './SurveyRules';

type Result = SurveyView['results'][number];

export function SurveysPage({ periodId }: { periodId: string }) {
  const r = useResultsT();
  const s = useSurveyT();
  const { locale } = useLocale();
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const view = useQuery({ queryKey: ['surveys', periodId], queryFn: () => api.get<SurveyView>(`/periods/${encodeURIComponent(periodId)}/surveys`) });
  const period = useQuery({ queryKey: ['periods', periodId], queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(periodId)}`) });
  const allUnits = useUnits();
  const del = useMutation({
    mutationFn: (id: string) => api.del<unknown>(`/survey-figures/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['surveys', periodId] }),
  });
  const units = useMemo(() => {
    const ids = new Set(period.data?.unitIds ?? []);
    return (allUnits.data ?? []).filter((u) => ids.has(u.id)).map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }));
  }, [allUnits.data, period.data]);
  const v = view.data;
  const unitName = (id: string) => v?.figures.find((f) => f.unitId === id)?.unitName ?? units.find((u) => u.value === id)?.label ?? id;
  const criterion = (id: string) => v?.criteria.find((c) => c.nodeId === id);

  return (
    <div data-testid="surveys-page">
      <PageTitle title={period.data ? `${r.surveysTitle} — ${period.data.name}` : r.surveysTitle} />
      <QueryState loading={view.isPending} error={view.error} retry={() => void view.refetch()}>
        {v ? (
          <Flex vertical gap={16}>
            {v.criteria.length === 0 ? <Empty description={r.noCriteria} /> : null}
            {v.criteria.length > 0 ? (
              <Card size="small" title={s.ruleTitle}>
                <SurveyRules view={v} locale={locale} r={r} s={s} />
              </Card>
            ) : null}
            {v.canEdit ? (
              <>
                <Card size="small" title={r.importTitle}>
                  <SurveyImport periodId={periodId} locale={locale} r={r} s={s} />
                </Card>
                <Card size="small" title={r.manualTitle}>
                  <SurveyManual periodId={periodId} view={v} units={units} r={r} s={s} />
                </Card>
              </>
            ) : null}
            <Card size="small" title={`${r.results} (${v.results.length})`}>
              <Table<Result>
                rowKey={(x) => `${x.unitId}/${x.nodeId}`}
                size="small"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={v.results}
                columns={[
                  { title: r.unit, render: (_, x) => unitName(x.unitId) },
                  { title: r.criterion, render: (_, x) => `${criterion(x.nodeId)?.code ?? ''} ${criterion(x.nodeId)?.name ?? ''}` },
                  { title: r.points, align: 'right', width: 90, render: (_, x) => <strong>{fmtPoints(x.points, locale)}</strong> },
                  { title: r.max, align: 'right', width: 90, render: (_, x) => fmtPoints(criterion(x.nodeId)?.max, locale) },
                  { title: r.groups, dataIndex: 'groups', align: 'right', width: 80 },
                  { title: '', render: (_, x) => <Typography.Text type="secondary">{x.explanation[locale]}</Typography.Text> },
                ]}
              />
            </Card>
            <Card size="small" title={`${r.figures} (${v.figures.length})`}>
              <ErrorAlert error={del.error} />
              <Table<SurveyFigure>
                rowKey="id"
                size="small"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={v.figures}
                data-testid="survey-figures"
                columns={[
                  { title: r.unit, dataIndex: 'unitName' },
                  { title: r.criterion, dataIndex: 'code', width: 90 },
                  { title: r.group, dataIndex: 'group', width: 160 },
                  {
                    title: r.value,
                    align: 'right',
                    width: 110,
                    render: (_, f) => (f.kind === 'score' ? fmtPoints(f.value, locale) : `${fmtPoints(f.value, locale)}%`),
                  },
                  {
                    title: r.source,
                    render: (_, f) => (
                      <span>
                        <Tag>{f.source.kind === 'file' ? r.sourceFile(f.source.fileName ?? '', f.source.row) : r.sourceManual}</Tag>
                        <Typography.Text type="secondary">
                          {formatDateTime(f.createdAt, locale)} · {f.createdBy ?? ''}
                        </Typography.Text>
                        {f.answers ? (
                          <Typography.Text type="secondary" style={{ display: 'block' }} data-testid="figure-shares">
                            {s.counts}: {Object.entries(f.answers).map(([a, n]) => `${n} ${a}`).join(' · ')} — {s.convertedWith} {sharesLine(f.shares ?? [], locale)}
                          </Typography.Text>
                        ) : null}
                      </span>
                    ),
                  },
                  ...(v.canEdit
                    ? [
                        {
                          title: '',
                          width: 60,
                          render: (_: unknown, f: SurveyFigure) => (
                            <Button
                              size="small"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={r.delete}
                              onClick={() => {
                                modal.confirm({ title: r.deleteConfirm, onOk: () => del.mutateAsync(f.id).catch(() => undefined) });
                              }}
                            />
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          </Flex>
        ) : null}
      </QueryState>
    </div>
  );
}
