// Every saved version of one item: when, who, and what changed (before → after).
import { Drawer, Empty, Timeline, Typography } from 'antd';
import type { Locale } from '../../api/types';
import { formatDateTime } from '../format';
import { QueryState } from '../QueryState';
import { useItemHistory } from '../../pages/assessment/api';
import type { AssessmentMessages } from '../../pages/assessment/messages';

/** A value as one readable line; objects as compact JSON (shown as text, never as HTML). */
function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v || '—';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function changes(before: unknown, after: unknown): { key: string; from: string; to: string }[] {
  const b = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const a = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !['version', 'updatedAt', 'updatedBy', 'explanation', 'flags', 'errors', 'nodeId'].includes(k),
  );
  return keys.map((key) => ({ key, from: show(b[key]), to: show(a[key]) })).filter((c) => c.from !== c.to);
}

interface Props {
  assessmentId: string;
  nodeId: string | null;
  code: string;
  locale: Locale;
  a: AssessmentMessages;
  onClose: () => void;
}

export function HistoryDrawer({ assessmentId, nodeId, code, locale, a, onClose }: Props) {
  const history = useItemHistory(assessmentId, nodeId);
  return (
    <Drawer open={Boolean(nodeId)} onClose={onClose} width={560} title={a.historyTitle(code)} data-testid="history-drawer">
      <QueryState loading={history.isPending && Boolean(nodeId)} error={history.error} retry={() => void history.refetch()}>
        {history.data && history.data.length === 0 ? <Empty description={a.noHistory} /> : null}
        <Timeline
          items={[...(history.data ?? [])].reverse().map((h) => ({
            children: (
              <div data-testid="history-entry">
                <Typography.Text strong>
                  {a.version(h.version)} · {formatDateTime(h.at, locale)} · {h.username ?? h.userId ?? ''}
                </Typography.Text>
                {changes(h.before, h.after).map((c) => (
                  <div key={c.key} style={{ wordBreak: 'break-word' }}>
                    <Typography.Text type="secondary">{c.key}: </Typography.Text>
                    <Typography.Text delete type="secondary">
                      {c.from}
                    </Typography.Text>{' '}
                    → <Typography.Text>{c.to}</Typography.Text>
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      </QueryState>
    </Drawer>
  );
}
