// Two versions of one item side by side — what this person typed and what someone else saved —
// with the three ways out: keep mine, take theirs, or merge the explanations and keep my result.
import { Alert, Button, Card, Col, Descriptions, Flex, Row } from 'antd';
import type { Locale } from '../../api/types';
import { formatDateTime } from '../format';
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
      return input.date ? input.date.split('-').reverse().join('/') : a.notIssued;
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
    <Alert
      type="warning"
      showIcon
      data-testid="conflict-panel"
      style={{ marginTop: 8 }}
      message={a.conflictTitle}
      description={
        <Flex vertical gap={8}>
          <span>{a.conflictText}</span>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Card size="small" title={a.yours} data-testid="conflict-mine">
                <Version v={mineLocal} leaf={leaf} locale={locale} a={a} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title={a.theirs(who, when)} data-testid="conflict-theirs">
                <Version v={localOf(theirs)} leaf={leaf} locale={locale} a={a} points={theirs.points} />
              </Card>
            </Col>
          </Row>
          <Flex gap={8} wrap>
            <Button type="primary" onClick={() => onResolve('mine')} data-testid="conflict-keep-mine">
              {a.keepMine}
            </Button>
            <Button onClick={() => onResolve('theirs')} data-testid="conflict-keep-theirs">
              {a.keepTheirs}
            </Button>
            <Button onClick={() => onResolve('merge')} data-testid="conflict-merge">
              {a.merge}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
