// Adding evidence: files by drag and drop (with a progress bar and the server's refusal, e.g.
// over 50 MB), a web link, or a document citation written as text that the server parses.
import { Alert, Button, Flex, Form, Input, Progress, Tabs, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { ErrorAlert } from '../serverErrors';
import { assessmentKeys } from '../../pages/assessment/api';
import type { Evidence } from '../../pages/assessment/contract';
import { errorMessage, uploadWithProgress } from '../../pages/assessment/http';
import type { AssessmentMessages } from '../../pages/assessment/messages';

interface Props {
  assessmentId: string;
  locale: Locale;
  a: AssessmentMessages;
  /** Called with each new evidence (e.g. to attach it to the item the picker was opened for). */
  onAdded?: (e: Evidence) => void;
}

interface UploadRow {
  name: string;
  percent: number;
  error: string | null;
  done: boolean;
}

export function EvidenceAdd({ assessmentId, locale, a, onAdded }: Props) {
  const qc = useQueryClient();
  const [uploads, setUploads] = useState<UploadRow[]>([]);
  const [linkForm] = Form.useForm<{ url: string; title?: string }>();
  const [citeForm] = Form.useForm<{ text: string }>();
  const path = `/assessments/${encodeURIComponent(assessmentId)}/evidence`;
  const refresh = () => qc.invalidateQueries({ queryKey: assessmentKeys.evidence(assessmentId) });

  const update = (name: string, patch: Partial<UploadRow>) =>
    setUploads((rows) => rows.map((r) => (r.name === name ? { ...r, ...patch } : r)));

  const uploadOne = async (file: File) => {
    setUploads((rows) => [...rows.filter((r) => r.name !== file.name), { name: file.name, percent: 0, error: null, done: false }]);
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await uploadWithProgress(qc, path, form, (p) => update(file.name, { percent: p }));
    if (res.status >= 200 && res.status < 300) {
      update(file.name, { percent: 100, done: true });
      await refresh();
      onAdded?.(res.body as Evidence);
    } else {
      const msg = errorMessage(res.body);
      update(file.name, {
        // The server names the form field ("file: …"); the row already names the file.
        error: msg ? msg[locale].replace(/^file:\s*(\S)/u, (_, c: string) => c.toLocaleUpperCase(locale)) : res.status === 413 ? 'HTTP 413' : `HTTP ${res.status || '—'}`,
      });
    }
  };

  const addJson = useMutation({
    mutationFn: (body: unknown) => api.post<Evidence>(path, body),
    onSuccess: async (e) => {
      await refresh();
      onAdded?.(e);
    },
  });

  return (
    <>
    <ErrorAlert error={addJson.error} />
    <Tabs
      size="small"
      items={[
        {
          key: 'file',
          label: a.upload,
          children: (
            <Flex vertical gap={8}>
              <Upload.Dragger
                multiple
                showUploadList={false}
                data-testid="evidence-upload"
                customRequest={({ file }) => {
                  if (file instanceof File) void uploadOne(file);
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{a.dropHere}</p>
                <p className="ant-upload-hint">{a.dropHelp(50)}</p>
              </Upload.Dragger>
              {uploads.map((u) => (
                <div key={u.name} data-testid="upload-row" data-done={u.done ? 'yes' : 'no'} data-failed={u.error ? 'yes' : 'no'}>
                  <div style={{ wordBreak: 'break-all' }}>{u.done ? a.uploaded(u.name) : u.error ? a.uploadFailed(u.name) : a.uploading(u.name)}</div>
                  <Progress percent={u.percent} size="small" status={u.error ? 'exception' : u.done ? 'success' : 'active'} />
                  {u.error ? <Alert type="error" showIcon message={u.error} data-testid="upload-error" /> : null}
                </div>
              ))}
            </Flex>
          ),
        },
        {
          key: 'link',
          label: a.addLink,
          children: (
            <Form
              form={linkForm}
              layout="vertical"
              onFinish={(v) =>
                addJson.mutate(
                  { kind: 'link', url: v.url.trim(), ...(v.title?.trim() ? { title: v.title.trim() } : {}) },
                  { onSuccess: () => linkForm.resetFields() },
                )
              }
            >
              <Form.Item
                name="url"
                label={a.url}
                rules={[{ required: true, pattern: /^https?:\/\/\S+$/i, message: a.urlInvalid }]}
              >
                <Input data-testid="evidence-url" placeholder="https://" />
              </Form.Item>
              <Form.Item name="title" label={a.linkTitle}>
                <Input maxLength={500} />
              </Form.Item>
              <Button htmlType="submit" type="primary" loading={addJson.isPending}>
                {a.add}
              </Button>
            </Form>
          ),
        },
        {
          key: 'citation',
          label: a.addCitation,
          children: (
            <Form
              form={citeForm}
              layout="vertical"
              onFinish={(v) => addJson.mutate({ kind: 'citation', text: v.text.trim() }, { onSuccess: () => citeForm.resetFields() })}
            >
              <Form.Item name="text" label={a.citationText} rules={[{ required: true, whitespace: true, message: a.citationText }]}>
                <Input.TextArea data-testid="evidence-citation" autoSize={{ minRows: 2, maxRows: 5 }} placeholder={a.citationPlaceholder} maxLength={2000} />
              </Form.Item>
              <Button htmlType="submit" type="primary" loading={addJson.isPending} data-testid="evidence-citation-add">
                {a.add}
              </Button>
            </Form>
          ),
        },
      ]}
    />
    </>
  );
}
