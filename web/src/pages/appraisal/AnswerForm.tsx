// The unit's answer to one open round: the explanation and the documents that back it, picked
// from the unit's evidence library or uploaded on the spot (upload first, then its id is sent).
import { App, Button, Flex, Input, Select, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { Round } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { EvidenceAdd } from '../../components/assessment/EvidenceAdd';
import { ErrorAlert } from '../../components/serverErrors';
import type { Evidence } from '../assessment/contract';
import { useAT } from '../assessment/messages';
import { useAnswerRound } from './api';
import type { AppraisalMessages } from './messages';

interface Props {
  round: Round;
  assessmentId: string;
  evidence: Evidence[];
  locale: Locale;
  m: AppraisalMessages;
}

export function AnswerForm({ round, assessmentId, evidence, locale, m }: Props) {
  const a = useAT();
  const { message } = App.useApp();
  const answer = useAnswerRound(assessmentId);
  const [text, setText] = useState('');
  const [ids, setIds] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const empty = text.trim() === '';
  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid="answer-form">
      <ErrorAlert error={answer.error} />
      <Input.TextArea
        aria-label={m.answer}
        data-testid="answer-text"
        placeholder={m.answerPlaceholder}
        autoSize={{ minRows: 3, maxRows: 10 }}
        value={text}
        maxLength={20000}
        onChange={(e) => setText(e.target.value)}
      />
      <Flex gap={8} wrap align="center">
        <Select
          mode="multiple"
          allowClear
          aria-label={m.attached}
          placeholder={m.attached}
          data-testid="answer-evidence"
          style={{ flex: '1 1 320px', minWidth: 240 }}
          optionFilterProp="label"
          value={ids}
          onChange={setIds}
          options={evidence.map((e) => ({ value: e.id, label: e.title }))}
        />
        <Button onClick={() => setAdding((x) => !x)} data-testid="answer-add-evidence">
          {m.addEvidence}
        </Button>
      </Flex>
      {adding ? <EvidenceAdd assessmentId={assessmentId} locale={locale} a={a} onAdded={(e) => setIds((x) => [...new Set([...x, e.id])])} /> : null}
      <Flex gap={8} align="center">
        <Button
          type="primary"
          icon={<SendOutlined />}
          disabled={empty}
          loading={answer.isPending}
          data-testid="answer-send"
          onClick={() =>
            answer.mutate(
              { roundId: round.id, text: text.trim(), evidenceIds: ids },
              {
                onSuccess: () => {
                  setText('');
                  setIds([]);
                  void message.success(m.answerSent);
                },
              },
            )
          }
        >
          {m.sendAnswer}
        </Button>
        {empty ? <Typography.Text type="secondary">{m.required}</Typography.Text> : null}
      </Flex>
    </Flex>
  );
}
