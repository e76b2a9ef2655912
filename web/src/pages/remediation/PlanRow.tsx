// One row of the remediation plan: the criterion, max, appraisal score and points lost (fixed),
// then the unit's solution, lead and cooperating agencies, time frame, note and status, saved
// with Lưu (a 409 shows the saved version next to the typed one), and the progress notes.
import { Alert, App, Button, Col, Flex, Input, Row, Select, Tag, Timeline, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { REMEDIATION_STATUSES, REMEDIATION_STATUS_LABEL } from '../../../../src/shared/api/remediation';
import type { RemediationRowView, RemediationStatus } from '../../../../src/shared/api/remediation';
import type { Locale } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { errorMessage, rawJson } from '../assessment/http';
import { fmtPoints } from '../assessment/format';
import type { ResultsMessages } from '../results/messages';
import { CodeText } from '../appraisal/codes';

type Text = Pick<RemediationRowView, 'solution' | 'leadAgency' | 'cooperatingAgencies' | 'timeFrame' | 'note' | 'status'>;
const textOf = (r: RemediationRowView): Text => ({
  solution: r.solution,
  leadAgency: r.leadAgency,
  cooperatingAgencies: r.cooperatingAgencies,
  timeFrame: r.timeFrame,
  note: r.note,
  status: r.status,
});

export const STATUS_COLOR: Record<RemediationStatus, string> = { 'not-started': 'default', 'in-progress': 'blue', done: 'green' };

interface Props {
  row: RemediationRowView;
  index: number;
  editable: boolean;
  locale: Locale;
  r: ResultsMessages;
  onSaved: (row: RemediationRowView) => void;
  /** The code of the row's field: "1.2" under part II is shown as II.1.2. */
  fieldCode?: string | null;
}

export function PlanRow({ row, index, editable, locale, r, onSaved, fieldCode }: Props) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [text, setText] = useState<Text>(textOf(row));
  const [theirs, setTheirs] = useState<RemediationRowView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');
  useEffect(() => setText(textOf(row)), [row.version]);
  const dirty = JSON.stringify(text) !== JSON.stringify(textOf(row));

  const send = async (method: 'PATCH' | 'POST', path: string, body: unknown) => {
    setBusy(true);
    const res = await rawJson(qc, method, path, body);
    setBusy(false);
    if (res.status === 200 || res.status === 201) {
      setError(null);
      setTheirs(null);
      onSaved(res.body as RemediationRowView);
      void message.success(r.remSaved);
      return true;
    }
    const b = res.body as { error?: { code?: string; details?: { theirs?: RemediationRowView } } } | undefined;
    if (res.status === 409 && b?.error?.details?.theirs) setTheirs(b.error.details.theirs);
    else setError(errorMessage(res.body)?.[locale] ?? `HTTP ${res.status || '—'}`);
    return false;
  };
  const save = (baseVersion: number) => void send('PATCH', `/remediation/${encodeURIComponent(row.id)}`, { baseVersion, ...text });
  const field = (key: keyof Omit<Text, 'status'>, label: string, rows = 1) => (
    <label style={{ display: 'block' }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Input.TextArea
        aria-label={`${row.code ?? ''} — ${label}`}
        data-testid={`rem-${key}`}
        autoSize={{ minRows: rows, maxRows: 8 }}
        disabled={!editable}
        value={text[key]}
        onChange={(e) => setText((t) => ({ ...t, [key]: e.target.value }))}
      />
    </label>
  );

  return (
    <div className="chiso-plan-row" data-testid="plan-row" data-code={row.code ?? ''} style={{ borderBottom: '1px solid #f0f0f0', padding: '12px 0' }}>
      <Flex gap={12} wrap align="baseline">
        <Typography.Text strong>{index + 1}.</Typography.Text>
        <CodeText fieldCode={fieldCode} code={row.code} />
        <span style={{ flex: '1 1 320px', minWidth: 0 }}>{row.name}</span>
        <span>
          {r.max}: <strong>{fmtPoints(row.max, locale)}</strong>
        </span>
        <span>
          {r.remAppraisal}: <strong>{fmtPoints(row.appraisal, locale)}</strong>
        </span>
        <span>
          {r.remLost}: <strong style={{ color: '#cf1322' }} data-testid="rem-lost">{fmtPoints(row.lost, locale)}</strong>
        </span>
        <Tag color={STATUS_COLOR[row.status]}>{REMEDIATION_STATUS_LABEL[row.status][locale]}</Tag>
      </Flex>
      <Row gutter={[12, 8]} style={{ marginTop: 8 }}>
        <Col xs={24} lg={10}>{field('solution', r.remSolution, 3)}</Col>
        <Col xs={24} lg={14}>
          <Row gutter={[12, 8]}>
            <Col xs={24} md={12}>{field('leadAgency', r.remLead)}</Col>
            <Col xs={24} md={12}>{field('cooperatingAgencies', r.remCooperating)}</Col>
            <Col xs={24} md={8}>{field('timeFrame', r.remTimeFrame)}</Col>
            <Col xs={24} md={8}>
              <Typography.Text type="secondary">{r.remStatus}</Typography.Text>
              <Select<RemediationStatus>
                aria-label={`${row.code ?? ''} — ${r.remStatus}`}
                data-testid="rem-status"
                style={{ width: '100%' }}
                disabled={!editable}
                value={text.status}
                onChange={(status) => setText((t) => ({ ...t, status }))}
                options={REMEDIATION_STATUSES.map((s) => ({ value: s, label: REMEDIATION_STATUS_LABEL[s][locale] }))}
              />
            </Col>
            <Col xs={24} md={8}>{field('note', r.remNote)}</Col>
          </Row>
        </Col>
      </Row>
      {error ? <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 8 }} /> : null}
      {theirs ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="rem-conflict"
          message={r.remConflict}
          description={
            <Flex vertical gap={6}>
              <div>
                <strong>{r.remTheirs}</strong> ({theirs.updatedBy ?? ''}{theirs.updatedAt ? `, ${formatDateTime(theirs.updatedAt, locale)}` : ''}): {theirs.solution || '—'} · {theirs.leadAgency || '—'} · {theirs.timeFrame || '—'}
              </div>
              <div>
                <strong>{r.remMine}</strong>: {text.solution || '—'} · {text.leadAgency || '—'} · {text.timeFrame || '—'}
              </div>
              <Flex gap={8}>
                <Button type="primary" onClick={() => save(theirs.version)}>
                  {r.remKeepMine}
                </Button>
                <Button
                  onClick={() => {
                    onSaved(theirs);
                    setText(textOf(theirs));
                    setTheirs(null);
                  }}
                >
                  {r.remKeepTheirs}
                </Button>
              </Flex>
            </Flex>
          }
        />
      ) : null}
      <Flex gap={8} style={{ marginTop: 8 }} wrap align="flex-start">
        {editable ? (
          <Button type="primary" disabled={!dirty} loading={busy} onClick={() => save(row.version)} data-testid="rem-save">
            {r.save}
          </Button>
        ) : null}
        {row.progress.length > 0 ? (
          <div style={{ flex: '1 1 100%' }}>
            <Typography.Text type="secondary">{r.remProgress}</Typography.Text>
            <Timeline
              style={{ marginTop: 8, marginBottom: 0 }}
              items={row.progress.map((p) => ({
                color: p.status === 'done' ? 'green' : 'blue',
                children: (
                  <span data-testid="rem-progress-note">
                    <Typography.Text type="secondary">{formatDateTime(p.at, locale)} · {p.username ?? ''} · {REMEDIATION_STATUS_LABEL[p.status][locale]}</Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{p.note}</div>
                  </span>
                ),
              }))}
            />
          </div>
        ) : null}
        {editable ? (
          <Flex gap={8} style={{ flex: '1 1 100%' }}>
            <Input
              aria-label={`${row.code ?? ''} — ${r.remProgressNote}`}
              placeholder={r.remProgressNote}
              value={progress}
              onChange={(e) => setProgress(e.target.value)}
              data-testid="rem-progress-input"
            />
            <Button
              disabled={progress.trim() === ''}
              onClick={() =>
                void send('POST', `/remediation/${encodeURIComponent(row.id)}/progress`, { note: progress.trim(), status: text.status }).then((ok) => ok && setProgress(''))
              }
            >
              {r.remAddProgress}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </div>
  );
}
