// The frame around every screen once logged in: header (product, user, role, language,
// logout), the role's navigation on the side, the screen in the middle.
import { Button, Flex, Layout, Menu, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CloudUploadOutlined,
  CalendarOutlined,
  FormOutlined,
  ApartmentOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Locale } from '../api/types';
import { SCREEN_ORDER, canSee } from '../app/access';
import type { Screen } from '../app/access';
import { navigate } from '../app/router';
import { useLogout, useSwitchLocale, useUser } from '../app/session';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './assessment/NotificationBell';

const icons: Record<Screen, ReactNode> = {
  home: <HomeOutlined />,
  units: <ApartmentOutlined />,
  periods: <CalendarOutlined />,
  assessment: <FormOutlined />,
  appraisal: <SafetyCertificateOutlined />,
  results: <BarChartOutlined />,
  frameworks: <BookOutlined />,
  imports: <CloudUploadOutlined />,
  users: <TeamOutlined />,
  audit: <AuditOutlined />,
  password: <KeyOutlined />,
};

const paths: Record<Screen, string> = {
  home: '/',
  units: '/units',
  periods: '/periods',
  assessment: '/assessment',
  appraisal: '/appraisal',
  results: '/results',
  frameworks: '/frameworks',
  imports: '/imports',
  users: '/users',
  audit: '/audit',
  password: '/password',
};

export function AppShell({ screen, children }: { screen: Screen | null; children: ReactNode }) {
  const t = useT();
  const user = useUser();
  const logout = useLogout();
  const switchLocale = useSwitchLocale();

  const items: MenuProps['items'] = SCREEN_ORDER.filter((s) => canSee(user.role, s)).map((s) => ({
    key: s,
    icon: icons[s],
    label: t.nav[s],
  }));

  const focusMain = () => document.getElementById('main')?.focus();
  const onLocale = (l: Locale) => void switchLocale(l, true);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <button type="button" className="chiso-skip" onClick={focusMain}>
        {t.app.skipToContent}
      </button>
      <Layout.Header className="chiso-header" style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 20 }}>
        <a href="#/" className="chiso-header-title" data-testid="product-name" title={t.app.fullName}>
          {t.app.name}
        </a>
        <div style={{ flex: 1 }} />
        <Flex align="center" gap={8} className="chiso-header-user">
          <span data-testid="user-name">{user.displayName}</span>
          <Tag color="blue" data-testid="user-role" className="chiso-hide-narrow" style={{ marginInlineEnd: 0 }}>
            {t.roles[user.role]}
          </Tag>
        </Flex>
        <NotificationBell />
        <LanguageSwitch onChange={onLocale} />
        <Button
          icon={<LogoutOutlined />}
          onClick={() => logout.mutate()}
          loading={logout.isPending}
          data-testid="logout"
          aria-label={t.nav.logout}
        >
          <span className="chiso-hide-narrow">{t.nav.logout}</span>
        </Button>
      </Layout.Header>
      <Layout>
        <Layout.Sider breakpoint="lg" collapsedWidth={0} width={230} theme="light" zeroWidthTriggerStyle={{ top: 12 }}>
          <nav aria-label={t.nav.menu} data-testid="side-nav">
            <Menu
              mode="inline"
              selectedKeys={screen ? [screen] : []}
              items={items}
              onClick={({ key }) => navigate(paths[key as Screen])}
              style={{ borderInlineEnd: 0, paddingTop: 8 }}
            />
          </nav>
          {user.unitName ? (
            <Typography.Paragraph type="secondary" style={{ padding: '12px 24px', margin: 0 }} data-testid="user-unit">
              {user.unitName}
            </Typography.Paragraph>
          ) : null}
        </Layout.Sider>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 24, outline: 'none', minWidth: 0 }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
