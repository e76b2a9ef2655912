// Entry to self-assessment from the navigation (#/assessment): a unit's editor or leader sees the
// periods their unit takes part in with a button to the form; organisers see every period with a
// link to its progress view.
import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Period } from '../../api/types';
import { canManage } from '../../app/access';
import { navigate } from '../../app/router';
import { useUser } from '../../app/session';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLocale, useT } from '../../i18n';
import { useAT } from './messages';

export function assessmentPath(periodId: string, unitId: string): string {
  return `/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(unitId)}/assessment`;
}

export function AssessmentHome() {
  const a = useAT();
  const t = useT();
  const { locale } = useLocale();
  const user = useUser();
  const manage = canManage(user.role);
  const periods = useQuery({ queryKey: ['periods'], queryFn: () => api.get<Period[]>('/periods') });
  const mine = (periods.data ?? []).filter((p) => p.status !== 'draft' && (manage || (user.unitId !== null && (p.unitIds ?? []).includes(user.unitId))));

  return (
    <div data-testid="assessment-home">
      <PageTitle title={manage ? a.navProgress : a.title} />
      {!manage && !user.unitId ? <Empty description={a.noUnit} /> : null}
      <QueryState loading={periods.isPending} error={periods.error} retry={() => void periods.refetch()}>
        <Card>
          <List
            dataSource={mine}
            locale={{ emptyText: a.noPeriods }}
            renderItem={(p) => (
              <List.Item
                data-testid="assessment-period"
                actions={[
                  manage ? (
                    <Button key="go" type="primary" onClick={() => navigate(`/periods/${encodeURIComponent(p.id)}/progress`)} data-testid="open-progress">
                      {a.navProgress}
                    </Button>
                  ) : user.unitId ? (
                    <Button key="go" type="primary" onClick={() => navigate(assessmentPath(p.id, user.unitId ?? ''))} data-testid="open-assessment">
                      {a.openForm}
                    </Button>
                  ) : null,
                ]}
              >
                <List.Item.Meta
                  title={p.name}
                  description={
                    <Typography.Text type="secondary">
                      <Tag>{t.periods.statuses[p.status]}</Tag>
                      {a.deadline}: {formatDate(p.selfAssessmentDeadline, locale)}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </QueryState>
    </div>
  );
}
