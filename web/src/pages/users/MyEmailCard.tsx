// One's own e-mail address (PATCH /api/me), shown on the account page: reminders go there when
// the server sends e-mail. Empty = in-app notifications only.
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SessionInfo, User } from '../../api/types';
import { SESSION_KEY, useUser } from '../../app/session';
import { useServerErrors } from '../../components/serverErrors';
import { emailOrNull, useUM } from './messages';

interface Fields {
  email?: string;
}

const FIELDS = ['email'];

export function MyEmailCard() {
  const m = useUM();
  const me = useUser();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const errors = useServerErrors(form, FIELDS);
  const save = useMutation({
    mutationFn: (v: Fields) => api.patch<User>('/me', { email: emailOrNull(v.email) }),
    onMutate: () => errors.clear(),
    onError: (e) => errors.setError(e),
    onSuccess: (user) => {
      qc.setQueryData<SessionInfo>(SESSION_KEY, (old) => (old ? { ...old, user } : old));
      form.setFieldsValue({ email: user.email ?? '' });
      void message.success(user.email ? m.myEmailSaved : m.myEmailCleared);
    },
  });

  return (
    <Card title={m.myEmailTitle} style={{ maxWidth: 520, marginTop: 16 }} data-testid="my-email">
      <Typography.Paragraph type="secondary">{m.myEmailHint}</Typography.Paragraph>
      {errors.alert}
      <Form<Fields> form={form} name="my-email" layout="vertical" initialValues={{ email: me.email ?? '' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item label={m.email} name="email" rules={[{ type: 'email', transform: (v: string | undefined) => v?.trim(), message: m.emailInvalid }]}>
          <Input type="email" autoComplete="email" maxLength={254} placeholder="ten@donvi.gov.vn" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {m.myEmailSave}
        </Button>
      </Form>
    </Card>
  );
}
