// The period's criterion deadlines: every deadline criterion of its set with the set's own date,
// a date picker (dd/mm/yyyy) for those the set leaves to the organiser, a note saying on what
// basis, and the deadline scoring uses. All changes are saved at once; the server's message
// for a row (bad date, a finalised unit the change would move) is shown on that row and the
// typed dates stay.
import { Alert, App, Button, DatePicker, Flex, Input, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { CriterionDeadline, PeriodDeadlines, PeriodDeadlinesSaved, PutPeriodDeadlines } from '../../../../src/shared/api/periods';
import { api } from '../../api/client';
import { isApiError } from '../../api/errors';
import { formatDate } from '../../components/format';
import { ErrorAlert } from '../../components/serverErrors';
import { useBi, useLocale } from '../../i18n';
import { useDeadlineMessages } from './deadlineMessages';
import { monthDay } from '../../components/assessment/deadline';

interface Draft {
  deadline: string | null;
  note: string;
}

const keyOf = (periodId: string) => ['periods', periodId, 'deadlines'] as const;

export function DeadlinesSection({ periodId }: { periodId: string }) {
  const m = useDeadlineMessages();
  const bi = useBi();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: keyOf(periodId), queryFn: () => api.get<PeriodDeadlines>(`/periods/${encodeURIComponent(periodId)}/deadlines`) });
  const [drafts, setDrafts] = useState<Map<string, Draft>>(new Map());

  // The server's values are the starting point; a refetch after saving replaces the drafts.
  const stored = useMemo(() => new Map((list.data?.criteria ?? []).map((c) => [c.criterionId, { deadline: c.periodDeadline, note: c.note ?? '' }])), [list.data]);
  useEffect(() => setDrafts(new Map(stored)), [stored]);

  const changed = [...drafts].filter(([id, d]) => {
    const s = stored.get(id);
    return s !== undefined && (s.deadline !== d.deadline || s.note !== d.note);
  });

  const save = useMutation({
    mutationFn: (sent: PutPeriodDeadlines) => api.put<PeriodDeadlinesSaved>(`/periods/${encodeURIComponent(periodId)}/deadlines`, sent),
    onSuccess: (saved) => {
      qc.setQueryData(keyOf(periodId), saved);
      // Items already scored against these deadlines have new points.
      void qc.invalidateQueries({ queryKey: ['assessment', periodId] });
      void qc.invalidateQueries({ queryKey: ['assessments', periodId] });
      void message.success(m.saved(saved.recomputed.self, saved.recomputed.appraisal));
    },
  });
  const sent = save.variables?.deadlines ?? [];
  // "deadlines.<i>.…" of the request → that row.
  const rowErrors = new Map<string, string[]>();
  if (isApiError(save.error)) {
    for (const f of save.error.fieldErrors()) {
      const i = /^deadlines\.(\d+)/.exec(f.field)?.[1];
      const id = i === undefined ? undefined : sent[Number(i)]?.criterionId;
      if (id !== undefined) rowErrors.set(id, [...(rowErrors.get(id) ?? []), f.message[locale]]);
    }
  }

  const data = list.data;
  const editable = data?.canEdit === true;
  const range = data?.range;
  const update = (id: string, patch: Partial<Draft>) =>
    setDrafts((prev) => {
      const next = new Map(prev);
      next.set(id, { ...(prev.get(id) ?? { deadline: null, note: '' }), ...patch });
      return next;
    });
  const submit = () =>
    save.mutate({ deadlines: changed.map(([criterionId, d]) => ({ criterionId, deadline: d.deadline, note: d.note.trim() === '' ? null : d.note.trim() })) });

  const documentText = (c: CriterionDeadline) => {
    if (!c.documentDeadline) return null;
    return /^\d{2}-\d{2}$/.test(c.documentDeadline) ? m.yearly(monthDay(c.documentDeadline, locale)) : formatDate(c.documentDeadline, locale);
  };
  const missing = (data?.criteria ?? []).filter((c) => c.effective === null).length;

  return (
    <div data-testid="period-deadlines">
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {data && !editable ? <Alert type="info" showIcon message={m.readOnly} style={{ marginBottom: 12 }} /> : null}
      {data && missing > 0 ? <Alert type="warning" showIcon message={m.missing(missing)} style={{ marginBottom: 12 }} data-testid="deadlines-missing" /> : null}
      {/* The summary stays above the table; each row also shows its own message. */}
      <ErrorAlert error={save.error} />
      <Table<CriterionDeadline>
        rowKey="criterionId"
        size="small"
        loading={list.isPending}
        pagination={false}
        dataSource={data?.criteria ?? []}
        locale={{ emptyText: m.empty }}
        onRow={(c) => ({ 'data-testid': 'deadline-row', 'data-code': c.code }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: m.code, dataIndex: 'code', width: 80, render: (code: string) => <Typography.Text strong>{code}</Typography.Text> },
          {
            title: m.criterion,
            key: 'criterion',
            render: (_: unknown, c) => (
              <div>
                <div>{bi(c.title)}</div>
                <Flex gap={4} wrap style={{ marginTop: 2 }}>
                  {c.scoredBy !== 'unit' ? <Tag color="purple">{m.scoredByAppraiser}</Tag> : null}
                  {c.answered > 0 ? <Tag>{m.answered(c.answered)}</Tag> : null}
                </Flex>
              </div>
            ),
          },
          {
            title: m.documentDeadline,
            key: 'document',
            width: 130,
            render: (_: unknown, c) => documentText(c) ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
          {
            title: m.periodDeadline,
            key: 'period',
            width: 300,
            render: (_: unknown, c) => {
              if (c.documentDeadline) return <Typography.Text type="secondary">{m.fromDocument}</Typography.Text>;
              const d = drafts.get(c.criterionId) ?? { deadline: null, note: '' };
              const errors = rowErrors.get(c.criterionId) ?? [];
              return (
                <Flex vertical gap={4}>
                  <DatePicker
                    aria-label={`${c.code} — ${m.periodDeadline}`}
                    data-testid="deadline-date"
                    format="DD/MM/YYYY"
                    placeholder="dd/mm/yyyy"
                    disabled={!editable}
                    status={errors.length > 0 ? 'error' : undefined}
                    value={d.deadline ? dayjs(d.deadline) : null}
                    disabledDate={range ? (day) => day.format('YYYY-MM-DD') < range.from || day.format('YYYY-MM-DD') > range.to : undefined}
                    onChange={(day) => update(c.criterionId, { deadline: day ? day.format('YYYY-MM-DD') : null })}
                    style={{ width: '100%' }}
                  />
                  <Input.TextArea
                    aria-label={`${c.code} — ${m.note}`}
                    data-testid="deadline-note"
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    placeholder={m.notePlaceholder}
                    disabled={!editable}
                    maxLength={1000}
                    value={d.note}
                    onChange={(e) => update(c.criterionId, { note: e.target.value })}
                  />
                  {errors.map((e, i) => (
                    <Typography.Text type="danger" key={i} data-testid="deadline-error">
                      {e}
                    </Typography.Text>
                  ))}
                </Flex>
              );
            },
          },
          {
            title: m.effective,
            key: 'effective',
            width: 110,
            render: (_: unknown, c) =>
              c.effective ? (
                <span data-testid="deadline-effective">{formatDate(c.effective, locale)}</span>
              ) : (
                <Tag color="warning" data-testid="deadline-effective">
                  {m.none}
                </Tag>
              ),
          },
        ]}
      />
      {editable && data && data.criteria.some((c) => !c.documentDeadline) ? (
        <Flex gap={8} align="center" justify="end" style={{ marginTop: 12 }} wrap>
          {range ? <Typography.Text type="secondary">{m.range(formatDate(range.from, locale), formatDate(range.to, locale))}</Typography.Text> : null}
          <Typography.Text type={changed.length > 0 ? 'warning' : 'secondary'} data-testid="deadlines-changed">
            {m.changed(changed.length)}
          </Typography.Text>
          <Button
            disabled={changed.length === 0 || save.isPending}
            onClick={() => {
              save.reset();
              setDrafts(new Map(stored));
            }}
          >
            {m.reset}
          </Button>
          <Button type="primary" disabled={changed.length === 0} loading={save.isPending} onClick={submit} data-testid="deadlines-save">
            {m.save}
          </Button>
        </Flex>
      ) : null}
    </div>
  );
}
