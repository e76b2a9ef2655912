// Change one's own password: current, new, and the new one again.
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { useServerErrors } from '../../components/serverErrors';
import { useT } from '../../i18n';
import { MyEmailCard } from '../users/MyEmailCard';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword', 'confirm'];

export function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const errors = useServerErrors(form, FIELDS);
  const change = useMutation({
    mutationFn: (v: Fields) => api.post<void>('/me/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onMutate: () => errors.clear(),
    onError: (e) => errors.setError(e),
    onSuccess: () => {
      form.resetFields();
      void message.success(t.password.done);
    },
  });

  return (
    <div data-testid="password-page">
      <PageTitle title={t.password.title} />
      <Card style={{ maxWidth: 520 }}>
        <Typography.Paragraph type="secondary">{t.password.hint}</Typography.Paragraph>
        {errors.alert}
        <Form<Fields> form={form} name="password" layout="vertical" onFinish={(v) => change.mutate(v)}>
          <Form.Item label={t.password.current} name="currentPassword" rules={[{ required: true, message: t.common.required(t.password.current) }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label={t.password.next} name="newPassword" rules={[{ required: true, message: t.common.required(t.password.next) }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t.password.confirm}
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t.common.required(t.password.confirm) },
              ({ getFieldValue }) => ({
                validator: (_, v: string | undefined) =>
                  !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t.password.mismatch)),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t.password.title}
          </Button>
        </Form>
      </Card>
      <MyEmailCard />
    </div>
  );
}
