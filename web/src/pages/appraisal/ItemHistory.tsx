// The item's saved versions on the appraiser's screen, newest last: when, who, and what changed
// in words — the unit's answer, self score, explanation, evidence; the appraisal's result,
// points and comment (a saved appraisal is one `appraisal` object, shown field by field).
import { Empty, Timeline, Typography } from 'antd';
import type { AppraisalItemView } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { describeInput } from '../../components/assessment/ConflictPanel';
import { changes } from '../../components/assessment/HistoryDrawer';
import { formatDate, formatDateTime } from '../../components/format';
import { fmtPoints } from '../assessment/format';
import type { ItemInput } from '../assessment/contract';
import { useAT } from '../assessment/messages';
import type { AppraisalMessages } from './messages';

type Leaf = AppraisalItemView['node']['leaf'];

/** One level of keys: `appraisal: { points }` becomes `appraisal.points`. */
export function flatten(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'appraisal' && typeof v === 'object' && v !== null) {
      for (const [sub, x] of Object.entries(v as Record<string, unknown>)) out[`appraisal.${sub}`] = x;
    } else out[k] = v;
  }
  return out;
}

const isInput = (v: unknown): v is ItemInput => typeof v === 'object' && v !== null && 'type' in v;

export function ItemHistory({ history, leaf, locale, m }: { history: AppraisalItemView['history']; leaf: Leaf; locale: Locale; m: AppraisalMessages }) {
  const a = useAT();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noHistory} />;
  const labels: Record<string, string> = {
    input: a.input,
    points: a.points,
    note: a.note,
    na: a.na,
    evidenceIds: a.evidence,
    flagged: a.flag,
    deadline: a.criterionDeadline,
    'appraisal.input': m.historyResult,
    'appraisal.points': m.appraisal,
    'appraisal.comment': m.comment,
  };
  const show = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    // Points entered by hand are already the points line: the result says only how they were set.
    if (key === 'appraisal.input' && isInput(v) && v.type === 'manual') return m.manual;
    if ((key === 'input' || key === 'appraisal.input') && isInput(v)) return describeInput(v, leaf, locale, a);
    if ((key === 'points' || key === 'appraisal.points') && typeof v === 'string') return fmtPoints(v, locale);
    if (key === 'deadline' && typeof v === 'string') return formatDate(v, locale);
    if (key === 'na' && typeof v === 'object' && 'reason' in v) return String(v.reason);
    if (key === 'evidenceIds' && Array.isArray(v)) return m.historyEvidence(v.length);
    if (typeof v === 'boolean') return v ? a.yes : a.no;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    return JSON.stringify(v);
  };
  return (
    <Timeline
      items={[...history].reverse().map((h) => ({
        children: (
          <div data-testid="history-entry" style={{ overflowWrap: 'anywhere' }}>
            <Typography.Text strong>
              {a.version(h.version)} · {formatDateTime(h.at, locale)} · {h.username ?? ''}
            </Typography.Text>
            {changes(flatten(h.before), flatten(h.after), show).map((c) => (
              <div key={c.key} data-testid="history-change" data-key={c.key}>
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
