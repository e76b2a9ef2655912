// Two appraisals of one item side by side after a 409: what this appraiser was saving and what
// is saved now (by whom, when). Keep mine re-sends against the new version; take theirs reloads.
import { Button, Descriptions } from 'antd';
import type { AppraisalItemView } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { describeInput } from '../../components/assessment/ConflictPanel';
import { ConflictAlert } from '../../components/ConflictAlert';
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
    <ConflictAlert
      testId="appraisal-conflict"
      title={m.conflictTitle}
      text={m.conflictText}
      mine={{
        title: m.yours,
        body: (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={m.appraisal}>{mineScore}</Descriptions.Item>
            <Descriptions.Item label={m.comment}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{mine.comment || '—'}</span>
            </Descriptions.Item>
          </Descriptions>
        ),
      }}
      theirs={{
        title: m.theirs(saved?.appraisedBy ?? '—', saved?.appraisedAt ? formatDateTime(saved.appraisedAt, locale) : ''),
        body: (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={m.appraisal}>
              {saved?.input && saved.input.type !== 'manual' ? `${describeInput(saved.input, leaf, locale, a)} → ` : ''}
              {fmtPoints(saved?.points, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={m.comment}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{saved?.comment || '—'}</span>
            </Descriptions.Item>
          </Descriptions>
        ),
      }}
      actions={
        <>
          <Button type="primary" onClick={onMine} data-testid="conflict-keep-mine">
            {m.keepMine}
          </Button>
          <Button onClick={onTheirs} data-testid="conflict-keep-theirs">
            {m.keepTheirs}
          </Button>
        </>
      }
    />
  );
}
