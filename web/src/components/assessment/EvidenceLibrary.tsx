// The evidence library of one assessment: every file, link and citation, the parsed parts of a
// citation (kind, number, date, issuer), which criteria use it, and a warning when its date lies
// outside the data window. In picking mode each row has a checkbox for the item being edited.
import { App, Button, Checkbox, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, LinkOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { formatDate } from '../format';
import { ErrorAlert } from '../serverErrors';
import { EvidenceEdit } from './EvidenceEdit';
import { assessmentKeys, evidenceFileUrl, useEvidence } from '../../pages/assessment/api';
import type { Evidence } from '../../pages/assessment/contract';
import { fileSize } from '../../pages/assessment/format';
import type { AssessmentMessages } from '../../pages/assessment/messages';

interface Props {
  assessmentId: string;
  locale: Locale;
  a: AssessmentMessages;
  editable: boolean;
  window?: { start: string; end: string } | null;
  codeOf: (nodeId: string) => string;
  picking?: { selected: string[]; onToggle: (id: string, on: boolean) => void } | null;
}

function outside(date: string | null, w: Props['window']): boolean {
  return Boolean(date && w && (date < w.start || date > w.end));
}

export function EvidenceLibrary({ assessmentId, locale, a, editable, window: w, codeOf, picking }: Props) {
  const qc = useQueryClient();
  const { modal } = App.useApp();
  const evidence = useEvidence(assessmentId);
  const [editing, setEditing] = useState<Evidence | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => api.del<void>(`/evidence/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: assessmentKeys.evidence(assessmentId) }),
  });

  return (
    <>
      {editing ? <EvidenceEdit evidence={editing} assessmentId={assessmentId} locale={locale} a={a} onClose={() => setEditing(null)} /> : null}
      <ErrorAlert error={evidence.error ?? remove.error} />
      <Table<Evidence>
        rowKey="id"
        size="small"
        data-testid="evidence-table"
        loading={evidence.isFetching}
        dataSource={evidence.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: a.emptyLibrary }}
        scroll={{ x: 760 }}
        onRow={(e) => ({ 'data-testid': 'evidence-row', 'data-kind': e.kind } as HTMLAttributes<HTMLElement>)}
        columns={[
          ...(picking
            ? [
                {
                  key: 'pick',
                  width: 44,
                  render: (_: unknown, e: Evidence) => (
                    <Checkbox
                      aria-label={e.title}
                      data-testid="evidence-pick"
                      checked={picking.selected.includes(e.id)}
                      onChange={(ev) => picking.onToggle(e.id, ev.target.checked)}
                    />
                  ),
                },
              ]
            : []),
          {
            title: a.kind,
            dataIndex: 'kind',
            width: 100,
            render: (k: Evidence['kind']) => <Tag color={k === 'file' ? 'blue' : k === 'link' ? 'cyan' : 'geekblue'}>{a.kinds[k]}</Tag>,
          },
          {
            title: a.evidence,
            key: 'title',
            render: (_: unknown, e: Evidence) => (
              <div style={{ minWidth: 220, wordBreak: 'break-word' }}>
                <div data-testid="evidence-title">{e.title}</div>
                {e.citation ? (
                  <Flex gap={4} wrap style={{ marginTop: 4 }} data-testid="citation-parts">
                    {e.citation.kind ? <Tag title={a.docKind}>{e.citation.kind}</Tag> : null}
                    {e.citation.number ? <Tag title={a.docNumber}>{e.citation.number}</Tag> : null}
                    {e.citation.date ? <Tag title={a.docDate}>{formatDate(e.citation.date, locale)}</Tag> : null}
                    {e.citation.issuer ? <Tag title={a.docIssuer}>{e.citation.issuer}</Tag> : null}
                  </Flex>
                ) : null}
                {e.kind === 'file' && e.size ? (
                  <Typography.Text type="secondary">
                    {e.fileName ?? ''} · {fileSize(e.size, locale)}
                  </Typography.Text>
                ) : null}
                {e.kind === 'link' && e.url ? (
                  <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                    {e.url}
                  </Typography.Text>
                ) : null}
              </div>
            ),
          },
          {
            title: a.docDate,
            dataIndex: 'documentDate',
            width: 130,
            render: (d: string | null) =>
              d ? (
                <span>
                  {formatDate(d, locale)}{' '}
                  {outside(d, w) ? (
                    <Tooltip title={a.outsideWindow}>
                      <WarningOutlined style={{ color: '#d46b08' }} aria-label={a.outsideWindow} data-testid="evidence-outside" />
                    </Tooltip>
                  ) : null}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: a.usedBy,
            dataIndex: 'usedBy',
            width: 150,
            render: (ids: string[]) =>
              ids.length === 0 ? (
                <Typography.Text type="secondary">{a.unused}</Typography.Text>
              ) : (
                <Flex gap={2} wrap>
                  {ids.map((id) => (
                    <Tag key={id}>{codeOf(id)}</Tag>
                  ))}
                </Flex>
              ),
          },
          {
            title: a.download,
            key: 'actions',
            width: 130,
            render: (_: unknown, e: Evidence) => (
              <Flex gap={4}>
                {e.kind === 'file' ? (
                  <Button size="small" icon={<DownloadOutlined />} href={evidenceFileUrl(e.id)} aria-label={a.download} />
                ) : null}
                {e.kind === 'link' && e.url && /^https?:\/\//i.test(e.url) ? (
                  <Button size="small" icon={<LinkOutlined />} href={e.url} target="_blank" rel="noopener noreferrer" aria-label={e.url} />
                ) : null}
                {editable ? (
                  <Button size="small" icon={<EditOutlined />} aria-label={`${a.edit} ${e.title}`} title={a.editEvidence} data-testid="evidence-edit-open" onClick={() => setEditing(e)} />
                ) : null}
                {editable ? (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={a.remove}
                    onClick={() => {
                      modal.confirm({
                        title: a.confirmRemove(e.title),
                        okButtonProps: { danger: true },
                        okText: a.remove,
                        onOk: () => remove.mutateAsync(e.id).catch(() => undefined),
                      });
                    }}
                  />
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
