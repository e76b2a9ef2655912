// The first screen after login: what this role should do next (from GET /api/home), the
// deadlines coming up and a few key figures.
import { Card, Col, Row, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { HomeInfo } from '../../api/types';
import { useUser } from '../../app/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n';
import { DeadlineList } from './DeadlineList';
import { StatCards } from './StatCards';
import { TaskList } from './TaskList';

export function HomePage() {
  const t = useT();
  const user = useUser();
  const home = useQuery({ queryKey: ['home'], queryFn: () => api.get<HomeInfo>('/home') });

  return (
    <div data-testid="home-page" data-role={user.role}>
      <PageTitle title={`${t.nav.home} — ${t.roles[user.role]}`} />
      <Typography.Paragraph style={{ fontSize: 16 }}>
        <strong>{t.home.greeting(user.displayName)}</strong>
        {user.unitName ? ` · ${user.unitName}` : ''}
        <br />
        <Typography.Text type="secondary" data-testid="home-intro">
          {t.home.intro[user.role]}
        </Typography.Text>
      </Typography.Paragraph>
      {home.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <QueryState loading={false} error={home.error} retry={() => void home.refetch()}>
          {home.data ? (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card title={t.home.tasks} data-testid="home-tasks">
                  <TaskList tasks={home.data.tasks} />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card title={t.home.deadlines} data-testid="home-deadlines">
                  <DeadlineList deadlines={home.data.deadlines} />
                </Card>
              </Col>
              <Col span={24}>
                <StatCards stats={home.data.stats} />
              </Col>
            </Row>
          ) : null}
        </QueryState>
      )}
    </div>
  );
}
