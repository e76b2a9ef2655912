// An assessment's state as a coloured tag; "quá hạn" is derived by the server and shown beside it.
import { Tag } from 'antd';
import type { AssessmentStatus } from './contract';
import type { AssessmentMessages } from './messages';

export const STATUS_COLOURS: Record<AssessmentStatus, string> = {
  'not-started': 'default',
  'in-progress': 'processing',
  'in-review': 'purple',
  returned: 'orange',
  submitted: 'success',
  withdrawn: 'warning',
};

export function StatusTag({ status, overdue, a }: { status: AssessmentStatus; overdue?: boolean; a: AssessmentMessages }) {
  return (
    <span data-testid="assessment-status" data-status={status}>
      <Tag color={STATUS_COLOURS[status]}>{a.statuses[status]}</Tag>
      {overdue && status !== 'submitted' ? <Tag color="error">{a.statuses.overdue}</Tag> : null}
    </span>
  );
}
