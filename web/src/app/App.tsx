// Decides what to show: a spinner while the session loads, the login page without a user,
// otherwise the shell with the screen of the current route (if the role may see it).
import { Button, Result, Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { AppShell } from '../components/AppShell';
import { NetworkBar } from '../components/NetworkBar';
import { QueryState } from '../components/QueryState';
import { useT } from '../i18n';
import { assessmentRoute } from '../pages/assessment/routes';
import { cycleRoute } from '../pages/appraisal/routes';
import { cycleScreenOf } from '../pages/appraisal/paths';
import { lazyPage } from './lazyPage';
import { canSee, screenOfPath } from './access';
import type { Screen } from './access';
import { navigate, useRoute } from './router';
import { useAccountLocale, useSession, useUser } from './session';

// One chunk per screen, fetched when first shown (the login page too: most visits have a session).
const AuditPage = lazyPage(() => import('../pages/audit/AuditPage').then((m) => m.AuditPage));
const HomePage = lazyPage(() => import('../pages/home/HomePage').then((m) => m.HomePage));
const LoginPage = lazyPage(() => import('../pages/login/LoginPage').then((m) => m.LoginPage));
const ChangePasswordPage = lazyPage(() => import('../pages/password/ChangePasswordPage').then((m) => m.ChangePasswordPage));
const PeriodsPage = lazyPage(() => import('../pages/periods/PeriodsPage').then((m) => m.PeriodsPage));
const UnitsPage = lazyPage(() => import('../pages/units/UnitsPage').then((m) => m.UnitsPage));
const UsersPage = lazyPage(() => import('../pages/users/UsersPage').then((m) => m.UsersPage));
const AssessmentHome = lazyPage(() => import('../pages/assessment/AssessmentHome').then((m) => m.AssessmentHome));
const AppraisalHome = lazyPage(() => import('../pages/appraisal/AppraisalHome').then((m) => m.AppraisalHome));
const FrameworksPage = lazyPage(() => import('../pages/frameworks/FrameworksPage').then((m) => m.FrameworksPage));
const ImportsPage = lazyPage(() => import('../pages/imports/ImportsPage').then((m) => m.ImportsPage));

/** What shows while a screen's chunk loads: the same spinner as a screen loading its data. */
function Loading({ fullPage = false }: { fullPage?: boolean }) {
  const t = useT();
  return (
    <div style={fullPage ? { minHeight: '100vh', display: 'grid', placeItems: 'center' } : { padding: 48, textAlign: 'center' }}>
      <Spin size="large" tip={t.common.loading}>
        <div style={fullPage ? { width: 120, height: 60 } : { minHeight: 48 }} />
      </Spin>
    </div>
  );
}

function ScreenView({ screen }: { screen: Screen }): ReactNode {
  switch (screen) {
    case 'home':
      return <HomePage />;
    case 'units':
      return <UnitsPage />;
    case 'periods':
      return <PeriodsPage />;
    case 'assessment':
      return <AssessmentHome />;
    case 'appraisal':
      return <AppraisalHome mode="appraisal" />;
    case 'results':
      return <AppraisalHome mode="results" />;
    case 'frameworks':
      return <FrameworksPage />;
    case 'imports':
      return <ImportsPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'password':
      return <ChangePasswordPage />;
  }
}

function Routed() {
  const t = useT();
  const user = useUser();
  const { path } = useRoute();
  const screen = screenOfPath(path);
  const back = (
    <Button type="primary" onClick={() => navigate('/')}>
      {t.common.backHome}
    </Button>
  );
  let body: ReactNode;
  if (!screen) body = <Result status="404" title={t.common.notFoundTitle} extra={back} />;
  else if (!canSee(user.role, screen))
    body = <Result status="403" title={t.common.forbiddenTitle} subTitle={t.common.forbiddenText} extra={back} />;
  else body = assessmentRoute(path) ?? cycleRoute(path) ?? <ScreenView screen={screen} />;
  // The self-assessment screens live under /periods/… but belong to "Tự đánh giá" in the menu.
  const ownScreen = screen && assessmentRoute(path) && canSee(user.role, 'assessment') ? 'assessment' : null;
  return (
    <AppShell screen={ownScreen ?? cycleScreenOf(path) ?? screen}>
      <Suspense fallback={<Loading />}>{body}</Suspense>
    </AppShell>
  );
}

export function App() {
  const session = useSession();
  useAccountLocale(session.data?.user);
  let body: ReactNode;
  if (session.isPending) {
    body = <Loading fullPage />;
  } else if (session.error) {
    body = (
      <QueryState loading={false} error={session.error} retry={() => void session.refetch()}>
        {null}
      </QueryState>
    );
  } else if (!session.data.user) {
    body = (
      <Suspense fallback={<Loading fullPage />}>
        <LoginPage />
      </Suspense>
    );
  } else {
    body = <Routed />;
  }
  return (
    <>
      <NetworkBar />
      {body}
    </>
  );
}
