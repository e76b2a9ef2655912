// Create or edit one unit. On a server error the dialog stays open with the input as typed.
import { App, Form, Input, Select, Switch } from 'antd';
import type { InputRef } from 'antd';
import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unitKeys } from '../../api/queries';
import type { Unit, UnitInput, UnitType, UnitTypeId } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { useServerErrors } from '../../components/serverErrors';
import { useBi, useT } from '../../i18n';
import { fold } from '../../components/fold';

interface Props {
  unit: Unit | null;
  units: Unit[];
  types: UnitType[];
  onClose: () => void;
}

interface Fields {
  code: string;
  name: string;
  type: UnitTypeId;
  parentId: string | null;
  active: boolean;
}

const FIELDS = ['code', 'name', 'type', 'parentId', 'active'] as const;

export function UnitFormDialog({ unit, units, types, onClose }: Props) {
  const t = useT();
  const bi = useBi();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const errors = useServerErrors(form, FIELDS);
  const first = useRef<InputRef>(null);

  const save = useMutation({
    mutationFn: (v: Fields) => {
      const body: UnitInput = { code: v.code.trim(), name: v.name.trim(), type: v.type, parentId: v.parentId ?? null };
      return unit ? api.patch<Unit>(`/units/${encodeURIComponent(unit.id)}`, { ...body, active: v.active }) : api.post<Unit>('/units', body);
    },
    onMutate: () => errors.clear(),
    onError: (e) => errors.setError(e),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: unitKeys.all });
      void message.success(t.common.saved);
      onClose();
    },
  });

  const parents = units.filter((u) => u.id !== unit?.id);
  return (
    <FormDialog
      form={form}
      title={unit ? t.units.editTitle : t.units.createTitle}
      saving={save.isPending}
      onClose={onClose}
      alert={errors.alert}
      // The dialog takes the focus itself when it opens; hand it on to the first field.
      afterOpenChange={(open) => open && first.current?.focus()}
      data-testid="unit-dialog"
    >
      <Form<Fields>
        form={form}
        name="unit"
        layout="vertical"
        initialValues={unit ? { ...unit } : { active: true, parentId: null }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item label={t.units.code} name="code" rules={[{ required: true, whitespace: true, message: t.common.required(t.units.code) }]}>
          <Input ref={first} maxLength={50} />
        </Form.Item>
        <Form.Item label={t.units.name} name="name" rules={[{ required: true, whitespace: true, message: t.common.required(t.units.name) }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t.units.type} name="type" rules={[{ required: true, message: t.common.requiredChoice(t.units.type) }]}>
          <Select options={types.map((x) => ({ value: x.id, label: bi(x.name) }))} />
        </Form.Item>
        <Form.Item label={t.units.parent} name="parentId">
          <Select
            allowClear
            showSearch
            placeholder={t.units.noParent}
            filterOption={(input, opt) => fold(String(opt?.label ?? '')).includes(fold(input))}
            options={parents.map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))}
          />
        </Form.Item>
        {unit ? (
          <Form.Item label={t.units.status} name="active" valuePropName="checked">
            <Switch checkedChildren={t.common.active} unCheckedChildren={t.common.inactive} />
          </Form.Item>
        ) : null}
      </Form>
    </FormDialog>
  );
}
