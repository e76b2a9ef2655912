// Buttons in a period's details to the self-assessment screens: the unit's own form for its
// editor and leader, the progress of every unit for organisers.
import { Button, Flex } from 'antd';
import { FormOutlined, BarChartOutlined } from '@ant-design/icons';
import type { Period } from '../../api/types';
import { canManage } from '../../app/access';
import { navigate } from '../../app/router';
import { useUser } from '../../app/session';
import { assessmentPath } from './AssessmentHome';
import { useAT } from './messages';

export function AssessmentLinks({ period }: { period: Period }) {
  const a = useAT();
  const user = useUser();
  if (period.status === 'draft') return null;
  const own = user.unitId !== null && (period.unitIds ?? []).includes(user.unitId);
  const manage = canManage(user.role);
  if (!own && !manage) return null;
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      {own && user.unitId ? (
        <Button type="primary" icon={<FormOutlined />} onClick={() => navigate(assessmentPath(period.id, user.unitId ?? ''))} data-testid="period-open-assessment">
          {a.openForm}
        </Button>
      ) : null}
      {manage ? (
        <Button icon={<BarChartOutlined />} onClick={() => navigate(`/periods/${encodeURIComponent(period.id)}/progress`)} data-testid="period-open-progress">
          {a.navProgress}
        </Button>
      ) : null}
    </Flex>
  );
}
