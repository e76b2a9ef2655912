// Two versions of one item side by side — what this person typed and what someone else saved —
// with the three ways out: keep mine, take theirs, or merge the explanations and keep my result.
import { Button, Descriptions } from 'antd';
import type { Locale } from '../../api/types';
import { ConflictAlert } from '../ConflictAlert';
import { formatDate, formatDateTime } from '../format';
import type { Conflict } from '../../pages/assessment/autosave';
import { localOf } from '../../pages/assessment/autosave';
import { rubricHints } from '../../pages/assessment/contract';
import type { Item, ItemInput, LeafInfo } from '../../pages/assessment/contract';
import { fmtPoints, levelLabel } from '../../pages/assessment/format';
import type { AssessmentMessages } from '../../pages/assessment/messages';
import type { LocalValues } from '../../pages/assessment/autosave';

export function describeInput(input: ItemInput | null, leaf: LeafInfo, locale: Locale, a: AssessmentMessages): string {
  if (!input) return a.notAnswered;
  const label = (id: string) => {
    const l = leaf.levels.find((x) => x.id === id);
    return l ? levelLabel(l, locale) : id;
  };
  switch (input.type) {
    case 'level':
      return label(input.level);
    case 'date':
      return input.date ? formatDate(input.date, locale) : a.notIssued;
    case 'ratio':
      return `${input.numerator}/${input.denominator}`;
    case 'count':
      return String(input.count);
    case 'checklist':
      return input.checked.map(label).join('; ') || '—';
    case 'yes-no':
      return input.value ? (rubricHints(leaf).yesLabel ?? a.yes) : (rubricHints(leaf).noLabel ?? a.no);
    case 'manual':
      return fmtPoints(input.points, locale);
  }
}

function Version({ v, leaf, locale, a, points }: { v: LocalValues; leaf: LeafInfo; locale: Locale; a: AssessmentMessages; points?: string | null }) {
  return (
    <Descriptions column={1} size="small" bordered labelStyle={{ width: 140 }}>
      <Descriptions.Item label={a.input}>{v.na ? `${a.na}: ${v.na.reason}` : describeInput(v.input, leaf, locale, a)}</Descriptions.Item>
      {points !== undefined ? <Descriptions.Item label={a.points}>{fmtPoints(points, locale)}</Descriptions.Item> : null}
      <Descriptions.Item label={a.note}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{v.note || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={a.evidence}>{v.evidenceIds.length}</Descriptions.Item>
    </Descriptions>
  );
}

interface Props {
  conflict: Conflict;
  mineLocal: LocalValues;
  leaf: LeafInfo;
  locale: Locale;
  a: AssessmentMessages;
  onResolve: (choice: 'mine' | 'theirs' | 'merge') => void;
}

export function ConflictPanel({ conflict, mineLocal, leaf, locale, a, onResolve }: Props) {
  const theirs: Item = conflict.theirs;
  const who = theirs.updatedBy ?? a.someone;
  const when = theirs.updatedAt ? formatDateTime(theirs.updatedAt, locale) : '';
  return (
    <ConflictAlert
      testId="conflict-panel"
      style={{ marginTop: 8 }}
      title={a.conflictTitle}
      text={a.conflictText}
      mine={{ title: a.yours, body: <Version v={mineLocal} leaf={leaf} locale={locale} a={a} /> }}
      theirs={{ title: a.theirs(who, when), body: <Version v={localOf(theirs)} leaf={leaf} locale={locale} a={a} points={theirs.points} /> }}
      actions={
        <>
          <Button type="primary" onClick={() => onResolve('mine')} data-testid="conflict-keep-mine">
            {a.keepMine}
          </Button>
          <Button onClick={() => onResolve('theirs')} data-testid="conflict-keep-theirs">
            {a.keepTheirs}
          </Button>
          <Button onClick={() => onResolve('merge')} data-testid="conflict-merge">
            {a.merge}
          </Button>
        </>
      }
    />
  );
}
