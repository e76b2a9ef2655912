// The item's saved versions on the appraiser's screen, newest last: when, who, and what changed
// in words — the unit's answer, self score, explanation, evidence; the appraisal's result,
// points and comment (a saved appraisal is one `appraisal` object, shown field by field).
import { Empty } from 'antd';
import type { AppraisalItemView } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { HistoryTimeline, itemFieldLabels, itemValue } from '../../components/assessment/HistoryDrawer';
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

export function ItemHistory({ history, leaf, locale, m }: { history: AppraisalItemView['history']; leaf: Leaf; locale: Locale; m: AppraisalMessages }) {
  const a = useAT();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noHistory} />;
  const labels: Record<string, string> = {
    ...itemFieldLabels(a),
    'appraisal.input': m.historyResult,
    'appraisal.points': m.appraisal,
    'appraisal.comment': m.comment,
  };
  const show = (key: string, v: unknown): string => {
    // Points entered by hand are already the points line: the result says only how they were set.
    if (key === 'appraisal.input' && typeof v === 'object' && v !== null && 'type' in v && v.type === 'manual') return m.manual;
    // The appraisal's result and points read like the unit's own.
    const own = key === 'appraisal.input' ? 'input' : key === 'appraisal.points' ? 'points' : key;
    return itemValue(own, v, leaf, locale, a, m.historyEvidence);
  };
  const entries = history.map((h) => ({ version: h.version, at: h.at, who: h.username ?? '', before: flatten(h.before), after: flatten(h.after) }));
  return <HistoryTimeline entries={entries} labels={labels} show={show} locale={locale} a={a} />;
}
