// Create or edit an account. Unit roles need a unit; appraisers get a scope of fields and units.
// The e-mail address is optional: reminders are e-mailed there when the server has SMTP.
import { App, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useUnits } from '../../api/queries';
import { ROLES } from '../../api/types';
import type { Role, User, UserCreateInput, UserPatchInput } from '../../api/types';
import { fold } from '../../components/fold';
import { FormDialog } from '../../components/FormDialog';
import { useServerErrors } from '../../components/serverErrors';
import { useT } from '../../i18n';
import { emailOrNull, useUM } from './messages';

interface Fields {
  username: string;
  displayName: string;
  email?: string | null;
  role: Role;
  unitId?: string | null;
  password?: string;
  scopeFields?: string[];
  scopeUnitIds?: string[];
}

const FIELDS = ['username', 'displayName', 'email', 'role', 'unitId', 'password', 'scopeFields', 'scopeUnitIds'];
const ALIAS = { 'scopes.fields': 'scopeFields', 'scopes.unitIds': 'scopeUnitIds', scopes: 'scopeUnitIds' };
const UNIT_ROLES: readonly Role[] = ['unit-editor', 'unit-leader'];

export function UserFormDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const m = useUM();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const errors = useServerErrors(form, FIELDS, ALIAS);
  const units = useUnits();
  const role = Form.useWatch('role', form);

  const save = useMutation({
    mutationFn: (v: Fields) => {
      const scopes = v.role === 'appraiser' ? { fields: v.scopeFields ?? [], unitIds: v.scopeUnitIds ?? [] } : undefined;
      const unitId = v.unitId ?? null;
      const email = emailOrNull(v.email);
      if (user) {
        const patch: UserPatchInput = { displayName: v.displayName.trim(), email, role: v.role, unitId, ...(scopes ? { scopes } : {}) };
        return api.patch<User>(`/users/${encodeURIComponent(user.id)}`, patch);
      }
      const body: UserCreateInput = {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        email,
        role: v.role,
        unitId,
        password: v.password ?? '',
        ...(scopes ? { scopes } : {}),
      };
      return api.post<User>('/users', body);
    },
    onMutate: () => errors.clear(),
    onError: (e) => errors.setError(e),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['users'] });
      void message.success(t.common.saved);
      onClose();
    },
  });

  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }));
  const filter = (input: string, opt?: { label?: string }) => fold(opt?.label ?? '').includes(fold(input));
  const initial: Partial<Fields> = user
    ? { ...user, scopeFields: user.scopes?.fields ?? [], scopeUnitIds: user.scopes?.unitIds ?? [] }
    : { role: 'viewer' };

  return (
    <FormDialog
      form={form}
      title={user ? t.users.editTitle : t.users.createTitle}
      saving={save.isPending}
      onClose={onClose}
      alert={errors.alert}
      data-testid="user-dialog"
    >
      <Form<Fields> form={form} name="user" layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item label={t.users.username} name="username" rules={[{ required: true, whitespace: true, message: t.common.required(t.users.username) }]}>
          <Input disabled={Boolean(user)} autoComplete="off" autoFocus={!user} maxLength={64} />
        </Form.Item>
        <Form.Item label={t.users.displayName} name="displayName" rules={[{ required: true, whitespace: true, message: t.common.required(t.users.displayName) }]}>
          <Input maxLength={200} autoFocus={Boolean(user)} />
        </Form.Item>
        <Form.Item
          label={m.email}
          name="email"
          extra={m.emailHelp}
          rules={[{ type: 'email', transform: (v: string | null | undefined) => v?.trim() || undefined, message: m.emailInvalid }]}
        >
          <Input type="email" autoComplete="off" maxLength={254} placeholder="ten@donvi.gov.vn" />
        </Form.Item>
        <Form.Item label={t.users.role} name="role" rules={[{ required: true, message: t.common.requiredChoice(t.users.role) }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t.roles[r] }))} />
        </Form.Item>
        <Form.Item
          label={t.users.unit}
          name="unitId"
          rules={[{ required: UNIT_ROLES.includes(role), message: t.users.unitRequired }]}
        >
          <Select allowClear showSearch filterOption={filter} loading={units.isPending} options={unitOptions} />
        </Form.Item>
        {role === 'appraiser' ? (
          <>
            <Form.Item label={`${t.users.scopes}: ${t.users.scopeFields}`} name="scopeFields" extra={t.users.scopeFieldsHelp}>
              <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} />
            </Form.Item>
            <Form.Item label={`${t.users.scopes}: ${t.users.scopeUnits}`} name="scopeUnitIds">
              <Select mode="multiple" allowClear filterOption={filter} maxTagCount="responsive" options={unitOptions} />
            </Form.Item>
          </>
        ) : null}
        {user ? null : (
          <Form.Item label={t.users.initialPassword} name="password" rules={[{ required: true, message: t.common.required(t.users.initialPassword) }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </FormDialog>
  );
}
