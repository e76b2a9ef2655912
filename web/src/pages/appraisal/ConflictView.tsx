// Two appraisals of one item side by side after a 409: what this appraiser was saving and what
// is saved now (by whom, when). Keep mine re-sends against the new version; take theirs reloads.
import { Alert, Button, Card, Col, Descriptions, Flex, Row } from 'antd';
import type { AppraisalItemView } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { describeInput } from '../../components/assessment/ConflictPanel';
import { formatDateTime } from '../../components/format';
import { fmtPoints } from '../assessment/format';
import { useAT } from '../assessment/messages';
import type { AppraisalMessages } from './messages';
import type { ScoreDraft } from './scoreDraft';

interface Props {
  mine: ScoreDraft;
  theirs: AppraisalItemView;
  locale: Locale;
  m: AppraisalMessages;
  onMine: () => void;
  onTheirs: () => void;
}

export function ConflictView({ mine, theirs, locale, m, onMine, onTheirs }: Props) {
  const a = useAT();
  const leaf = theirs.node.leaf;
  const saved = theirs.appraisal;
  const mineScore = mine.mode === 'manual' ? fmtPoints(mine.manual.replace(',', '.'), locale) : describeInput(mine.input, leaf, locale, a);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="appraisal-conflict"
      message={m.conflictTitle}
      description={
        <Flex vertical gap={8}>
          <span>{m.conflictText}</span>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Card size="small" title={m.yours} data-testid="conflict-mine">
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={m.appraisal}>{mineScore}</Descriptions.Item>
                  <Descriptions.Item label={m.comment}>
                    <span style={{ whiteSpace: 'pre-wrap' }}>{mine.comment || '—'}</span>
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card
                size="small"
                title={m.theirs(saved?.appraisedBy ?? '—', saved?.appraisedAt ? formatDateTime(saved.appraisedAt, locale) : '')}
                data-testid="conflict-theirs"
              >
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={m.appraisal}>
                    {saved?.input && saved.input.type !== 'manual' ? `${describeInput(saved.input, leaf, locale, a)} → ` : ''}
                    {fmtPoints(saved?.points, locale)}
                  </Descriptions.Item>
                  <Descriptions.Item label={m.comment}>
                    <span style={{ whiteSpace: 'pre-wrap' }}>{saved?.comment || '—'}</span>
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
          </Row>
          <Flex gap={8} wrap>
            <Button type="primary" onClick={onMine} data-testid="conflict-keep-mine">
              {m.keepMine}
            </Button>
            <Button onClick={onTheirs} data-testid="conflict-keep-theirs">
              {m.keepTheirs}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
