// The heading of a screen with its actions on the right; sets the window title too.
import { Flex, Typography } from 'antd';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

export function PageTitle({ title, extra }: { title: string; extra?: ReactNode }) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t.app.name}`;
  }, [title, t]);
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
    </Flex>
  );
}
