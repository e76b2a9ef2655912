// Every saved version of one item: when, who, and what changed (before → after).
import { Drawer, Empty, Timeline, Typography } from 'antd';
import type { Locale } from '../../api/types';
import { formatDate, formatDateTime } from '../format';
import { QueryState } from '../QueryState';
import { useItemHistory } from '../../pages/assessment/api';
import type { AssessmentMessages } from '../../pages/assessment/messages';
import type { ItemInput, LeafInfo } from '../../pages/assessment/contract';
import { fmtPoints } from '../../pages/assessment/format';
import { describeInput } from './ConflictPanel';

type Show = (key: string, v: unknown) => string;

/** A value as one readable line; objects as compact JSON (shown as text, never as HTML). */
function plain(_key: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v || '—';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** The fields that differ between two saved versions (also used by the appraisal screens). */
export function changes(before: unknown, after: unknown, show: Show = plain): { key: string; from: string; to: string }[] {
  const b = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const a = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !['version', 'updatedAt', 'updatedBy', 'explanation', 'flags', 'errors', 'nodeId'].includes(k),
  );
  return keys.map((key) => ({ key, from: show(key, b[key]), to: show(key, a[key]) })).filter((c) => c.from !== c.to);
}

interface Props {
  assessmentId: string;
  nodeId: string | null;
  code: string;
  leaf: LeafInfo | null;
  locale: Locale;
  a: AssessmentMessages;
  onClose: () => void;
}

export function HistoryDrawer({ assessmentId, nodeId, code, leaf, locale, a, onClose }: Props) {
  const history = useItemHistory(assessmentId, nodeId);
  const labels: Record<string, string> = {
    input: a.input,
    points: a.points,
    note: a.note,
    na: a.na,
    evidenceIds: a.evidence,
    flagged: a.flag,
    // Written when the organiser moved the criterion's deadline (the points followed it).
    deadline: a.criterionDeadline,
  };
  // Values in the person's words: the chosen level's label, "3,5" points, "Có"/"Không".
  const show: Show = (key, v) => {
    if (v === null || v === undefined || v === '') return '—';
    if (key === 'input' && leaf && typeof v === 'object' && 'type' in v) return describeInput(v as ItemInput, leaf, locale, a);
    if (key === 'points' && typeof v === 'string') return fmtPoints(v, locale);
    if (key === 'deadline' && typeof v === 'string') return formatDate(v, locale);
    if (key === 'na' && typeof v === 'object' && 'reason' in v) return String(v.reason);
    if (key === 'evidenceIds' && Array.isArray(v)) return String(v.length);
    if (typeof v === 'boolean') return v ? a.yes : a.no;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    return JSON.stringify(v);
  };
  return (
    <Drawer open={Boolean(nodeId)} onClose={onClose} width={560} title={a.historyTitle(code)} data-testid="history-drawer">
      <QueryState loading={history.isPending && Boolean(nodeId)} error={history.error} retry={() => void history.refetch()}>
        {history.data && history.data.length === 0 ? <Empty description={a.noHistory} /> : null}
        <Timeline
          items={[...(history.data ?? [])].reverse().map((h) => ({
            children: (
              <div data-testid="history-entry" style={{ overflowWrap: 'anywhere' }}>
                <Typography.Text strong>
                  {a.version(h.version)} · {formatDateTime(h.at, locale)} · {h.username ?? h.userId ?? ''}
                </Typography.Text>
                {changes(h.before, h.after, show).map((c) => (
                  <div key={c.key} style={{ wordBreak: 'break-word' }}>
                    <Typography.Text type="secondary">{labels[c.key] ?? c.key}: </Typography.Text>
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
