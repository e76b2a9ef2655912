// Each survey-scored criterion's conversion scale from the criteria set: the answers and the
// share of the points each is worth, the respondent groups with their weights, the rounding
// step, and whether the scale is the criterion's own, the set's or the default.
import { Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { SurveyRuleView, SurveyView } from '../../../../src/shared/api/surveys';
import type { Locale } from '../../api/types';
import { fmtPoints } from '../assessment/format';
import type { ResultsMessages } from '../results/messages';
import type { SurveyMessages } from './messages';

type Criterion = SurveyView['criteria'][number];
const ORIGIN_COLOR = { criterion: 'purple', set: 'blue', default: 'default' } as const;

/** "A 100 %, B 75 %, C 33,33 %" as the reader writes numbers. */
export function sharesLine(answers: { answer: string; percent: string }[], locale: Locale): string {
  return answers.map((a) => `${a.answer} ${fmtPoints(a.percent, locale)}%`).join(', ');
}

function AnswersCell({ rule, locale }: { rule: SurveyRuleView; locale: Locale }) {
  return (
    <span>
      {rule.answers.map((a) => {
        const label = locale === 'en' ? (a.labelEn ?? a.label) : a.label;
        return (
          <Tag key={a.answer} data-testid="rule-answer" data-answer={a.answer} data-percent={a.percent}>
            <strong>{a.answer}</strong> {fmtPoints(a.percent, locale)}%{label ? ` · ${label}` : ''}
          </Tag>
        );
      })}
    </span>
  );
}

export function SurveyRules({ view, locale, r, s }: { view: SurveyView; locale: Locale; r: ResultsMessages; s: SurveyMessages }) {
  return (
    <Table<Criterion>
      rowKey="nodeId"
      size="small"
      pagination={false}
      dataSource={view.criteria}
      data-testid="survey-rules"
      onRow={(c) => ({ 'data-node': c.nodeId }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: r.criterion, width: 260, render: (_, c) => `${c.code ?? ''} ${c.name}` },
        {
          title: s.ruleAnswers,
          render: (_, c) => (
            <>
              <Tag color={ORIGIN_COLOR[c.rule.answersFrom]}>{s.from[c.rule.answersFrom]}</Tag>
              <AnswersCell rule={c.rule} locale={locale} />
              {c.rule.note ? (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {s.note}: {c.rule.note}
                </Typography.Text>
              ) : null}
            </>
          ),
        },
        {
          title: s.ruleGroups,
          width: 260,
          render: (_, c) =>
            c.rule.groups ? (
              c.rule.groups.map((g) => (
                <Tag key={g.name}>
                  {locale === 'en' ? (g.nameEn ?? g.name) : g.name} ({fmtPoints(g.weight, locale)})
                </Tag>
              ))
            ) : (
              <Typography.Text type="secondary">{s.anyGroup}</Typography.Text>
            ),
        },
        { title: s.step, width: 90, align: 'right', render: (_, c) => fmtPoints(c.rule.step, locale) },
      ]}
    />
  );
}
