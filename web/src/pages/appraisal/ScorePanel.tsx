// The appraiser's side of an item: the score through the rubric's own inputs (the same fields
// the unit filled) or typed within the max on the step, a comment, Save (Ctrl+Enter) and
// "Yêu cầu giải trình". A 409 shows both versions; nothing is overwritten silently.
import { Alert, App, Button, Flex, Input, Segmented, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AppraisalItemView } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { RubricField } from '../../components/assessment/RubricField';
import { formatDateTime } from '../../components/format';
import { errorMessage, rawJson } from '../assessment/http';
import { fmtPoints } from '../assessment/format';
import { useAT } from '../assessment/messages';
import { appraisalKeys } from './api';
import { ConflictView } from './ConflictView';
import type { AppraisalMessages } from './messages';
import { bodyOf, draftOf, manualError } from './scoreDraft';
import type { ScoreDraft } from './scoreDraft';

interface Props {
  view: AppraisalItemView;
  locale: Locale;
  m: AppraisalMessages;
  onAsk: () => void;
  /** Bumped by the page on Ctrl+Enter. */
  saveSignal: number;
}

export function ScorePanel({ view, locale, m, onAsk, saveSignal }: Props) {
  const a = useAT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<ScoreDraft>(() => draftOf(view));
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<AppraisalItemView | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setDraft(draftOf(view));
    setError(null);
    // A new version from the server (after saving, or another person's save) resets the form.
  }, [view.assessmentId, view.node.id, view.version]);

  const leaf = view.node.leaf;
  const step = view.node.step ?? '0.25';
  const label = `${view.node.code ?? ''} ${view.node.name}`.trim();
  const manualOnly = leaf.expectedInput === 'manual';
  const manualProblem = draft.mode === 'manual' && draft.manual.trim() !== '' ? manualError(draft.manual, view.node.max, step) : null;
  const editable = view.canScore && !view.finalised;

  const save = async (baseVersion: number) => {
    if (draft.mode === 'manual') {
      const problem = manualError(draft.manual, view.node.max, step);
      if (problem) return setError(problem[locale]);
    }
    setSaving(true);
    const path = `/assessments/${encodeURIComponent(view.assessmentId)}/appraisal/items/${encodeURIComponent(view.node.id)}`;
    const res = await rawJson(qc, 'PUT', path, bodyOf(draft, baseVersion));
    setSaving(false);
    if (res.status === 200) {
      setError(null);
      setConflict(null);
      qc.setQueryData(appraisalKeys.item(view.assessmentId, view.node.id), res.body);
      void qc.invalidateQueries({ queryKey: ['appraisal-queue'] });
      void message.success(m.scoreSaved);
      return;
    }
    const body = res.body as { error?: { code?: string; details?: { theirs?: AppraisalItemView } } } | undefined;
    if (res.status === 409 && body?.error?.details?.theirs) {
      setConflict(body.error.details.theirs);
      return;
    }
    const msg = errorMessage(res.body);
    setError(msg ? msg[locale] : `HTTP ${res.status || '—'}`);
  };

  useEffect(() => {
    if (saveSignal > 0 && editable) void save(view.version);
    // Only the signal triggers a save; the draft is read at that moment.
  }, [saveSignal]);

  const ap = view.appraisal;
  return (
    <Flex vertical gap={10} data-testid="score-panel">
      {view.finalised ? <Alert type="info" showIcon message={m.finalisedLocked} data-testid="finalised-banner" /> : null}
      {!view.canScore && !view.finalised ? <Alert type="info" showIcon message={m.readOnly} /> : null}
      {leaf.scoredBy === 'survey' ? <Alert type="info" showIcon message={m.surveyNote} /> : null}
      {leaf.scoredBy === 'appraiser' ? <Alert type="info" showIcon message={m.appraiserOnly} /> : null}
      <Flex align="baseline" gap={8}>
        <Typography.Text type="secondary">{m.appraisal}:</Typography.Text>
        <span className="chiso-points-value" data-testid="appraisal-points" style={{ fontSize: 22, fontWeight: 600 }}>
          {fmtPoints(ap?.points, locale)}
        </span>
        <Typography.Text type="secondary">/ {fmtPoints(view.node.max, locale)}</Typography.Text>
      </Flex>
      {ap?.explanation ? <Typography.Text type="secondary">{ap.explanation[locale]}</Typography.Text> : null}
      {ap?.appraisedAt ? (
        <Typography.Text type="secondary">{m.appraisedBy(ap.appraisedBy ?? '', formatDateTime(ap.appraisedAt, locale))}</Typography.Text>
      ) : null}
      {!manualOnly ? (
        <Segmented<'rubric' | 'manual'>
          data-testid="score-mode"
          disabled={!editable}
          value={draft.mode}
          onChange={(mode) => setDraft((d) => ({ ...d, mode }))}
          options={[
            { value: 'rubric', label: m.byRubric },
            { value: 'manual', label: m.manual },
          ]}
        />
      ) : null}
      {draft.mode === 'rubric' ? (
        <RubricField
          leaf={leaf}
          value={draft.input}
          onChange={(input) => setDraft((d) => ({ ...d, input }))}
          disabled={!editable}
          errors={[]}
          locale={locale}
          a={a}
          label={label}
        />
      ) : (
        <Flex vertical gap={2}>
          <Input
            aria-label={`${label} — ${m.appraisal}`}
            data-testid="appraisal-manual"
            inputMode="decimal"
            style={{ width: 140 }}
            disabled={!editable}
            status={manualProblem ? 'error' : undefined}
            value={draft.manual.replace('.', locale === 'vi' ? ',' : '.')}
            onChange={(e) => setDraft((d) => ({ ...d, manual: e.target.value }))}
          />
          <Typography.Text type={manualProblem ? 'danger' : 'secondary'} data-testid="manual-help">
            {manualProblem ? manualProblem[locale] : m.manualHelp(fmtPoints(view.node.max, locale), fmtPoints(step, locale))}
          </Typography.Text>
        </Flex>
      )}
      <Input.TextArea
        aria-label={m.comment}
        data-testid="appraisal-comment"
        placeholder={m.commentPlaceholder}
        autoSize={{ minRows: 3, maxRows: 10 }}
        disabled={!editable}
        value={draft.comment}
        maxLength={20000}
        onChange={(e) => setDraft((d) => ({ ...d, comment: e.target.value }))}
      />
      {error ? <Alert type="error" showIcon role="alert" message={error} data-testid="score-error" /> : null}
      {conflict ? (
        <ConflictView
          mine={draft}
          theirs={conflict}
          locale={locale}
          m={m}
          onMine={() => void save(conflict.version)}
          onTheirs={() => {
            qc.setQueryData(appraisalKeys.item(view.assessmentId, view.node.id), conflict);
            setDraft(draftOf(conflict));
            setConflict(null);
          }}
        />
      ) : null}
      <Flex gap={8} wrap>
        <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={!editable} onClick={() => void save(view.version)} data-testid="appraisal-save">
          {m.saveScore}
        </Button>
        <Button disabled={!view.canReturn || view.finalised} onClick={onAsk} data-testid="ask-explanation">
          {m.askExplanation}
        </Button>
      </Flex>
    </Flex>
  );
}
