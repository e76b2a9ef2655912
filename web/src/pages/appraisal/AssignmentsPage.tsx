// The organiser assigns appraisers (#/periods/:periodId/appraisal/assignments): a matrix with one
// row per appraiser, a tick per field (the department that appraises it is named in the column
// head) and the units they cover. Each row is saved on its own; the server names unknown
// fields/units (`fields.N`, `unitIds.N`).
import { App, Button, Checkbox, Flex, Select, Table, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Assignment, AssignmentsView } from '../../../../src/shared/api/appraisal';
import { api } from '../../api/client';
import type { Period } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { ErrorAlert } from '../../components/serverErrors';
import { useLocale, useT } from '../../i18n';
import { fmtPoints } from '../assessment/format';
import { useAssignments, useSaveAssignment } from './api';
import { useAppraisalT } from './messages';

type Draft = { fields: string[]; unitIds: string[] };

function useRowEditor(row: Assignment, periodId: string) {
  const m = useAppraisalT();
  const { message } = App.useApp();
  const save = useSaveAssignment(periodId);
  const [draft, setDraft] = useState<Draft>({ fields: row.fields, unitIds: row.unitIds });
  useEffect(() => setDraft({ fields: row.fields, unitIds: row.unitIds }), [row.fields, row.unitIds]);
  // A scope taken from the account is not yet this period's: saving it as it stands is a change.
  const dirty = row.source === 'account' || draft.fields.join() !== row.fields.join() || draft.unitIds.join() !== row.unitIds.join();
  const toggle = (fieldId: string, on: boolean) =>
    setDraft((d) => ({ ...d, fields: on ? [...d.fields, fieldId] : d.fields.filter((f) => f !== fieldId) }));
  const onSave = () =>
    save.mutate({ userId: row.userId, body: draft }, { onSuccess: () => void message.success(m.assignSaved(row.displayName)) });
  return { draft, dirty, toggle, setDraft, save, onSave };
}

export function AssignmentsPage({ periodId }: { periodId: string }) {
  const m = useAppraisalT();
  const view = useAssignments(periodId);
  const period = useQuery({ queryKey: ['periods', periodId], queryFn: () => api.get<Period>(`/periods/${encodeURIComponent(periodId)}`) });
  return (
    <div data-testid="assignments-page">
      <PageTitle title={period.data ? `${m.assignTitle} — ${period.data.name}` : m.assignTitle} />
      <QueryState loading={view.isPending} error={view.error} retry={() => void view.refetch()}>
        {view.data ? <Matrix view={view.data} periodId={periodId} /> : null}
      </QueryState>
    </div>
  );
}

function Matrix({ view, periodId }: { view: AssignmentsView; periodId: string }) {
  const m = useAppraisalT();
  const { locale } = useLocale();
  const unitOptions = useMemo(() => view.units.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` })), [view.units]);
  if (view.assignments.length === 0) return <Typography.Paragraph>{m.noAppraisers}</Typography.Paragraph>;
  return (
    <Table<Assignment>
      rowKey="userId"
      pagination={false}
      dataSource={view.assignments}
      bordered
      size="middle"
      columns={[
        {
          title: m.appraiser,
          width: 200,
          render: (_, r) => (
            <div>
              <strong>{r.displayName}</strong>
              <div>
                <Typography.Text type="secondary">{r.username}</Typography.Text>
              </div>
            </div>
          ),
        },
        {
          title: `${m.fields} / ${m.units}`,
          render: (_, r) => <AssignmentRow row={r} view={view} periodId={periodId} unitOptions={unitOptions} locale={locale} />,
        },
      ]}
    />
  );
}

function AssignmentRow({
  row,
  view,
  periodId,
  unitOptions,
  locale,
}: {
  row: Assignment;
  view: AssignmentsView;
  periodId: string;
  unitOptions: { value: string; label: string }[];
  locale: 'vi' | 'en';
}) {
  const m = useAppraisalT();
  const t = useT();
  const { draft, dirty, toggle, setDraft, save, onSave } = useRowEditor(row, periodId);
  return (
    <Flex vertical gap={8} data-testid="assignment-row" data-username={row.username}>
      <ErrorAlert error={save.error} />
      <Flex wrap gap={8}>
        {view.fields.map((f) => (
          <Tooltip key={f.id} title={f.appraisingDepartment ? `${m.department}: ${f.appraisingDepartment}` : undefined}>
            <Checkbox
              data-testid="assign-field"
              data-field-code={f.code ?? ''}
              checked={draft.fields.includes(f.id)}
              onChange={(e) => toggle(f.id, e.target.checked)}
            >
              {f.code ? `${f.code}. ` : ''}
              {f.name} ({fmtPoints(f.max, locale)})
            </Checkbox>
          </Tooltip>
        ))}
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Select
          mode="multiple"
          allowClear
          data-testid="assign-units"
          aria-label={m.units}
          placeholder={m.units}
          style={{ flex: '1 1 360px', minWidth: 280 }}
          maxTagCount="responsive"
          optionFilterProp="label"
          value={draft.unitIds}
          options={unitOptions}
          onChange={(unitIds: string[]) => setDraft((d) => ({ ...d, unitIds }))}
        />
        <Button onClick={() => setDraft((d) => ({ ...d, unitIds: view.units.map((u) => u.id) }))} data-testid="assign-all-units">
          {m.allUnits}
        </Button>
        <Typography.Text type="secondary">{m.unitsCount(draft.unitIds.length, view.units.length)}</Typography.Text>
        <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={onSave} data-testid="assign-save">
          {t.common.save}
        </Button>
        {row.source === 'account' ? (
          <Typography.Text type="secondary" data-testid="assign-from-account">
            {m.fromAccount}
          </Typography.Text>
        ) : null}
        {row.updatedAt ? (
          <Typography.Text type="secondary">
            {m.updated}: {formatDateTime(row.updatedAt, locale)}
          </Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
