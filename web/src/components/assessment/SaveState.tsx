// "Đã lưu" / "Đang lưu…" / "Lỗi" next to each item, with the reason and a retry when it failed,
// or "Chờ chọn phiên bản" while a conflict waits for the person.
import { Button, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined, DisconnectOutlined, EditOutlined } from '@ant-design/icons';
import type { Bilingual } from '../../../../src/core/text';
import type { Locale } from '../../api/types';
import type { SaveStatus } from '../../pages/assessment/autosave';
import type { AssessmentMessages } from '../../pages/assessment/messages';

interface Props {
  status: SaveStatus;
  error: Bilingual | null;
  locale: Locale;
  a: AssessmentMessages;
  onRetry: () => void;
  savedTitle?: string;
  /** Untouched item: "Đã lưu" would claim a save that never happened. */
  neverSaved?: boolean;
}

export function SaveState({ status, error, locale, a, onRetry, savedTitle, neverSaved }: Props) {
  const common = { 'data-testid': 'save-state', 'data-status': status, role: 'status' } as const;
  switch (status) {
    case 'saved':
      if (neverSaved) return <span {...common} />;
      return (
        <Tooltip title={savedTitle}>
          <Typography.Text type="success" {...common}>
            <CheckCircleOutlined /> {a.saved}
          </Typography.Text>
        </Tooltip>
      );
    case 'dirty':
      return (
        <Typography.Text type="secondary" {...common}>
          <EditOutlined /> {a.unsaved}
        </Typography.Text>
      );
    case 'saving':
      return (
        <Typography.Text type="secondary" {...common}>
          <CloudSyncOutlined spin /> {a.saving}
        </Typography.Text>
      );
    case 'offline':
      return (
        <Typography.Text type="warning" {...common}>
          <DisconnectOutlined /> {a.offline}{' '}
          <Button size="small" type="link" onClick={onRetry}>
            {a.retryNow}
          </Button>
        </Typography.Text>
      );
    case 'conflict':
      // Not an error: two versions wait for the person to choose (the panel below the item).
      return (
        <Typography.Text type="warning" {...common}>
          <ExclamationCircleOutlined /> {a.conflictState}
        </Typography.Text>
      );
    case 'error':
      return (
        <Typography.Text type="danger" {...common}>
          <ExclamationCircleOutlined /> {a.saveError}
          {error ? `: ${error[locale]}` : ''}{' '}
          <Button size="small" type="link" onClick={onRetry}>
            {a.retryNow}
          </Button>
        </Typography.Text>
      );
  }
}
