// What the unit declared on the item: its score, its inputs in words, how the points were
// computed, its explanation text, N/A with the reason, and the rubric's levels for reference.
import { Descriptions, Tag, Typography } from 'antd';
import type { AppraisalItemView } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { describeInput } from '../../components/assessment/ConflictPanel';
import { fmtPoints } from '../assessment/format';
import { useAT } from '../assessment/messages';
import type { AppraisalMessages } from './messages';

export function SelfSide({ view, locale, m }: { view: AppraisalItemView; locale: Locale; m: AppraisalMessages }) {
  const a = useAT();
  const leaf = view.node.leaf;
  const self = view.self;
  return (
    <Descriptions column={1} size="small" bordered data-testid="self-side" labelStyle={{ width: 190, verticalAlign: 'top' }}>
      <Descriptions.Item label={m.self}>
        <strong data-testid="self-points">{fmtPoints(self.points, locale)}</strong> / {fmtPoints(view.node.max, locale)}
        {view.survey?.points ? (
          <span>
            {' '}
            · {m.survey}: <strong>{fmtPoints(view.survey.points, locale)}</strong>
          </span>
        ) : null}
      </Descriptions.Item>
      <Descriptions.Item label={m.declared}>
        {self.na ? (
          <span>
            <Tag>{m.na}</Tag>
            {self.na.reason}
          </span>
        ) : (
          <span data-testid="self-input">{describeInput(self.input, leaf, locale, a)}</span>
        )}
      </Descriptions.Item>
      {self.explanation ? (
        <Descriptions.Item label={m.howComputed}>
          <Typography.Text type="secondary">{self.explanation[locale]}</Typography.Text>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={m.explanation}>
        <span style={{ whiteSpace: 'pre-wrap' }} data-testid="self-note">
          {self.note || <Typography.Text type="secondary">{m.noExplanation}</Typography.Text>}
        </span>
      </Descriptions.Item>
      {leaf.description[locale].length > 0 ? (
        <Descriptions.Item label={m.rubric}>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {leaf.description[locale].map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
