// "Nhập tài liệu": upload a document → preview of the parsed tree with findings and warnings →
// confirm into a criteria set or a unit's self-assessment, or discard. The chosen file, the
// preview and the form stay in state through any server error, so nothing is retyped.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, List, Progress, Result, Space, Statistic, Tag, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConfirmImport, ConfirmResult, ImportView } from '../../../../src/shared/api/imports';
import type { ApiError } from '../../api/errors';
import { isApiError, networkError } from '../../api/errors';
import type { SessionInfo } from '../../api/types';
import { canManage } from '../../app/access';
import { href } from '../../app/router';
import { SESSION_KEY, useUser } from '../../app/session';
import { PageTitle } from '../../components/PageTitle';
import { useBi, useLocale } from '../../i18n';
import { confirmImport, discardImport, uploadDocument } from './api';
import { ConfirmPanel, initialForm, type FormState } from './ConfirmPanel';
import { ImportTree } from './ImportTree';
import { fmtPoints, useIM } from './messages';
import './imports.css';

export function ImportsPage() {
  const m = useIM();
  const bi = useBi();
  const { locale } = useLocale();
  const qc = useQueryClient();
  const user = useUser();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<ApiError | null>(null);
  const [view, setView] = useState<ImportView | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<ConfirmResult | 'discarded' | null>(null);

  const send = async (f: File) => {
    setFile(f);
    setUploadError(null);
    setProgress(0);
    const csrf = qc.getQueryData<SessionInfo>(SESSION_KEY)?.csrfToken ?? null;
    const out = await uploadDocument(f, csrf, setProgress);
    setProgress(null);
    if (out.ok) {
      setView(out.view);
      setForm(initialForm(out.view, canManage(user.role)));
      setConfirmError(null);
      setDone(null);
    } else setUploadError(out.error);
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setConfirmError(null);
    try {
      await action();
    } catch (e) {
      setConfirmError(isApiError(e) ? e : networkError());
    } finally {
      setBusy(false);
    }
  };
  const confirm = (body: ConfirmImport) =>
    run(async () => {
      const result = await confirmImport(view!.id, body);
      setDone(result);
      await qc.invalidateQueries({ queryKey: ['frameworks'] });
    });
  const discard = () =>
    run(async () => {
      await discardImport(view!.id);
      setDone('discarded');
    });
  const reset = () => {
    setFile(null);
    setView(null);
    setForm(null);
    setDone(null);
    setUploadError(null);
    setConfirmError(null);
  };

  if (done !== null) {
    return (
      <>
        <PageTitle title={m.title} />
        <div data-testid="import-done">
          <DoneView done={done} onAgain={reset} />
        </div>
      </>
    );
  }

  return (
    <>
      <PageTitle title={m.title} />
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {view === null ? (
        <div data-testid="import-drop">
        <Upload.Dragger
          multiple={false}
          showUploadList={false}
          accept=".docx,.xlsx,.pdf,.txt,.tsv,.csv"
          disabled={progress !== null}
          beforeUpload={(f) => {
            void send(f);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{m.drop}</p>
          <p className="ant-upload-hint">{m.dropHint}</p>
        </Upload.Dragger>
        </div>
      ) : null}
      {progress !== null ? (
        <Card size="small" style={{ marginTop: 12 }} data-testid="upload-progress">
          <Typography.Text>{m.uploading} {file?.name}</Typography.Text>
          <Progress percent={progress} status="active" />
        </Card>
      ) : null}
      {uploadError && file ? (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          data-testid="upload-error"
          message={m.uploadFailed}
          description={
            <Space direction="vertical">
              <span>{bi(uploadError.text)}</span>
              <span>
                {m.chosen}: <strong>{file.name}</strong>
              </span>
              <Button size="small" onClick={() => void send(file)}>
                {m.retry}
              </Button>
            </Space>
          }
        />
      ) : null}
      {view && form ? (
        <Flex vertical gap={16} data-testid="import-preview">
          <Card>
            <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label={m.kindLabel}>
                <Tag color="blue" data-testid="import-kind">{m.kind[view.kind]}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={m.docTitle}>{view.title ?? m.none}</Descriptions.Item>
              <Descriptions.Item label={m.unit}>{view.unit ?? m.none}</Descriptions.Item>
              <Descriptions.Item label={m.year}>{view.year ?? m.none}</Descriptions.Item>
              <Descriptions.Item label={m.file}>{view.fileName}</Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">{m.totals}</Typography.Text>
            <Flex gap={32} wrap style={{ marginTop: 8 }} data-testid="import-totals">
              {(['max', 'self', 'appraisal', 'lost'] as const)
                .filter((k) => view.totals[k] !== null)
                .map((k) => (
                  <Statistic key={k} title={m[k]} value={fmtPoints(view.totals[k], locale)} data-testid={`total-${k}`} />
                ))}
            </Flex>
          </Card>
          <Findings view={view} />
          {view.warnings.length > 0 ? (
            <Card size="small" title={`${m.warnings} (${view.warnings.length})`} data-testid="import-warnings">
              <List
                size="small"
                dataSource={view.warnings}
                renderItem={(w) => (
                  <List.Item>
                    {w.line !== null ? <Tag>{m.line(w.line)}</Tag> : null}
                    {bi(w.message)}
                  </List.Item>
                )}
              />
            </Card>
          ) : null}
          {view.match && view.match.unmatched.length > 0 ? (
            <Card size="small" title={`${m.unmatched} (${view.match.unmatched.length})`} data-testid="import-unmatched">
              <Typography.Paragraph type="secondary">{m.matchedWith(view.match.frameworkName, view.match.matched)}</Typography.Paragraph>
              <List size="small" dataSource={view.match.unmatched} renderItem={(u) => <List.Item>{u.id} — {u.name}</List.Item>} />
            </Card>
          ) : null}
          <Card title={m.tree} styles={{ body: { padding: 0 } }}>
            <ImportTree view={view} />
          </Card>
          <ConfirmPanel view={view} form={form} setForm={setForm} busy={busy} error={confirmError} onConfirm={(b) => void confirm(b)} onDiscard={() => void discard()} />
        </Flex>
      ) : null}
    </>
  );
}

function Findings({ view }: { view: ImportView }) {
  const m = useIM();
  const bi = useBi();
  const { locale } = useLocale();
  if (view.findings.length === 0) return <Alert type="success" showIcon message={m.noFindings} />;
  return (
    <Card size="small" title={m.findingCount(view.findings.length)} data-testid="import-findings">
      <List
        size="small"
        dataSource={view.findings}
        renderItem={(f) => (
          <List.Item>
            <Space wrap>
              <Tag color="red">{f.rule}</Tag>
              <strong>{f.code ?? m.total}</strong>
              <span>{bi(f.message)}</span>
              {f.stated !== null && f.computed !== null && f.rule.endsWith('mismatch') ? (
                <Typography.Text type="secondary">
                  ({m.stated} {fmtPoints(f.stated, locale)} · {m.computed} {fmtPoints(f.computed, locale)})
                </Typography.Text>
              ) : null}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function DoneView({ done, onAgain }: { done: ConfirmResult | 'discarded'; onAgain: () => void }) {
  const m = useIM();
  const bi = useBi();
  const again = (
    <Button key="again" onClick={onAgain} data-testid="import-again">
      {m.importAnother}
    </Button>
  );
  if (done === 'discarded') return <Result status="info" title={m.discarded} extra={[again]} />;
  if (done.target === 'framework') {
    return (
      <Result
        status="success"
        title={m.confirmedFramework(done.name)}
        subTitle={done.findings.length > 0 ? m.findingsKept : undefined}
        extra={[
          <Button key="open" type="primary" href={href(`/frameworks/${encodeURIComponent(done.frameworkId)}`)} data-testid="open-framework">
            {m.openFramework}
          </Button>,
          again,
        ]}
      />
    );
  }
  return (
    <Result
      status="success"
      title={m.confirmedAssessment(done.filled)}
      extra={[
        <Button key="open" type="primary" href={href(`/periods/${encodeURIComponent(done.periodId)}/units/${encodeURIComponent(done.unitId)}/assessment`)}>
          {m.openAssessment}
        </Button>,
        again,
      ]}
    >
      {done.unmatched.length + done.skipped.length > 0 ? (
        <List
          size="small"
          header={`${m.unmatched} / ${m.skipped}`}
          dataSource={[...done.unmatched.map((u) => `${u.id} — ${u.name}`), ...done.skipped.map((s) => `${s.nodeId} — ${s.name}: ${bi(s.reason)}`)]}
          renderItem={(s) => <List.Item>{s}</List.Item>}
        />
      ) : null}
    </Result>
  );
}
