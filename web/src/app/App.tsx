// Decides what to show: a spinner while the session loads, the login page without a user,
// otherwise the shell with the screen of the current route (if the role may see it).
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { AppShell } from '../components/AppShell';
import { NetworkBar } from '../components/NetworkBar';
import { QueryState } from '../components/QueryState';
import { useT } from '../i18n';
import { AuditPage } from '../pages/audit/AuditPage';
import { HomePage } from '../pages/home/HomePage';
import { LoginPage } from '../pages/login/LoginPage';
import { ChangePasswordPage } from '../pages/password/ChangePasswordPage';
import { PeriodsPage } from '../pages/periods/PeriodsPage';
import { UnitsPage } from '../pages/units/UnitsPage';
import { UsersPage } from '../pages/users/UsersPage';
import { AssessmentHome } from '../pages/assessment/AssessmentHome';
import { assessmentRoute } from '../pages/assessment/routes';
import { AppraisalHome } from '../pages/appraisal/AppraisalHome';
import { cycleRoute } from '../pages/appraisal/routes';
import { cycleScreenOf } from '../pages/appraisal/paths';
import { FrameworksPage } from '../pages/frameworks/FrameworksPage';
import { ImportsPage } from '../pages/imports/ImportsPage';
import { canSee, screenOfPath } from './access';
import type { Screen } from './access';
import { navigate, useRoute } from './router';
import { useAccountLocale, useSession, useUser } from './session';

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
  return <AppShell screen={ownScreen ?? cycleScreenOf(path) ?? screen}>{body}</AppShell>;
}

export function App() {
  const session = useSession();
  const t = useT();
  useAccountLocale(session.data?.user);
  let body: ReactNode;
  if (session.isPending) {
    body = (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" tip={t.common.loading}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </div>
    );
  } else if (session.error) {
    body = (
      <QueryState loading={false} error={session.error} retry={() => void session.refetch()}>
        {null}
      </QueryState>
    );
  } else if (!session.data.user) {
    body = <LoginPage />;
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
