// The bell in the header: unread in-app notifications (reminders, returned forms, reopenings),
// each opening its link and marked read. Quietly absent when the server has no notifications yet.
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { formatDateTime } from '../format';
import { useLocale } from '../../i18n';
import { assessmentKeys, useNotifications } from '../../pages/assessment/api';
import { useAT } from '../../pages/assessment/messages';

export function NotificationBell() {
  const a = useAT();
  const { locale } = useLocale();
  const qc = useQueryClient();
  const list = useNotifications();
  const read = useMutation({
    mutationFn: (id: string) => api.post<void>(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: assessmentKeys.notifications }),
  });
  if (list.isError) return null;
  const unread = (list.data ?? []).filter((n) => !n.readAt);
  const content = (
    <div style={{ width: 360, maxHeight: 420, overflow: 'auto' }} data-testid="notifications">
      {unread.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={a.noNotifications} /> : null}
      <List
        size="small"
        dataSource={unread}
        renderItem={(n) => (
          <List.Item
            data-testid="notification"
            actions={[
              <Button key="read" size="small" type="link" onClick={() => read.mutate(n.id)}>
                {a.markRead}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                n.link && n.link.startsWith('/') && !n.link.startsWith('//') ? (
                  <a
                    onClick={() => {
                      read.mutate(n.id);
                      navigate(n.link ?? '/');
                    }}
                  >
                    {n.message[locale]}
                  </a>
                ) : (
                  n.message[locale]
                )
              }
              description={
                <Typography.Text type="secondary">{formatDateTime(n.at, locale)}</Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
  return (
    <Popover content={content} title={a.notifications} trigger="click" placement="bottomRight">
      <Badge count={unread.length} size="small" offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />} aria-label={a.notifications} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
