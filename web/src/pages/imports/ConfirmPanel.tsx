// Where a previewed document goes: a new criteria set (name, unit type, year, version) or one
// unit's self-assessment in a period (period, unit, with the match against its criteria set).
// Form values live in this component's state, so a refused confirm never loses them.
import { Alert, Button, Card, Flex, Form, Input, InputNumber, List, Radio, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConfirmImport, ImportView } from '../../../../src/shared/api/imports';
import { api } from '../../api/client';
import type { ApiError } from '../../api/errors';
import { useUnits, useUnitTypes } from '../../api/queries';
import type { Period, UnitTypeId } from '../../api/types';
import { canManage } from '../../app/access';
import { useUser } from '../../app/session';
import { useBi } from '../../i18n';
import { matchForPeriod } from './api';
import { useIM } from './messages';

export interface FormState {
  target: 'framework' | 'assessment';
  name: string;
  unitType: UnitTypeId | undefined;
  year: number | null;
  version: string;
  periodId: string | undefined;
  unitId: string | undefined;
}

export function initialForm(view: ImportView, manager: boolean): FormState {
  return {
    target: view.kind === 'framework' && manager ? 'framework' : manager ? (view.kind === 'framework' ? 'framework' : 'assessment') : 'assessment',
    name: view.title ?? '',
    unitType: undefined,
    year: view.year,
    version: '1',
    periodId: undefined,
    unitId: undefined,
  };
}

interface Props {
  view: ImportView;
  form: FormState;
  setForm: (f: FormState) => void;
  busy: boolean;
  error: ApiError | null;
  onConfirm: (body: ConfirmImport) => void;
  onDiscard: () => void;
}

export function ConfirmPanel({ view, form, setForm, busy, error, onConfirm, onDiscard }: Props) {
  const m = useIM();
  const bi = useBi();
  const user = useUser();
  const manager = canManage(user.role);
  const unitTypes = useUnitTypes();
  const units = useUnits();
  const periods = useQuery({ queryKey: ['periods'], queryFn: () => api.get<Period[]>('/periods') });
  const match = useQuery({
    queryKey: ['import-match', view.id, form.periodId],
    queryFn: () => matchForPeriod(view.id, form.periodId!),
    enabled: form.target === 'assessment' && form.periodId !== undefined,
  });
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<FormState>) => setForm({ ...form, ...patch });
  const period = periods.data?.find((p) => p.id === form.periodId);
  const unitOptions = (units.data ?? [])
    .filter((u) => period?.unitIds.includes(u.id) && (manager || u.id === user.unitId))
    .map((u) => ({ value: u.id, label: u.name }));
  const fieldError = (f: string) => error?.fieldErrors().find((e) => e.field === f);
  const missing = (v: unknown) => tried && (v === undefined || v === null || v === '');

  const submit = () => {
    setTried(true);
    if (form.target === 'framework') {
      if (!form.unitType || form.year === null || form.version.trim() === '') return;
      onConfirm({ target: 'framework', ...(form.name.trim() ? { name: form.name.trim() } : {}), unitType: form.unitType, year: form.year, version: form.version.trim() });
    } else {
      if (!form.periodId || !form.unitId) return;
      onConfirm({ target: 'assessment', periodId: form.periodId, unitId: form.unitId });
    }
  };
  const status = (f: string, v: unknown) => (fieldError(f) || missing(v) ? 'error' : undefined);
  const help = (f: string, v: unknown) => (fieldError(f) ? bi(fieldError(f)!.message) : missing(v) ? m.required : undefined);

  return (
    <Card title={m.confirmTitle} data-testid="confirm-panel">
      {error ? <Alert type="error" showIcon message={bi(error.text)} style={{ marginBottom: 12 }} data-testid="confirm-error" /> : null}
      <Form layout="vertical" disabled={busy}>
        <Form.Item label={m.target}>
          <Radio.Group value={form.target} onChange={(e) => set({ target: e.target.value as FormState['target'] })} data-testid="confirm-target">
            {manager ? <Radio.Button value="framework">{m.toFramework}</Radio.Button> : null}
            {view.kind !== 'framework' ? <Radio.Button value="assessment">{m.toAssessment}</Radio.Button> : null}
          </Radio.Group>
        </Form.Item>
        {form.target === 'framework' ? (
          <Flex gap={12} wrap>
            <Form.Item label={m.fwName} style={{ flex: '2 1 320px' }} validateStatus={status('name', 'x')} help={help('name', 'x')}>
              <Input value={form.name} onChange={(e) => set({ name: e.target.value })} data-testid="fw-name" maxLength={300} />
            </Form.Item>
            <Form.Item label={m.unitType} required style={{ flex: '1 1 220px' }} validateStatus={status('unitType', form.unitType)} help={help('unitType', form.unitType)}>
              <Select
                data-testid="fw-unit-type"
                value={form.unitType}
                onChange={(v: UnitTypeId) => set({ unitType: v })}
                options={(unitTypes.data ?? []).map((u) => ({ value: u.id, label: bi(u.name) }))}
              />
            </Form.Item>
            <Form.Item label={m.year} required style={{ flex: '0 1 120px' }} validateStatus={status('year', form.year)} help={help('year', form.year)}>
              <InputNumber data-testid="fw-year" value={form.year} min={2000} max={2100} onChange={(v) => set({ year: v })} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={m.version} required style={{ flex: '0 1 120px' }} validateStatus={status('version', form.version)} help={help('version', form.version)}>
              <Input data-testid="fw-version" value={form.version} onChange={(e) => set({ version: e.target.value })} maxLength={40} />
            </Form.Item>
          </Flex>
        ) : (
          <Flex gap={12} wrap>
            <Form.Item label={m.period} required style={{ flex: '1 1 300px' }} validateStatus={status('periodId', form.periodId)} help={help('periodId', form.periodId)}>
              <Select
                data-testid="pick-period"
                placeholder={m.pickPeriod}
                value={form.periodId}
                onChange={(v: string) => set({ periodId: v, unitId: undefined })}
                options={(periods.data ?? []).filter((p) => p.status === 'draft' || p.status === 'open').map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
            <Form.Item label={m.unit} required style={{ flex: '1 1 300px' }} validateStatus={status('unitId', form.unitId)} help={help('unitId', form.unitId)}>
              <Select data-testid="pick-unit" placeholder={m.pickUnit} value={form.unitId} onChange={(v: string) => set({ unitId: v })} options={unitOptions} showSearch optionFilterProp="label" />
            </Form.Item>
          </Flex>
        )}
        {form.target === 'assessment' && match.data ? (
          <Alert
            style={{ marginBottom: 12 }}
            type={match.data.unmatched.length === 0 ? 'success' : 'warning'}
            showIcon
            message={m.matchedWith(match.data.frameworkName, match.data.matched)}
            description={
              match.data.unmatched.length === 0 ? m.allMatched : (
                <List size="small" header={m.unmatched} dataSource={match.data.unmatched} renderItem={(u) => <List.Item>{u.id} — {u.name}</List.Item>} />
              )
            }
          />
        ) : null}
        {form.target === 'framework' && view.findings.length > 0 ? (
          <Typography.Paragraph type="secondary">{m.findingsKept}</Typography.Paragraph>
        ) : null}
        <Flex gap={8} wrap>
          <Button type="primary" onClick={submit} loading={busy} data-testid="confirm-import">
            {m.confirm}
          </Button>
          <Button danger onClick={onDiscard} disabled={busy} data-testid="discard-import">
            {m.discard}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
