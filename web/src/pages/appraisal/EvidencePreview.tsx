// The unit's evidence for one item, previewed in the page: PDFs in an embedded viewer, images
// inline, other files and links as download/open buttons, citations as text. The first
// previewable file opens by itself so the appraiser sees it without a click.
import { Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined, LinkOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { evidenceRef } from '../../../../src/shared/api/appraisal';
import type { Locale } from '../../api/types';
import { formatDate } from '../../components/format';
import type { AppraisalMessages } from './messages';

export type EvidenceRef = z.infer<typeof evidenceRef>;

function inlineUrl(e: EvidenceRef): string | null {
  if (!e.fileUrl) return null;
  return `${e.fileUrl}${e.fileUrl.includes('?') ? '&' : '?'}inline=1`;
}

function Preview({ e, m }: { e: EvidenceRef; m: AppraisalMessages }) {
  const url = inlineUrl(e);
  if (!url || !e.previewable) return <Typography.Text type="secondary">{m.noPreview}</Typography.Text>;
  if (e.mime?.startsWith('image/')) {
    return <img src={url} alt={e.title} data-testid="evidence-image" style={{ maxWidth: '100%', maxHeight: 640, border: '1px solid #f0f0f0' }} />;
  }
  return (
    <object data={url} type={e.mime ?? 'application/pdf'} data-testid="evidence-pdf" aria-label={e.title} style={{ width: '100%', height: 560, border: '1px solid #f0f0f0' }}>
      <a href={url} target="_blank" rel="noreferrer">
        {e.title}
      </a>
    </object>
  );
}

export function EvidencePreview({ evidence, locale, m }: { evidence: EvidenceRef[]; locale: Locale; m: AppraisalMessages }) {
  const first = evidence.find((e) => e.previewable)?.id ?? null;
  const [shown, setShown] = useState<string | null>(first);
  useEffect(() => setShown(first), [first]);
  if (evidence.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noEvidence} />;
  const current = evidence.find((e) => e.id === shown);
  return (
    <Flex vertical gap={8} data-testid="evidence-preview">
      <List
        size="small"
        dataSource={evidence}
        renderItem={(e) => (
          <List.Item
            data-testid="evidence-row"
            actions={[
              e.previewable ? (
                <Button key="p" size="small" icon={<EyeOutlined />} type={shown === e.id ? 'primary' : 'default'} onClick={() => setShown(e.id)}>
                  {m.preview}
                </Button>
              ) : null,
              e.fileUrl ? (
                <Button key="d" size="small" icon={<DownloadOutlined />} href={e.fileUrl}>
                  {m.download}
                </Button>
              ) : null,
              e.url ? (
                <Button key="l" size="small" icon={<LinkOutlined />} href={e.url} target="_blank" rel="noreferrer">
                  {m.openLink}
                </Button>
              ) : null,
            ].filter(Boolean)}
          >
            <div style={{ minWidth: 0, wordBreak: 'break-word' }}>
              <Tag>{e.kind === 'file' ? (e.fileName?.split('.').pop()?.toUpperCase() ?? 'FILE') : e.kind === 'link' ? 'URL' : 'VB'}</Tag>
              <span>{e.title}</span>
              {e.documentDate ? <Typography.Text type="secondary"> · {formatDate(e.documentDate, locale)}</Typography.Text> : null}
              {e.citation && e.citation !== e.title ? (
                <div>
                  <Typography.Text type="secondary">{e.citation}</Typography.Text>
                </div>
              ) : null}
            </div>
          </List.Item>
        )}
      />
      {current ? <Preview e={current} m={m} /> : null}
    </Flex>
  );
}
