// Entry to issue 6 from the navigation (#/appraisal): the periods past self-assessment with the
// screens each role uses — assignments, surveys, queue, council, results, the unit's returns
// and remediation plan.
import { Button, Card, Empty, List, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../../api/client';
import type { Period, Role } from '../../api/types';
import { navigate } from '../../app/router';
import { useUser } from '../../app/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n';
import { useAppraisalT } from './messages';
import type { AppraisalMessages } from './messages';
import { cyclePaths } from './paths';

type Link = { key: string; label: string; path: string; primary?: boolean };

function linksFor(role: Role, p: Period, unitId: string | null, m: AppraisalMessages): Link[] {
  const published = p.status === 'published';
  switch (role) {
    case 'admin':
    case 'organiser':
      return [
        { key: 'assignments', label: m.assignments, path: cyclePaths.assignments(p.id), primary: true },
        { key: 'surveys', label: m.surveys, path: cyclePaths.surveys(p.id) },
        { key: 'queue', label: m.queue, path: cyclePaths.queue(p.id) },
        { key: 'council', label: m.council, path: cyclePaths.council(p.id) },
        { key: 'results', label: m.results, path: cyclePaths.results(p.id) },
        { key: 'remediation-all', label: m.remediationAll, path: cyclePaths.remediationOverview(p.id) },
      ];
    case 'appraiser':
      return [
        { key: 'queue', label: m.queue, path: cyclePaths.queue(p.id), primary: true },
        { key: 'results', label: m.results, path: cyclePaths.results(p.id) },
      ];
    case 'council-chair':
      return [
        { key: 'council', label: m.council, path: cyclePaths.council(p.id), primary: true },
        { key: 'queue', label: m.queue, path: cyclePaths.queue(p.id) },
        { key: 'results', label: m.results, path: cyclePaths.results(p.id) },
        { key: 'remediation-all', label: m.remediationAll, path: cyclePaths.remediationOverview(p.id) },
      ];
    case 'unit-editor':
    case 'unit-leader':
      if (!unitId) return [];
      return [
        { key: 'returns', label: m.returns, path: cyclePaths.returns(p.id, unitId), primary: true },
        { key: 'remediation', label: m.remediation, path: cyclePaths.remediation(p.id, unitId) },
        ...(published ? [{ key: 'results', label: m.results, path: cyclePaths.results(p.id) }] : []),
      ];
    case 'viewer':
      return published ? [{ key: 'results', label: m.results, path: cyclePaths.results(p.id), primary: true }] : [];
  }
}

/** `results` shows only the results and the remediation plans (the unit's own, or all units') of each period. */
export function AppraisalHome({ mode = 'appraisal' }: { mode?: 'appraisal' | 'results' }) {
  const m = useAppraisalT();
  const t = useT();
  const user = useUser();
  const periods = useQuery({ queryKey: ['periods'], queryFn: () => api.get<Period[]>('/periods') });
  const unitUser = user.role === 'unit-editor' || user.role === 'unit-leader';
  const list = (periods.data ?? []).filter(
    (p) => p.status !== 'draft' && (!unitUser || (user.unitId !== null && (p.unitIds ?? []).includes(user.unitId))),
  );
  return (
    <div data-testid="appraisal-home">
      <PageTitle title={mode === 'results' ? m.results : m.homeTitle} />
      <QueryState loading={periods.isPending} error={periods.error} retry={() => void periods.refetch()}>
        <Card>
          {list.length === 0 ? <Empty description={m.noPeriods} /> : null}
          <List
            dataSource={list}
            locale={{ emptyText: ' ' }}
            renderItem={(p) => {
              const links = linksFor(user.role, p, user.unitId, m).filter((l) => mode === 'appraisal' || l.key === 'results' || l.key === 'remediation' || l.key === 'remediation-all');
              const actions: ReactNode[] = links.map((l) => (
                <Button
                  key={l.key}
                  type={l.primary ? 'primary' : 'default'}
                  onClick={() => navigate(l.path)}
                  data-testid={`cycle-link-${l.key}`}
                >
                  {l.label}
                </Button>
              ));
              return (
                // The period's name keeps a readable width; the buttons wrap below it when short of room.
                <List.Item data-testid="cycle-period" data-period-id={p.id} style={{ flexWrap: 'wrap', gap: 12 }}>
                  <List.Item.Meta style={{ flex: '1 1 280px', minWidth: 240 }} title={p.name} description={<Tag>{t.periods.statuses[p.status]}</Tag>} />
                  <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', justifyContent: 'flex-end', flex: '0 1 auto' }}>{actions}</div>
                </List.Item>
              );
            }}
          />
        </Card>
      </QueryState>
    </div>
  );
}
