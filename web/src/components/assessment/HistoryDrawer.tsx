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

/** The names of an item's saved fields, as the history lists them. */
export function itemFieldLabels(a: AssessmentMessages): Record<string, string> {
  return {
    input: a.input,
    points: a.points,
    note: a.note,
    na: a.na,
    evidenceIds: a.evidence,
    flagged: a.flag,
    // Written when the organiser moved the criterion's deadline (the points followed it).
    deadline: a.criterionDeadline,
  };
}

/**
 * An item's saved value in the person's words: the chosen level's label, "3,5" points,
 * "Có"/"Không", the N/A reason; `evidence` words the number of attached documents.
 */
export function itemValue(key: string, v: unknown, leaf: LeafInfo | null, locale: Locale, a: AssessmentMessages, evidence: (n: number) => string = String): string {
  if (v === null || v === undefined || v === '') return '—';
  if (key === 'input' && leaf && typeof v === 'object' && 'type' in v) return describeInput(v as ItemInput, leaf, locale, a);
  if (key === 'points' && typeof v === 'string') return fmtPoints(v, locale);
  if (key === 'deadline' && typeof v === 'string') return formatDate(v, locale);
  if (key === 'na' && typeof v === 'object' && 'reason' in v) return String(v.reason);
  if (key === 'evidenceIds' && Array.isArray(v)) return evidence(v.length);
  if (typeof v === 'boolean') return v ? a.yes : a.no;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

export interface HistoryEntry {
  version: number;
  at: string;
  who: string;
  before: unknown;
  after: unknown;
}

/** Saved versions, newest first: when, who, and each changed field as before → after. */
export function HistoryTimeline({ entries, labels, show, locale, a }: { entries: HistoryEntry[]; labels: Record<string, string>; show: Show; locale: Locale; a: AssessmentMessages }) {
  return (
    <Timeline
      items={[...entries].reverse().map((h) => ({
        children: (
          <div data-testid="history-entry" style={{ overflowWrap: 'anywhere' }}>
            <Typography.Text strong>
              {a.version(h.version)} · {formatDateTime(h.at, locale)} · {h.who}
            </Typography.Text>
            {changes(h.before, h.after, show).map((c) => (
              <div key={c.key} data-testid="history-change" data-key={c.key} style={{ wordBreak: 'break-word' }}>
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
  );
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
  const entries = (history.data ?? []).map((h) => ({ version: h.version, at: h.at, who: h.username ?? h.userId ?? '', before: h.before, after: h.after }));
  return (
    <Drawer open={Boolean(nodeId)} onClose={onClose} width={560} title={a.historyTitle(code)} data-testid="history-drawer">
      <QueryState loading={history.isPending && Boolean(nodeId)} error={history.error} retry={() => void history.refetch()}>
        {history.data && history.data.length === 0 ? <Empty description={a.noHistory} /> : null}
        <HistoryTimeline entries={entries} labels={itemFieldLabels(a)} show={(key, v) => itemValue(key, v, leaf, locale, a)} locale={locale} a={a} />
      </QueryState>
    </Drawer>
  );
}
