// The only screen without a session. After a failed attempt the username stays, the password
// is emptied and focused, and the server's message shows in the current language.
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useEffect, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import type { Locale } from '../../api/types';
import { isApiError } from '../../api/errors';
import { useLogin } from '../../app/session';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useBi, useLocale, useT } from '../../i18n';

interface Fields {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const bi = useBi();
  const { locale, setLocale } = useLocale();
  const [form] = Form.useForm<Fields>();
  const login = useLogin();
  const passwordRef = useRef<InputRef>(null);
  // A language picked here is an explicit wish: it is saved to the account at login.
  const [picked, setPicked] = useState(false);

  useEffect(() => {
    document.title = `${t.login.title} · ${t.app.name}`;
  }, [t]);

  const onLocale = (l: Locale) => {
    setPicked(true);
    setLocale(l);
  };

  const onFinish = (v: Fields) => {
    login.mutate(
      { username: v.username.trim(), password: v.password, ...(picked ? { locale } : {}) },
      {
        onError: () => {
          form.setFieldValue('password', '');
          passwordRef.current?.focus();
        },
      },
    );
  };

  const err = login.error;
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="start" gap={12}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="product-name">
              {t.app.name}
            </Typography.Title>
            <Typography.Text type="secondary">{t.login.subtitle}</Typography.Text>
          </div>
          <LanguageSwitch onChange={onLocale} />
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 24 }}>
          {t.login.title}
        </Typography.Title>
        {err ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            style={{ marginBottom: 16 }}
            message={isApiError(err) ? bi(err.text) : t.common.loadFailed}
          />
        ) : null}
        <Form<Fields> name="login" form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            label={t.login.username}
            name="username"
            rules={[{ required: true, whitespace: true, message: t.common.required(t.login.username) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t.login.password}
            name="password"
            rules={[{ required: true, message: t.common.required(t.login.password) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" ref={passwordRef} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t.login.submit}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
