// Loading and failure states of a query, the same on every screen.
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../api/errors';
import { useBi, useT } from '../i18n';

interface Props {
  loading: boolean;
  error: unknown;
  retry: () => void;
  children: ReactNode;
}

export function QueryState({ loading, error, retry, children }: Props) {
  const t = useT();
  const bi = useBi();
  if (loading) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin size="large" tip={t.common.loading}>
          <div style={{ minHeight: 48 }} />
        </Spin>
      </div>
    );
  }
  if (error) {
    return (
      <Result
        status="warning"
        title={t.common.loadFailed}
        subTitle={isApiError(error) ? bi(error.text) : undefined}
        extra={<Button onClick={retry}>{t.common.retry}</Button>}
      />
    );
  }
  return <>{children}</>;
}
