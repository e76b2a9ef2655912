// Create or edit a period: name, kind, year, unit type, the criteria set of that type,
// the data window, deadlines and participating units. Server errors land beside their field.
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { useFrameworks, useUnitTypes, useUnits } from '../../api/queries';
import type { Period, PeriodInput, UnitTypeId } from '../../api/types';
import { fold } from '../../components/fold';
import { FormDialog } from '../../components/FormDialog';
import { useServerErrors } from '../../components/serverErrors';
import { useBi, useT } from '../../i18n';

interface Fields {
  name: string;
  kind: PeriodInput['kind'];
  year: number;
  unitType: UnitTypeId;
  frameworkId: string;
  dataWindow: [Dayjs, Dayjs];
  selfAssessmentDeadline: Dayjs;
  appraisalWindow: [Dayjs, Dayjs];
  explanationDeadline?: Dayjs | null;
  unitIds: string[];
}

const FIELDS = ['name', 'kind', 'year', 'unitType', 'frameworkId', 'dataWindow', 'selfAssessmentDeadline', 'appraisalWindow', 'explanationDeadline', 'unitIds'];
const ALIAS = { dataStart: 'dataWindow', dataEnd: 'dataWindow', appraisalStart: 'appraisalWindow', appraisalEnd: 'appraisalWindow' };
const DATE = 'YYYY-MM-DD';

function toFields(p: Period): Fields {
  return {
    name: p.name,
    kind: p.kind,
    year: p.year,
    unitType: p.unitType,
    frameworkId: p.frameworkId,
    dataWindow: [dayjs(p.dataStart), dayjs(p.dataEnd)],
    selfAssessmentDeadline: dayjs(p.selfAssessmentDeadline),
    appraisalWindow: [dayjs(p.appraisalStart), dayjs(p.appraisalEnd)],
    explanationDeadline: p.explanationDeadline ? dayjs(p.explanationDeadline) : null,
    unitIds: p.unitIds ?? [],
  };
}

function toInput(v: Fields): PeriodInput {
  return {
    name: v.name.trim(),
    kind: v.kind,
    year: v.year,
    unitType: v.unitType,
    frameworkId: v.frameworkId,
    dataStart: v.dataWindow[0].format(DATE),
    dataEnd: v.dataWindow[1].format(DATE),
    selfAssessmentDeadline: v.selfAssessmentDeadline.format(DATE),
    appraisalStart: v.appraisalWindow[0].format(DATE),
    appraisalEnd: v.appraisalWindow[1].format(DATE),
    ...(v.explanationDeadline ? { explanationDeadline: v.explanationDeadline.format(DATE) } : {}),
    unitIds: v.unitIds,
  };
}

export function PeriodFormDialog({ period, onClose }: { period: Period | null; onClose: () => void }) {
  const t = useT();
  const bi = useBi();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const errors = useServerErrors(form, FIELDS, ALIAS);
  const types = useUnitTypes();
  const frameworks = useFrameworks();
  const units = useUnits(undefined, 'true');
  const unitType = Form.useWatch('unitType', form);
  const year = Form.useWatch('year', form);

  const save = useMutation({
    mutationFn: (v: Fields) =>
      period ? api.patch<Period>(`/periods/${encodeURIComponent(period.id)}`, toInput(v)) : api.post<Period>('/periods', toInput(v)),
    onMutate: () => errors.clear(),
    onError: (e) => errors.setError(e),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['periods'] });
      await qc.invalidateQueries({ queryKey: ['home'] });
      void message.success(t.common.saved);
      onClose();
    },
  });

  const fwOptions = (frameworks.data ?? [])
    .filter((f) => !unitType || f.unitType === unitType)
    .sort((a, b) => Number(b.year === year) - Number(a.year === year) || b.year - a.year)
    .map((f) => ({ value: f.id, label: `${f.name} (${f.year}, v${f.version})` }));
  const unitsOfType = (units.data ?? []).filter((u) => !unitType || u.type === unitType);
  const required = (label: string) => [{ required: true, message: t.common.requiredChoice(label) }];
  const windowRules = (label: string) => [
    ...required(label),
    {
      validator: (_: unknown, v: [Dayjs, Dayjs] | undefined) =>
        !v || !v[1].isBefore(v[0]) ? Promise.resolve() : Promise.reject(new Error(t.periods.dateOrder)),
    },
  ];

  return (
    <FormDialog
      form={form}
      width={760}
      title={period ? t.periods.editTitle : t.periods.createTitle}
      saving={save.isPending}
      onClose={onClose}
      alert={errors.alert}
      data-testid="period-dialog"
    >
      <Form<Fields>
        form={form}
        name="period"
        layout="vertical"
        initialValues={period ? toFields(period) : { kind: 'yearly', year: new Date().getFullYear(), unitIds: [] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item label={t.periods.name} name="name" rules={[{ required: true, whitespace: true, message: t.common.required(t.periods.name) }]}>
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item label={t.periods.kind} name="kind" rules={required(t.periods.kind)}>
              <Select options={(['yearly', 'half-year'] as const).map((k) => ({ value: k, label: t.periods.kinds[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item label={t.periods.year} name="year" rules={[{ required: true, message: t.common.required(t.periods.year) }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item label={t.periods.unitType} name="unitType" rules={required(t.periods.unitType)}>
              <Select
                options={(types.data ?? []).map((x) => ({ value: x.id, label: bi(x.name) }))}
                onChange={() => form.setFieldsValue({ frameworkId: undefined, unitIds: [] })}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t.periods.framework} name="frameworkId" rules={required(t.periods.framework)}>
          <Select loading={frameworks.isPending} options={fwOptions} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={t.periods.dataWindow} name="dataWindow" rules={windowRules(t.periods.dataWindow)}>
              <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t.periods.selfAssessmentDeadline} name="selfAssessmentDeadline" rules={required(t.periods.selfAssessmentDeadline)}>
              <DatePicker format="DD/MM/YYYY" placeholder={t.common.pickDate} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t.periods.appraisalWindow} name="appraisalWindow" rules={windowRules(t.periods.appraisalWindow)}>
              <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t.periods.explanationDeadline} name="explanationDeadline">
              <DatePicker format="DD/MM/YYYY" placeholder={t.common.pickDate} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={t.periods.units}
          name="unitIds"
          rules={[{ required: true, type: 'array', min: 1, message: t.common.requiredChoice(t.periods.units) }]}
          extra={
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0 }}
              disabled={!unitType}
              onClick={() => form.setFieldsValue({ unitIds: unitsOfType.map((u) => u.id) })}
            >
              {t.periods.selectAllUnits}
            </Button>
          }
        >
          <Select
            mode="multiple"
            allowClear
            loading={units.isPending}
            maxTagCount="responsive"
            filterOption={(input, opt) => fold(String(opt?.label ?? '')).includes(fold(input))}
            options={unitsOfType.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))}
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
