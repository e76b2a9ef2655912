// Every round of explanation on an item, oldest first: the council's request with its due date,
// the unit's answer with the documents it added. Rounds are never deleted.
import { Tag, Timeline, Typography } from 'antd';
import type { Round } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import type { AppraisalMessages } from './messages';

const colors = { open: 'orange', answered: 'blue', closed: 'green' } as const;

export function RoundsList({ rounds, locale, m, evidenceTitle }: { rounds: Round[]; locale: Locale; m: AppraisalMessages; evidenceTitle?: (id: string) => string }) {
  if (rounds.length === 0) return <Typography.Text type="secondary">{m.noRounds}</Typography.Text>;
  const sorted = [...rounds].sort((a, b) => a.number - b.number);
  return (
    <Timeline
      data-testid="rounds"
      items={sorted.map((r) => ({
        color: colors[r.status],
        children: (
          <div data-testid="round" data-status={r.status}>
            <div>
              <strong>{m.round(r.number)}</strong> <Tag color={colors[r.status]}>{m.roundStatus[r.status]}</Tag>
              {r.overdue ? <Tag color="red">{m.overdue}</Tag> : null}
              <Typography.Text type="secondary">
                {m.askDue}: {formatDate(r.dueDate, locale)}
              </Typography.Text>
            </div>
            <Typography.Text type="secondary">{m.askedBy(r.askedBy ?? '', formatDateTime(r.askedAt, locale))}</Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }} data-testid="round-message">
              {r.message}
            </div>
            {r.answer ? (
              <div style={{ marginTop: 6, paddingLeft: 10, borderLeft: '3px solid #91caff' }}>
                <Typography.Text type="secondary">{m.answeredBy(r.answeredBy ?? '', r.answeredAt ? formatDateTime(r.answeredAt, locale) : '')}</Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }} data-testid="round-answer">
                  {r.answer}
                </div>
                {r.answerEvidenceIds.length > 0 ? (
                  <div>
                    {m.attached}:{' '}
                    {r.answerEvidenceIds.map((id) => (
                      <Tag key={id} color="blue">
                        {evidenceTitle?.(id) ?? id}
                      </Tag>
                    ))}
                  </div>
                ) : null}
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
