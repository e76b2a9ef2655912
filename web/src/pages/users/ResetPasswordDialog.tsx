// An administrator sets a new password for someone who lost theirs.
import { App, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { User } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { useServerErrors } from '../../components/serverErrors';
import { useT } from '../../i18n';

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const errors = useServerErrors(form, ['password']);
  const reset = useMutation({
    mutationFn: (password: string) => api.post<void>(`/users/${encodeURIComponent(user.id)}/password`, { password }),
    onMutate: () => errors.clear(),
    onError: (e) => errors.setError(e),
    onSuccess: () => {
      void message.success(t.users.passwordReset);
      onClose();
    },
  });
  return (
    <FormDialog form={form} title={t.users.resetTitle(user.displayName)} saving={reset.isPending} onClose={onClose} alert={errors.alert}>
      <Form form={form} name="reset" layout="vertical" onFinish={(v) => reset.mutate(v.password)}>
        <Form.Item label={t.users.newPassword} name="password" rules={[{ required: true, message: t.common.required(t.users.newPassword) }]}>
          <Input.Password autoFocus autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
