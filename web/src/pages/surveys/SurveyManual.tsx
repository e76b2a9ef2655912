// Entering one survey figure by hand: unit, criterion, respondent group (one of the set's groups
// when it lists them), and a percent, a score or the counts of answers per option of the chosen
// criterion's scale (converted on the server with the criterion's answer shares).
import { Button, Form, Input, InputNumber, Segmented, Select, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PutSurveyFigure, SurveyFigure, SurveyView } from '../../../../src/shared/api/surveys';
import { api } from '../../api/client';
import { useServerErrors } from '../../components/serverErrors';
import { useLocale } from '../../i18n';
import { fmtPoints } from '../assessment/format';
import type { ResultsMessages } from '../results/messages';
import type { SurveyMessages } from './messages';

type Kind = 'percent' | 'score' | 'answers';
interface Values {
  unitId: string;
  nodeId: string;
  group: string;
  value?: string;
  answers?: Record<string, number | null>;
}

export function SurveyManual({ periodId, view, units, r, s }: { periodId: string; view: SurveyView; units: { value: string; label: string }[]; r: ResultsMessages; s: SurveyMessages }) {
  const qc = useQueryClient();
  const { locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<Kind>('percent');
  const nodeId = Form.useWatch('nodeId', form);
  const rule = view.criteria.find((c) => c.nodeId === nodeId)?.rule ?? null;
  const errors = useServerErrors(form, ['unitId', 'nodeId', 'group', 'percent', 'score', 'answers'], { percent: 'value', score: 'value' });
  const put = useMutation({
    mutationFn: (body: PutSurveyFigure) => api.put<SurveyFigure>(`/periods/${encodeURIComponent(periodId)}/surveys/figures`, body),
    onSuccess: async () => {
      errors.clear();
      form.resetFields(['value', 'answers']);
      await qc.invalidateQueries({ queryKey: ['surveys', periodId] });
    },
    onError: errors.setError,
  });
  const submit = (v: Values) => {
    const base = { unitId: v.unitId, nodeId: v.nodeId, group: v.group.trim() };
    const value = (v.value ?? '').trim().replace(',', '.');
    if (kind === 'percent') put.mutate({ ...base, percent: value });
    else if (kind === 'score') put.mutate({ ...base, score: value });
    else {
      const answers: Record<string, number> = {};
      for (const [k, n] of Object.entries(v.answers ?? {})) if (typeof n === 'number') answers[k] = n;
      put.mutate({ ...base, answers });
    }
  };
  return (
    <div data-testid="survey-manual">
      {errors.alert}
      <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
        <Form.Item name="unitId" rules={[{ required: true, message: r.unit }]}>
          <Select showSearch optionFilterProp="label" placeholder={r.unit} options={units} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="nodeId" rules={[{ required: true, message: r.criterion }]}>
          <Select
            placeholder={r.criterion}
            style={{ width: 260 }}
            options={view.criteria.map((c) => ({ value: c.nodeId, label: `${c.code ?? ''} ${c.name}` }))}
          />
        </Form.Item>
        <Form.Item name="group" rules={[{ required: true, whitespace: true, message: r.group }]}>
          {rule?.groups ? (
            <Select placeholder={r.group} style={{ width: 200 }} options={rule.groups.map((g) => ({ value: g.name, label: locale === 'en' ? (g.nameEn ?? g.name) : g.name }))} />
          ) : (
            <Input placeholder={r.group} style={{ width: 180 }} />
          )}
        </Form.Item>
        <Form.Item>
          <Segmented<Kind>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'percent', label: r.percent },
              { value: 'score', label: r.score },
              { value: 'answers', label: r.answers },
            ]}
          />
        </Form.Item>
        {kind === 'answers' ? (
          rule ? (
            rule.answers.map((a) => (
              <Form.Item key={`${nodeId ?? ''}/${a.answer}`} name={['answers', a.answer]} label={`${a.answer} (${fmtPoints(a.percent, locale)}%)`}>
                <InputNumber<number> min={0} precision={0} style={{ width: 90 }} data-testid={`answer-${a.answer}`} />
              </Form.Item>
            ))
          ) : (
            <Form.Item>
              <Typography.Text type="secondary">{s.chooseCriterion}</Typography.Text>
            </Form.Item>
          )
        ) : (
          <Form.Item name="value" rules={[{ required: true, message: r.value }]}>
            <Input placeholder={kind === 'percent' ? r.percent : r.score} inputMode="decimal" style={{ width: 120 }} />
          </Form.Item>
        )}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={put.isPending}>
            {r.add}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}
