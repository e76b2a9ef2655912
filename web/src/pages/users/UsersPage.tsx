// Accounts (administrators only): list, create, edit role/unit/scopes, disable or enable,
// reset a password.
import { App, Button, Flex, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import type { User } from '../../api/types';
import { useUser } from '../../app/session';
import { KeyboardTable } from '../../components/KeyboardTable';
import { useReturnFocus } from '../../components/returnFocus';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { ErrorAlert } from '../../components/serverErrors';
import { useT } from '../../i18n';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserFormDialog } from './UserFormDialog';
import { useUM } from './messages';

export const userKeys = { all: ['users'] as const };

export function UsersPage() {
  const t = useT();
  const m = useUM();
  const me = useUser();
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const users = useQuery({ queryKey: userKeys.all, queryFn: () => api.get<User[]>('/users') });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const focus = useReturnFocus();
  const open = (u: User | 'new') => {
    focus.remember();
    setEditing(u);
  };

  const toggle = useMutation({
    mutationFn: (u: User) => api.patch<User>(`/users/${encodeURIComponent(u.id)}`, { active: !u.active }),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
  const confirmToggle = (u: User): void => {
    modal.confirm({
      title: u.active ? t.users.disable : t.users.enable,
      content: u.active ? t.users.confirmDisable(u.displayName) : t.users.confirmEnable(u.displayName),
      okText: t.common.confirm,
      okButtonProps: { danger: u.active },
      cancelText: t.common.cancel,
      onOk: () => toggle.mutateAsync(u).catch(() => undefined),
    });
  };

  return (
    <div data-testid="users-page">
      <PageTitle
        title={t.users.title}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="users-add">
            {t.users.add}
          </Button>
        }
      />
      <ErrorAlert error={toggle.error} />
      <QueryState loading={false} error={users.error} retry={() => void users.refetch()}>
        <KeyboardTable<User>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data ?? []}
          rowLabel={(u) => `${u.username} ${u.displayName}`}
          onOpen={(u) => open(u)}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          columns={[
            { title: t.users.username, dataIndex: 'username', width: 150 },
            {
              // The address under the name: one more column would push the actions out of view.
              title: `${t.users.displayName} / ${m.email}`,
              dataIndex: 'displayName',
              render: (name: string, u: User) => (
                <Flex vertical>
                  <span>{name}</span>
                  {u.email ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="user-email">
                      {u.email}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            { title: t.users.role, dataIndex: 'role', width: 220, render: (r: User['role']) => t.roles[r] },
            { title: t.users.unit, dataIndex: 'unitName', width: 220, render: (v: string | null) => v ?? '' },
            {
              title: t.users.status,
              dataIndex: 'active',
              width: 140,
              render: (a: boolean) => (a ? <Tag color="green">{t.users.active}</Tag> : <Tag color="red">{t.users.disabled}</Tag>),
            },
            {
              title: t.common.actions,
              key: 'actions',
              width: 230,
              render: (_: unknown, u: User) => (
                <Flex gap={4}>
                  <Button size="small" onClick={() => setResetting(u)}>
                    {t.users.resetPassword}
                  </Button>
                  {u.id !== me.id ? (
                    <Button size="small" danger={u.active} onClick={() => {
                        confirmToggle(u);
                      }}>
                      {u.active ? t.users.disable : t.users.enable}
                    </Button>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </QueryState>
      {editing ? <UserFormDialog
          user={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(null);
            focus.restore();
          }}
        /> : null}
      {resetting ? <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} /> : null}
    </div>
  );
}
